import type { NodeShape, Point, Rect } from './types';

// Shape geometry shared by layout, the SVG renderer and the tests. Text insets follow the text
// rectangles of PowerPoint's preset shapes (the SVG uses the same), so a label wrapped here wraps the
// same way in PowerPoint, and the text box always lies inside the outline.

export interface Insets {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** Corner radius of a rounded rectangle as a fraction of the short side (PowerPoint's roundRect default). */
export const ROUND_ADJ = 0.16667;
/** Slant of parallelograms, trapezoids and hexagons as a fraction of the short side (PowerPoint's default 25 %). */
export const SLANT = 0.25;
/** Slant of the manual-operation trapezoid (wide top) as a fraction of its width. */
export const MANUAL_SLANT = 0.2;
/** Height of a cylinder's top ellipse as a fraction of the short side. */
export const CAN_LID = 0.25;

/** The part of the shape text may use. */
export function textInsets(shape: NodeShape, w: number, h: number): Insets {
  const ss = Math.min(w, h);
  switch (shape) {
    case 'rect':
      return { l: 0, t: 0, r: 0, b: 0 };
    case 'round': {
      const i = 0.29289 * ROUND_ADJ * ss;
      return { l: i, t: i, r: i, b: i };
    }
    case 'stadium': {
      const i = 0.29289 * 0.5 * ss;
      return { l: i, t: i, r: i, b: i };
    }
    case 'subroutine':
      return { l: w / 8, t: 0, r: w / 8, b: 0 };
    case 'cylinder':
      return { l: 0, t: CAN_LID * ss, r: 0, b: (CAN_LID / 2) * ss };
    case 'circle':
    case 'doubleCircle':
      return { l: 0.14645 * w, t: 0.14645 * h, r: 0.14645 * w, b: 0.14645 * h };
    case 'diamond':
      return { l: w / 4, t: h / 4, r: w / 4, b: h / 4 };
    case 'hexagon':
    case 'parallelogram':
    case 'parallelogramAlt':
    case 'trapezoid':
      return { l: SLANT * ss, t: 0, r: SLANT * ss, b: 0 };
    case 'trapezoidAlt':
      // PowerPoint's flowChartManualOperation: the bottom is 60 % of the top.
      return { l: MANUAL_SLANT * w, t: 0, r: MANUAL_SLANT * w, b: 0 };
    case 'asymmetric':
      return { l: 0, t: 0, r: 0.5 * ss, b: 0 };
  }
}

/** Outer size for a text block of `a` × `b` (padding included) in this shape. */
export function sizeForText(shape: NodeShape, a: number, b: number): { w: number; h: number } {
  switch (shape) {
    case 'rect':
      return { w: a, h: b };
    case 'round': {
      const h = b / (1 - 2 * 0.29289 * ROUND_ADJ);
      return { w: Math.max(a + 2 * 0.29289 * ROUND_ADJ * h, h), h };
    }
    case 'stadium': {
      const h = b / (1 - 0.29289);
      return { w: Math.max(a + 0.29289 * h, h), h };
    }
    case 'subroutine':
      return { w: a / 0.75, h: b };
    case 'cylinder': {
      const h = b / (1 - 1.5 * CAN_LID);
      return { w: Math.max(a, h * 0.8), h };
    }
    case 'circle':
    case 'doubleCircle': {
      const d = Math.max(a, b) / (1 - 2 * 0.14645);
      return { w: d, h: d };
    }
    case 'diamond':
      return { w: 2 * a, h: 2 * b };
    case 'asymmetric':
      return { w: a + 0.5 * b, h: b };
    case 'trapezoidAlt':
      return { w: a / (1 - 2 * MANUAL_SLANT), h: b };
    default:
      return { w: a + 2 * SLANT * b, h: b };
  }
}

/** The outline as a polygon (curves sampled), for drawing and for the inside test. */
export function outline(shape: NodeShape, r: Rect): Point[] {
  const { x, y, w, h } = r;
  const ss = Math.min(w, h);
  const s = SLANT * ss;
  const P = (px: number, py: number): Point => ({ x: px, y: py });
  switch (shape) {
    case 'diamond':
      return [P(x + w / 2, y), P(x + w, y + h / 2), P(x + w / 2, y + h), P(x, y + h / 2)];
    case 'hexagon':
      return [P(x + s, y), P(x + w - s, y), P(x + w, y + h / 2), P(x + w - s, y + h), P(x + s, y + h), P(x, y + h / 2)];
    case 'parallelogram':
      return [P(x + s, y), P(x + w, y), P(x + w - s, y + h), P(x, y + h)];
    case 'parallelogramAlt':
      return [P(x, y), P(x + w - s, y), P(x + w, y + h), P(x + s, y + h)];
    case 'trapezoid':
      return [P(x + s, y), P(x + w - s, y), P(x + w, y + h), P(x, y + h)];
    case 'trapezoidAlt':
      return [P(x, y), P(x + w, y), P(x + w * (1 - MANUAL_SLANT), y + h), P(x + w * MANUAL_SLANT, y + h)];
    case 'asymmetric':
      return [P(x, y), P(x + w - ss / 2, y), P(x + w, y + h / 2), P(x + w - ss / 2, y + h), P(x, y + h)];
    case 'circle':
    case 'doubleCircle':
      return ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 48);
    case 'round':
      return roundedRect(r, ROUND_ADJ * ss);
    case 'stadium':
      return roundedRect(r, ss / 2);
    default:
      return [P(x, y), P(x + w, y), P(x + w, y + h), P(x, y + h)];
  }
}

function ellipse(cx: number, cy: number, rx: number, ry: number, n: number): Point[] {
  return Array.from({ length: n }, (_, i) => ({ x: cx + rx * Math.cos((2 * Math.PI * i) / n), y: cy + ry * Math.sin((2 * Math.PI * i) / n) }));
}

function roundedRect({ x, y, w, h }: Rect, rad: number): Point[] {
  const pts: Point[] = [];
  const corners: Array<[number, number, number]> = [
    [x + w - rad, y + rad, -Math.PI / 2],
    [x + w - rad, y + h - rad, 0],
    [x + rad, y + h - rad, Math.PI / 2],
    [x + rad, y + rad, Math.PI],
  ];
  for (const [cx, cy, a0] of corners)
    for (let i = 0; i <= 6; i++) pts.push({ x: cx + rad * Math.cos(a0 + (i * Math.PI) / 12), y: cy + rad * Math.sin(a0 + (i * Math.PI) / 12) });
  return pts;
}

/** Point in convex polygon (boundary counts as inside, with a small tolerance). */
export function insidePolygon(poly: Point[], p: Point, tol = 0.5): boolean {
  let sign = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const d = cross / len;
    if (Math.abs(d) <= tol) continue;
    const s = Math.sign(d);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/** Whether a point lies inside (or on) the shape's outline. */
export function insideShape(shape: NodeShape, r: Rect, p: Point, tol = 0.5): boolean {
  if (shape === 'circle' || shape === 'doubleCircle') {
    const dx = (p.x - (r.x + r.w / 2)) / (r.w / 2 + tol);
    const dy = (p.y - (r.y + r.h / 2)) / (r.h / 2 + tol);
    return dx * dx + dy * dy <= 1;
  }
  return insidePolygon(outline(shape, r), p, tol);
}

/**
 * Where a line arriving at `border` (a point on the bounding box, coming from `outside`) meets the
 * shape's own outline: the line is extended inwards along its last segment, so arrows touch diamonds
 * and circles instead of stopping at their bounding box.
 */
export function clipToOutline(shape: NodeShape, r: Rect, outside: Point, border: Point): Point {
  if (shape === 'rect' || shape === 'subroutine') return border;
  const dx = border.x - outside.x;
  const dy = border.y - outside.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return border;
  const ux = dx / len;
  const uy = dy / len;
  const reach = Math.max(r.w, r.h);
  const at = (t: number): Point => ({ x: border.x + ux * t, y: border.y + uy * t });
  if (insideShape(shape, r, border, 0.01)) return border;
  let lo = 0;
  let hi = reach;
  if (!insideShape(shape, r, at(hi / 2), 0)) {
    // The line runs past the shape (a bend point at the corner): find any inside point first.
    let found = -1;
    for (let t = 1; t <= reach; t += 1) {
      if (insideShape(shape, r, at(t), 0)) {
        found = t;
        break;
      }
    }
    if (found < 0) return border;
    hi = found;
  } else hi = hi / 2;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (insideShape(shape, r, at(mid), 0)) hi = mid;
    else lo = mid;
  }
  return at(hi);
}
