import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { elk } from './elk-loader';
import { clipToOutline } from './shapes';
import { simplify, normalize } from './geometry';
import { centredText, EDGE_FONT_PT, GROUP_FONT_PT, measureText, placeNodeText, sizeEdgeLabel, sizeNode, EDGE_LABEL_PAD } from './measure-label';
import type { DiagramLayout, Direction, FlowchartDiagram, LaidEdge, LaidGroup, LaidNode, Rect } from './types';

// Flowcharts are laid out by ELK's layered algorithm (elkjs) with orthogonal edge routing: boxes never
// overlap, lines run between them, and edge labels get room of their own. See docs/decisions/0002.

const ELK_DIRECTION: Record<Direction, string> = { TB: 'DOWN', BT: 'UP', LR: 'RIGHT', RL: 'LEFT' };
const GROUP_PAD = 12;

type Side = 'NORTH' | 'SOUTH' | 'EAST' | 'WEST';
/** Where lines leave and enter a box, per direction; a decision's second and third way out use the sides. */
const FLOW_SIDES: Record<Direction, { into: Side; out: Side[] }> = {
  TB: { into: 'NORTH', out: ['SOUTH', 'EAST', 'WEST'] },
  BT: { into: 'SOUTH', out: ['NORTH', 'EAST', 'WEST'] },
  LR: { into: 'WEST', out: ['EAST', 'SOUTH', 'NORTH'] },
  RL: { into: 'EAST', out: ['WEST', 'SOUTH', 'NORTH'] },
};

/**
 * Every line meets a box at the middle of a side (a port there), as in hand-drawn flowcharts: that is
 * where PowerPoint's connection sites are, so connectors stay glued and LibreOffice draws them as routed.
 */
function port(node: ElkNode, side: Side): string {
  const id = `${node.id}\u0000${side}`;
  node.ports ??= [];
  if (!node.ports.some((p) => p.id === id)) {
    const w = node.width ?? 0;
    const h = node.height ?? 0;
    const at = { NORTH: [w / 2, 0], SOUTH: [w / 2, h], EAST: [w, h / 2], WEST: [0, h / 2] }[side];
    node.ports.push({ id, x: at[0], y: at[1], width: 0, height: 0, layoutOptions: { 'elk.port.side': side } });
  }
  return id;
}

/** ELK option overrides, for benches and experiments (the defaults are the product's choice). */
export type ElkTuning = Record<string, string>;

/**
 * The root's ELK options. On big graphs crossing minimisation dominates ELK's time, and more so on a
 * cold start (a fresh `dsplus` process runs ELK's code unoptimised): one sweep round there; the
 * checks in tests/unit/diagram/layout.test.ts (no overlaps, no line through a box) hold at 300 boxes.
 */
export function flowchartElkOptions(d: FlowchartDiagram): ElkTuning {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': ELK_DIRECTION[d.direction],
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.hierarchyHandling': d.groups.length ? 'INCLUDE_CHILDREN' : 'SEPARATE_CHILDREN',
    'elk.json.edgeCoords': 'ROOT',
    'elk.json.shapeCoords': 'ROOT',
    'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    'elk.spacing.nodeNode': '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '3',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.layered.thoroughness': d.nodes.length > 100 ? '1' : '7',
  };
}

export async function layoutFlowchart(d: FlowchartDiagram, tuning: ElkTuning = {}, signal?: AbortSignal): Promise<DiagramLayout> {
  const sized = new Map(d.nodes.map((n) => [n.id, sizeNode(n.label, n.shape)]));
  const groupText = new Map(d.groups.map((g) => [g.id, measureText(g.title, GROUP_FONT_PT, 320, true)]));
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: { ...flowchartElkOptions(d), ...tuning },
    children: [],
    edges: [],
  };
  for (const g of d.groups) {
    const t = groupText.get(g.id)!;
    const top = t.lines.length && g.title ? t.height + 2 * GROUP_PAD - 4 : GROUP_PAD;
    elkNodes.set(g.id, {
      id: g.id,
      layoutOptions: {
        'elk.padding': `[top=${Math.ceil(top)},left=${GROUP_PAD},bottom=${GROUP_PAD},right=${GROUP_PAD}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${Math.ceil(t.width + 2 * GROUP_PAD)}, 40)`,
      },
      children: [],
    });
  }
  for (const n of d.nodes) {
    const s = sized.get(n.id)!;
    elkNodes.set(n.id, { id: n.id, width: s.w, height: s.h, layoutOptions: { 'elk.portConstraints': 'FIXED_POS' } });
  }
  const parentOf = (id: string): string | null => d.membership[id] ?? d.groups.find((g) => g.id === id)?.parent ?? null;
  for (const g of d.groups) (g.parent ? elkNodes.get(g.parent)! : root).children!.push(elkNodes.get(g.id)!);
  for (const n of d.nodes) {
    const p = parentOf(n.id);
    (p && elkNodes.has(p) ? elkNodes.get(p)! : root).children!.push(elkNodes.get(n.id)!);
  }
  const labels = new Map<string, ReturnType<typeof sizeEdgeLabel>>();
  const sides = FLOW_SIDES[d.direction];
  const isNode = new Set(d.nodes.map((n) => n.id));
  const shapeById = new Map(d.nodes.map((n) => [n.id, n.shape]));
  const outCount = new Map<string, number>();
  d.edges.forEach((e, i) => {
    if (!elkNodes.has(e.from) || !elkNodes.has(e.to)) return;
    let source = e.from;
    let target = e.to;
    if (isNode.has(e.from)) {
      const k = outCount.get(e.from) ?? 0;
      outCount.set(e.from, k + 1);
      const side = shapeById.get(e.from) === 'diamond' && e.from !== e.to ? sides.out[Math.min(k, 2)] : sides.out[0];
      source = port(elkNodes.get(e.from)!, side);
    }
    if (isNode.has(e.to)) target = port(elkNodes.get(e.to)!, sides.into);
    const edge: ElkExtendedEdge = { id: `e${i}`, sources: [source], targets: [target] };
    if (e.label && e.stroke !== 'invisible') {
      const l = sizeEdgeLabel(e.label);
      labels.set(edge.id, l);
      edge.labels = [{ id: `${edge.id}l`, text: e.label, width: l.w, height: l.h }];
    }
    root.edges!.push(edge);
  });

  const out = await (await elk()).layout(root, signal);

  const rects = new Map<string, Rect & { depth: number }>();
  const walk = (n: ElkNode, depth: number) => {
    for (const c of n.children ?? []) {
      rects.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? 0, h: c.height ?? 0, depth });
      walk(c, depth + 1);
    }
  };
  walk(out, 0);

  const nodes: LaidNode[] = d.nodes.map((n) => {
    const r = rects.get(n.id)!;
    const box = { x: r.x, y: r.y, w: r.w, h: r.h };
    return { id: n.id, shape: n.shape, ...box, text: placeNodeText(n.shape, box, sized.get(n.id)!.text), tone: 0 };
  });
  const groups: LaidGroup[] = d.groups.map((g) => {
    const r = rects.get(g.id)!;
    const t = groupText.get(g.id)!;
    const text = centredText(t, GROUP_FONT_PT, { x: r.x + GROUP_PAD, y: r.y + GROUP_PAD - 4, w: t.width, h: t.height }, true);
    return { id: g.id, x: r.x, y: r.y, w: r.w, h: r.h, depth: r.depth, text: g.title ? text : { ...text, lines: [] }, tone: 0 };
  });
  const shapeOf = new Map(d.nodes.map((n) => [n.id, n.shape]));
  const edges: LaidEdge[] = [];
  for (const e of out.edges ?? []) {
    const src = d.edges[Number(e.id.slice(1))];
    if (!src || src.stroke === 'invisible') continue;
    const sec = e.sections?.[0];
    if (!sec) continue;
    let points = simplify([sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint]);
    if (points.length < 2) continue;
    points = clipEnds(points, src.from, src.to, rects, shapeOf);
    const edge: LaidEdge = { id: e.id, from: src.from, to: src.to, points, stroke: src.stroke, start: src.start, end: src.end };
    const l = labels.get(e.id);
    const placed = e.labels?.[0];
    if (l && placed) {
      const area = { x: (placed.x ?? 0) + EDGE_LABEL_PAD, y: (placed.y ?? 0) + EDGE_LABEL_PAD, w: l.text.width, h: l.text.height };
      edge.label = centredText(l.text, EDGE_FONT_PT, area);
    }
    edges.push(edge);
  }
  return normalize({ kind: 'flowchart', ...(d.title ? { title: d.title } : {}), width: 0, height: 0, nodes, groups, edges });
}

function clipEnds(points: LaidEdge['points'], from: string, to: string, rects: Map<string, Rect>, shapes: Map<string, LaidNode['shape']>): LaidEdge['points'] {
  const out = points.slice();
  const fs = shapes.get(from);
  const ts = shapes.get(to);
  if (fs && out.length >= 2) out[0] = clipToOutline(fs, rects.get(from)!, out[1], out[0]);
  if (ts && out.length >= 2) out[out.length - 1] = clipToOutline(ts, rects.get(to)!, out[out.length - 2], out[out.length - 1]);
  return out;
}
