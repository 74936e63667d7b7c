import { ARROW_HALF_WIDTH, ARROW_LENGTH } from './style';
import type { ArrowEnd, LaidEdge, Point } from './types';

// Line ends drawn as plain polygons and circles (no SVG markers, which Office and some viewers drop).

export interface EndMark {
  kind: Exclude<ArrowEnd, 'none'>;
  /** Arrow: triangle tip, base left, base right. Circle: centre. Cross: the two strokes. */
  points: Point[];
  radius?: number;
}

function unit(a: Point, b: Point): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
}

/** The mark at `tip`, for a line arriving from `from`, and how far the line must stop short of the tip. */
export function endMark(kind: ArrowEnd, from: Point, tip: Point, scale = 1): { mark: EndMark | null; inset: number } {
  const u = unit(from, tip);
  const n = { x: -u.y, y: u.x };
  const L = ARROW_LENGTH * scale;
  const W = ARROW_HALF_WIDTH * scale;
  switch (kind) {
    case 'arrow': {
      const base = { x: tip.x - u.x * L, y: tip.y - u.y * L };
      return { mark: { kind, points: [tip, { x: base.x + n.x * W, y: base.y + n.y * W }, { x: base.x - n.x * W, y: base.y - n.y * W }] }, inset: L - 1 };
    }
    case 'circle': {
      const r = 4 * scale;
      return { mark: { kind, points: [{ x: tip.x - u.x * r, y: tip.y - u.y * r }], radius: r }, inset: 2 * r };
    }
    case 'cross': {
      const c = { x: tip.x - u.x * 6 * scale, y: tip.y - u.y * 6 * scale };
      const d = 4 * scale;
      const a = { x: (u.x + n.x) * d, y: (u.y + n.y) * d };
      const b = { x: (u.x - n.x) * d, y: (u.y - n.y) * d };
      return {
        mark: {
          kind,
          points: [
            { x: c.x - a.x, y: c.y - a.y },
            { x: c.x + a.x, y: c.y + a.y },
            { x: c.x - b.x, y: c.y - b.y },
            { x: c.x + b.x, y: c.y + b.y },
          ],
        },
        inset: 0,
      };
    }
    default:
      return { mark: null, inset: 0 };
  }
}

/** The edge's line (shortened under its arrowheads) and its end marks. */
export function edgeGeometry(e: LaidEdge, scale = 1): { line: Point[]; marks: EndMark[] } {
  const pts = e.points.map((p) => ({ ...p }));
  const marks: EndMark[] = [];
  const n = pts.length;
  const end = endMark(e.end, pts[n - 2], pts[n - 1], scale);
  const start = endMark(e.start, pts[1], pts[0], scale);
  if (end.mark) marks.push(end.mark);
  if (start.mark) marks.push(start.mark);
  const shorten = (tip: number, prev: number, by: number) => {
    if (!by) return;
    const u = unit(pts[prev], pts[tip]);
    const len = Math.hypot(pts[tip].x - pts[prev].x, pts[tip].y - pts[prev].y);
    const d = Math.min(by, len / 2);
    pts[tip] = { x: pts[tip].x - u.x * d, y: pts[tip].y - u.y * d };
  };
  shorten(n - 1, n - 2, end.inset);
  shorten(0, 1, start.inset);
  return { line: pts, marks };
}
