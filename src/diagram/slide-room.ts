import { AppError } from '../errors';
import { NODE_FONT_PT } from './measure-label';
import { MAX_ZOOM } from './placement';
import type { DiagramLayout, Rect } from './types';

// Where a diagram goes on a slide that already has content: an empty content placeholder if the slide
// has one (the place its layout meant for content), else the largest free rectangle between the shapes
// already there. Nothing on the slide is moved or resized. Points throughout, origin top left.

/** A shape already on the slide, as the host reports it. */
export interface RoomShape {
  id: string;
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** A placeholder's type (Office's PlaceholderType: "Body", "Content", "Title"…), null for other shapes. */
  placeholder: string | null;
  /** A placeholder with nothing in it: it shows only while editing, so the diagram may cover it. */
  empty: boolean;
}

export interface SlideRoom {
  width: number;
  height: number;
  shapes: RoomShape[];
}

export interface DiagramSpot {
  /** The free rectangle the diagram was fitted into. */
  area: Rect;
  /** What it is: an empty placeholder (by name) or the free space between shapes. */
  source: { placeholder: string } | 'free';
  /** Top left of the diagram and slide points per layout point. */
  x: number;
  y: number;
  scale: number;
  /** The boxes' text size after scaling. */
  textPt: number;
}

/** Text smaller than this on a slide is hard to read: below it the slide counts as too full. */
export const MIN_TEXT_PT = 8;
/** Kept free along the slide's edges and around the shapes already there. */
const EDGE = 18;
const GAP = 8;
/** Placeholder kinds meant for content (not titles, footers, dates or slide numbers). */
const CONTENT = new Set(['Body', 'Content', 'Object', 'Chart', 'Table', 'Picture', 'SmartArt', 'Media', 'OnlinePicture', 'VerticalBody', 'VerticalContent']);

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const rectOf = (s: RoomShape): Rect => ({ x: s.left, y: s.top, w: s.width, h: s.height });

function fit(layout: DiagramLayout, area: Rect): { x: number; y: number; scale: number } {
  const scale = Math.min(area.w / layout.width, area.h / layout.height, MAX_ZOOM);
  return { x: area.x + (area.w - layout.width * scale) / 2, y: area.y + (area.h - layout.height * scale) / 2, scale };
}

/**
 * The largest free rectangle (by the scale the diagram would get in it) inside `bounds` that meets none
 * of `blocked`. Candidate edges are the bounds and the blocked rectangles' edges; slides hold few shapes.
 */
export function largestFreeRect(bounds: Rect, blocked: Rect[], score: (r: Rect) => number): Rect | null {
  const inside = blocked.filter((b) => overlaps(b, bounds));
  const xs = [...new Set([bounds.x, bounds.x + bounds.w, ...inside.flatMap((b) => [b.x, b.x + b.w])])]
    .filter((x) => x >= bounds.x && x <= bounds.x + bounds.w)
    .sort((a, b) => a - b);
  let best: Rect | null = null;
  let bestScore = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const x = xs[i];
      const w = xs[j] - x;
      // The blocked rectangles across this band, top to bottom: the gaps between them are free.
      const band = inside.filter((b) => b.x < x + w && x < b.x + b.w).sort((a, b) => a.y - b.y);
      let y = bounds.y;
      const gaps: Array<[number, number]> = [];
      for (const b of band) {
        if (b.y > y) gaps.push([y, b.y]);
        y = Math.max(y, b.y + b.h);
      }
      if (bounds.y + bounds.h > y) gaps.push([y, bounds.y + bounds.h]);
      for (const [top, bottom] of gaps) {
        const r = { x, y: top, w, h: bottom - top };
        const s = score(r);
        if (s > bestScore) {
          bestScore = s;
          best = r;
        }
      }
    }
  }
  return best;
}

/** Where the diagram fits best on the slide, scaled to fit and centred; null when no free rectangle is left. */
export function findDiagramSpot(room: SlideRoom, layout: DiagramLayout): DiagramSpot | null {
  const taken = room.shapes.filter((s) => !(s.placeholder && s.empty) && s.width > 0 && s.height > 0);
  const grown = taken.map((s) => ({ x: s.left - GAP, y: s.top - GAP, w: s.width + 2 * GAP, h: s.height + 2 * GAP }));
  const spot = (area: Rect, source: DiagramSpot['source']): DiagramSpot => {
    const f = fit(layout, area);
    return { area, source, ...f, textPt: Math.round(NODE_FONT_PT * f.scale * 10) / 10 };
  };
  const holders = room.shapes
    .filter((s) => s.placeholder && s.empty && CONTENT.has(s.placeholder))
    .filter((s) => !taken.some((t) => overlaps(rectOf(t), rectOf(s))))
    .map((s) => spot(rectOf(s), { placeholder: s.name }))
    .sort((a, b) => b.scale - a.scale);
  if (holders.length && holders[0].textPt >= MIN_TEXT_PT) return holders[0];
  const bounds = { x: EDGE, y: EDGE, w: room.width - 2 * EDGE, h: room.height - 2 * EDGE };
  // By the scale the diagram gets; among rectangles that allow full size, the larger one.
  const score = (r: Rect) => Math.min(r.w / layout.width, r.h / layout.height, MAX_ZOOM) + (r.w * r.h) / 1e9;
  const free = bounds.w > 0 && bounds.h > 0 ? largestFreeRect(bounds, grown, score) : null;
  const found = free ? spot(free, 'free') : null;
  return [found, holders[0]].filter((s): s is DiagramSpot => Boolean(s)).sort((a, b) => b.scale - a.scale)[0] ?? null;
}

/**
 * Where the diagram goes on the slide, or the sentence saying the slide is too full: no free room, or
 * only so little that its text would be smaller than MIN_TEXT_PT. Nothing is added in that case.
 */
export function placeOnSlide(room: SlideRoom, layout: DiagramLayout): DiagramSpot {
  const spot = findDiagramSpot(room, layout);
  if (!spot) throw new AppError('diagram.error.slideFull');
  if (spot.textPt < MIN_TEXT_PT)
    throw new AppError('diagram.error.slideTooFull', { pt: spot.textPt, min: MIN_TEXT_PT, width: Math.round(spot.area.w), height: Math.round(spot.area.h) });
  return spot;
}
