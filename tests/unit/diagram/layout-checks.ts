import { insideShape } from '../../../src/diagram/shapes';
import type { DiagramLayout, LaidNode, Point, Rect } from '../../../src/diagram';
import { textWidthEm } from '../../../src/slides/measure';

// Geometric checks a user would notice failing: boxes on top of each other, a line ending in mid-air or
// running through a box, text spilling out of its shape.

const overlap = (a: Rect, b: Rect, gap = 0) => a.x < b.x + b.w - gap && b.x < a.x + a.w - gap && a.y < b.y + b.h - gap && b.y < a.y + a.h - gap;

export function overlappingBoxes(l: DiagramLayout): string[] {
  const out: string[] = [];
  for (let i = 0; i < l.nodes.length; i++)
    for (let j = i + 1; j < l.nodes.length; j++) if (overlap(l.nodes[i], l.nodes[j])) out.push(`${l.nodes[i].id} × ${l.nodes[j].id}`);
  return out;
}

/** On the outline: inside with a tolerance but not inside when shrunk. */
function onBorder(n: LaidNode, p: Point, tol = 1.5): boolean {
  return insideShape(n.shape, n, p, tol) && !insideShape(n.shape, { x: n.x + tol, y: n.y + tol, w: n.w - 2 * tol, h: n.h - 2 * tol }, p, 0);
}

export function loseEnds(l: DiagramLayout): string[] {
  const byId = new Map(l.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const e of l.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (a && !onBorder(a, e.points[0])) out.push(`${e.id} start ${JSON.stringify(e.points[0])} not on ${a.id}`);
    if (b && !onBorder(b, e.points[e.points.length - 1])) out.push(`${e.id} end ${JSON.stringify(e.points.at(-1))} not on ${b.id}`);
  }
  return out;
}

/** An axis-aligned segment that enters a box's interior (shrunk by 1 pt). */
function crosses(p: Point, q: Point, r: Rect): boolean {
  const inner = { x: r.x + 1, y: r.y + 1, w: r.w - 2, h: r.h - 2 };
  const seg = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(p.x - q.x) || 0.01, h: Math.abs(p.y - q.y) || 0.01 };
  return overlap(seg, inner);
}

export function edgesThroughBoxes(l: DiagramLayout): string[] {
  const out: string[] = [];
  for (const e of l.edges) {
    for (const n of l.nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      for (let i = 1; i < e.points.length; i++) if (crosses(e.points[i - 1], e.points[i], n)) out.push(`${e.id} (${e.from}→${e.to}) through ${n.id}`);
    }
    // Orthogonal: every segment horizontal or vertical.
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1];
      const b = e.points[i];
      if (Math.abs(a.x - b.x) > 0.5 && Math.abs(a.y - b.y) > 0.5) out.push(`${e.id} has a slanted segment`);
    }
  }
  return out;
}

/** Every line of every label, measured as the slides fitter does, inside its shape's outline. */
export function textOutside(l: DiagramLayout): string[] {
  const out: string[] = [];
  for (const n of l.nodes) {
    const t = n.text;
    const lh = t.box.h / Math.max(1, t.lines.length);
    t.lines.forEach((line, i) => {
      const w = textWidthEm(line) * t.fontPt * (t.bold ? 1.1 : 1);
      const x0 = t.box.x + (t.box.w - w) / 2;
      const y0 = t.box.y + i * lh;
      const corners = [
        { x: x0, y: y0 },
        { x: x0 + w, y: y0 },
        { x: x0, y: y0 + lh },
        { x: x0 + w, y: y0 + lh },
      ];
      if (!corners.every((c) => insideShape(n.shape, n, c, 0))) out.push(`${n.id} "${line}" outside its ${n.shape}`);
    });
  }
  for (const e of l.edges) if (e.label) for (const n of l.nodes) if (overlap(e.label.box, n, 1)) out.push(`label of ${e.id} on ${n.id}`);
  return out;
}

/** Boxes of a subgraph inside its frame. */
export function outsideGroups(l: DiagramLayout, membership: Record<string, string>): string[] {
  const groups = new Map(l.groups.map((g) => [g.id, g]));
  return l.nodes
    .filter((n) => membership[n.id] && groups.has(membership[n.id]))
    .filter((n) => {
      const g = groups.get(membership[n.id])!;
      return !(n.x >= g.x && n.y >= g.y && n.x + n.w <= g.x + g.w && n.y + n.h <= g.y + g.h);
    })
    .map((n) => n.id);
}
