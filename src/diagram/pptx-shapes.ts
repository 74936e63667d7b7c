import type { NodeShape, Point, Rect } from './types';
import { SLANT } from './shapes';

// How each node shape is written in PowerPoint: the preset geometry, flips, and where its connection
// sites are (the index order of each preset's cxnLst in ECMA-376 presetShapeDefinitions), so a
// connector end is glued to the site nearest to where the line meets the box.

export interface PptxShape {
  preset: string;
  flipH?: boolean;
  flipV?: boolean;
  /** Rounded corners: radius as a fraction of the short side. */
  radius?: number;
  /** Connection sites in cxnLst order, as fractions of the box (before flips); absent: not glued. */
  sites?: Array<[number, number]>;
}

const FOUR: Array<[number, number]> = [
  [0.5, 0],
  [0, 0.5],
  [0.5, 1],
  [1, 0.5],
];
const I = 0.14645;
const ELLIPSE: Array<[number, number]> = [
  [0.5, 0],
  [I, I],
  [0, 0.5],
  [I, 1 - I],
  [0.5, 1],
  [1 - I, 1 - I],
  [1, 0.5],
  [1 - I, I],
];

export function pptxShape(shape: NodeShape, box: Rect): PptxShape {
  const s = (SLANT * Math.min(box.w, box.h)) / box.w;
  switch (shape) {
    case 'rect':
      return { preset: 'rect', sites: FOUR };
    case 'round':
      return { preset: 'roundRect', radius: 0.16667, sites: FOUR };
    case 'stadium':
      return { preset: 'roundRect', radius: 0.5, sites: FOUR };
    case 'subroutine':
      return { preset: 'flowChartPredefinedProcess', sites: FOUR };
    case 'cylinder':
      return { preset: 'can' };
    case 'circle':
    case 'doubleCircle':
      return { preset: 'ellipse', sites: ELLIPSE };
    case 'diamond':
      return { preset: 'diamond', sites: FOUR };
    case 'hexagon':
      return {
        preset: 'hexagon',
        sites: [
          [1, 0.5],
          [1 - s, 1],
          [s, 1],
          [0, 0.5],
          [s, 0],
          [1 - s, 0],
        ],
      };
    case 'parallelogram':
      return { preset: 'parallelogram' };
    case 'parallelogramAlt':
      return { preset: 'parallelogram', flipH: true };
    case 'trapezoid':
      return { preset: 'trapezoid', sites: FOUR };
    case 'trapezoidAlt':
      // Not a flipped trapezoid: flipV would turn its text upside down.
      return { preset: 'flowChartManualOperation', sites: FOUR };
    case 'asymmetric':
      return { preset: 'homePlate' };
  }
}

/**
 * Index of the connection site at `p` (within `tolerance`), or undefined: a connector glued elsewhere
 * than where it ends would be redrawn from the site by PowerPoint on the first move, and by LibreOffice
 * at once, through whatever lies between.
 */
export function siteAt(shape: NodeShape, box: Rect, p: Point, tolerance: number): number | undefined {
  const ps = pptxShape(shape, box);
  if (!ps.sites) return undefined;
  let best = 0;
  let bestD = Infinity;
  ps.sites.forEach(([fx, fy], i) => {
    const x = box.x + (ps.flipH ? 1 - fx : fx) * box.w;
    const y = box.y + (ps.flipV ? 1 - fy : fy) * box.h;
    const d = Math.hypot(x - p.x, y - p.y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return bestD <= tolerance ? best : undefined;
}
