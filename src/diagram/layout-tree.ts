import { normalize } from './geometry';
import { placeNodeText, sizeNode, type SizedNode } from './measure-label';
import type { DiagramLayout, FlowchartDiagram, LaidEdge, LaidNode, Point } from './types';

// Org charts: a flowchart TD that is a tree (one root, every box with at most one parent, no
// subgraphs, no edge labels) is drawn as a tidy tree — each row of boxes at one height, every parent
// centred over its children, and connectors as a bus: down from the parent, across, down to each child.

const SIBLING_GAP = 20;
const ROW_GAP = 44;

/** The root's id when the flowchart reads as an org chart, else null. */
export function treeRoot(d: FlowchartDiagram): string | null {
  if (d.direction !== 'TB' || d.groups.length || d.nodes.length < 3) return null;
  const visible = d.edges.filter((e) => e.stroke !== 'invisible');
  if (visible.length !== d.nodes.length - 1 || visible.some((e) => e.label)) return null;
  const parents = new Map<string, string>();
  for (const e of visible) {
    if (parents.has(e.to) || e.from === e.to) return null;
    parents.set(e.to, e.from);
  }
  const roots = d.nodes.filter((n) => !parents.has(n.id));
  if (roots.length !== 1) return null;
  // Connected and acyclic: every node reaches the root.
  for (const n of d.nodes) {
    let cur: string | undefined = n.id;
    for (let steps = 0; cur !== undefined && cur !== roots[0].id; steps++) {
      if (steps > d.nodes.length) return null;
      cur = parents.get(cur);
    }
    if (cur === undefined) return null;
  }
  const fanout = new Map<string, number>();
  for (const e of visible) fanout.set(e.from, (fanout.get(e.from) ?? 0) + 1);
  return [...fanout.values()].some((c) => c >= 2) ? roots[0].id : null;
}

export function layoutTree(d: FlowchartDiagram, rootId: string): DiagramLayout {
  const sized = new Map<string, SizedNode>(d.nodes.map((n) => [n.id, sizeNode(n.label, n.shape)]));
  const kids = new Map<string, string[]>();
  const edgeOf = new Map<string, (typeof d.edges)[number]>();
  for (const e of d.edges) {
    if (e.stroke === 'invisible') continue;
    kids.set(e.from, [...(kids.get(e.from) ?? []), e.to]);
    edgeOf.set(e.to, e);
  }
  const depth = new Map<string, number>();
  const rowH: number[] = [];
  const visit = (id: string, k: number) => {
    depth.set(id, k);
    rowH[k] = Math.max(rowH[k] ?? 0, sized.get(id)!.h);
    for (const c of kids.get(id) ?? []) visit(c, k + 1);
  };
  visit(rootId, 0);
  const rowY: number[] = [];
  rowH.forEach((h, k) => (rowY[k] = k === 0 ? 0 : rowY[k - 1] + rowH[k - 1] + ROW_GAP));

  const x = new Map<string, number>();
  const width = new Map<string, number>();
  const measure = (id: string): number => {
    const cs = kids.get(id) ?? [];
    const own = sized.get(id)!.w;
    const span = cs.reduce((s, c, i) => s + measure(c) + (i ? SIBLING_GAP : 0), 0);
    width.set(id, Math.max(own, span));
    return width.get(id)!;
  };
  measure(rootId);
  /** Places a subtree in [left, left + width]: children side by side, the parent centred over them. */
  const place = (id: string, left: number) => {
    const cs = kids.get(id) ?? [];
    const w = width.get(id)!;
    const span = cs.reduce((s, c, i) => s + width.get(c)! + (i ? SIBLING_GAP : 0), 0);
    let cx = left + (w - span) / 2;
    for (const c of cs) {
      place(c, cx);
      cx += width.get(c)! + SIBLING_GAP;
    }
    const own = sized.get(id)!.w;
    const centre = cs.length ? (x.get(cs[0])! + sized.get(cs[0])!.w / 2 + x.get(cs[cs.length - 1])! + sized.get(cs[cs.length - 1])!.w / 2) / 2 : left + w / 2;
    x.set(id, centre - own / 2);
  };
  place(rootId, 0);

  const nodes: LaidNode[] = d.nodes.map((n) => {
    const s = sized.get(n.id)!;
    const box = { x: x.get(n.id)!, y: rowY[depth.get(n.id)!], w: s.w, h: s.h };
    return { id: n.id, shape: n.shape, ...box, text: placeNodeText(n.shape, box, s.text), tone: 0 };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidEdge[] = [];
  for (const n of d.nodes) {
    const e = edgeOf.get(n.id);
    if (!e) continue;
    const p = at.get(e.from)!;
    const c = at.get(n.id)!;
    const k = depth.get(e.from)!;
    const busY = rowY[k] + rowH[k] + ROW_GAP / 2;
    const px = p.x + p.w / 2;
    const cx = c.x + c.w / 2;
    const points: Point[] =
      Math.abs(px - cx) < 0.5
        ? [
            { x: px, y: p.y + p.h },
            { x: px, y: c.y },
          ]
        : [
            { x: px, y: p.y + p.h },
            { x: px, y: busY },
            { x: cx, y: busY },
            { x: cx, y: c.y },
          ];
    edges.push({
      id: `e${d.edges.indexOf(e)}`,
      from: e.from,
      to: n.id,
      points,
      stroke: e.stroke === 'invisible' ? 'solid' : e.stroke,
      start: e.start,
      end: e.end,
    });
  }
  return normalize({ kind: 'orgchart', ...(d.title ? { title: d.title } : {}), width: 0, height: 0, nodes, groups: [], edges });
}
