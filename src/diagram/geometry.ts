import type { DiagramLayout, Point, Rect } from './types';

/** Drops repeated points and the middle of three collinear ones: a clean orthogonal polyline. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    out.push({ x: p.x, y: p.y });
  }
  for (let i = out.length - 2; i >= 1; i--) {
    const a = out[i - 1];
    const b = out[i];
    const c = out[i + 1];
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    const dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
    if (Math.abs(cross) < 0.01 && dot >= 0) out.splice(i, 1);
  }
  return out;
}

/** Everything drawn, moved so the picture starts at (margin, margin); width and height set to fit. */
export function normalize(layout: DiagramLayout, margin = 16): DiagramLayout {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (r: Rect) => {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  };
  layout.nodes.forEach(add);
  layout.groups.forEach(add);
  for (const e of layout.edges) {
    for (const p of e.points) add({ x: p.x, y: p.y, w: 0, h: 0 });
    if (e.label) add(e.label.box);
  }
  if (!Number.isFinite(minX)) return { ...layout, width: 2 * margin, height: 2 * margin };
  const dx = margin - minX;
  const dy = margin - minY;
  const mv = <T extends Rect>(r: T): T => ({ ...r, x: r.x + dx, y: r.y + dy });
  const mvText = <T extends { box: Rect }>(t: T): T => ({ ...t, box: mv(t.box) });
  return {
    ...layout,
    width: Math.ceil(maxX - minX + 2 * margin),
    height: Math.ceil(maxY - minY + 2 * margin),
    nodes: layout.nodes.map((n) => ({ ...mv(n), text: mvText(n.text) })),
    groups: layout.groups.map((g) => ({ ...mv(g), text: mvText(g.text) })),
    edges: layout.edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })), ...(e.label ? { label: mvText(e.label) } : {}) })),
  };
}
