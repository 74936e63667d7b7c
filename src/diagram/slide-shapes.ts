import { endMark } from './arrowheads';
import type { DiagramSpot } from './slide-room';
import { EDGE_COLOR, FONT_FACE, groupPaint, nodePaint, STROKE_WIDTH } from './style';
import type { DiagramLayout, LaidText, NodeShape, Point, Rect } from './types';

// The laid-out diagram as a list of plain shapes in slide points, for a host that adds shapes one by
// one to a slide that already exists (PowerPoint's shapes API: geometric shapes, text boxes, straight
// lines). That API has no connectors glued to shapes and no arrowheads, so each edge is its straight
// segments, and its ends are small shapes of their own (see docs/diagrams.md).

/** PowerPoint's GeometricShapeType names used here. */
export type SlideGeometry =
  | 'Rectangle'
  | 'RoundRectangle'
  | 'FlowChartTerminator'
  | 'FlowChartPredefinedProcess'
  | 'Can'
  | 'Ellipse'
  | 'Diamond'
  | 'Hexagon'
  | 'Parallelogram'
  | 'Trapezoid'
  | 'FlowChartManualOperation'
  | 'HomePlate'
  | 'MathMultiply';

export interface SlideText {
  text: string;
  fontPt: number;
  bold: boolean;
  color: string;
  font: string;
  align: 'Center' | 'Left';
  valign: 'Middle' | 'Top';
  /** Left, right, top, bottom insets in points. */
  margins: [number, number, number, number];
}

export type SlideShape =
  | { kind: 'shape'; name: string; geometry: SlideGeometry; box: Rect; fill: string | null; stroke: string | null; strokePt: number; text?: SlideText }
  | { kind: 'text'; name: string; box: Rect; fill: string | null; text: SlideText }
  /** A straight segment from `from` to `to`. */
  | { kind: 'line'; name: string; from: Point; to: Point; color: string; weightPt: number; dashed: boolean }
  /** A filled arrowhead: `box` is what it covers on the slide, its tip on the side it points to. */
  | { kind: 'arrow'; name: string; box: Rect; toward: 'up' | 'down' | 'left' | 'right'; color: string };

const GEOMETRY: Record<NodeShape, SlideGeometry> = {
  rect: 'Rectangle',
  round: 'RoundRectangle',
  stadium: 'FlowChartTerminator',
  subroutine: 'FlowChartPredefinedProcess',
  cylinder: 'Can',
  circle: 'Ellipse',
  doubleCircle: 'Ellipse',
  diamond: 'Diamond',
  hexagon: 'Hexagon',
  parallelogram: 'Parallelogram',
  // The shapes API cannot flip a shape: the mirrored parallelogram is drawn as the plain one.
  parallelogramAlt: 'Parallelogram',
  trapezoid: 'Trapezoid',
  trapezoidAlt: 'FlowChartManualOperation',
  asymmetric: 'HomePlate',
};

const r2 = (v: number) => Math.round(v * 100) / 100;

/** A horizontal or vertical run from a to b; a slanted one becomes two (across, then down). */
function straightRuns(a: Point, b: Point): Array<[Point, Point]> {
  if (Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01) return [[a, b]];
  const corner = { x: b.x, y: a.y };
  return [
    [a, corner],
    [corner, b],
  ];
}

/** Every group frame, line, line end, box and edge label of the diagram, bottom to top, placed at `spot`. */
export function diagramSlideShapes(layout: DiagramLayout, spot: Pick<DiagramSpot, 'x' | 'y' | 'scale'>): SlideShape[] {
  const k = spot.scale;
  const P = (p: Point): Point => ({ x: r2(spot.x + p.x * k), y: r2(spot.y + p.y * k) });
  const R = (r: Rect): Rect => ({ x: r2(spot.x + r.x * k), y: r2(spot.y + r.y * k), w: r2(r.w * k), h: r2(r.h * k) });
  const text = (t: LaidText, color: string, align: SlideText['align'], valign: SlideText['valign'], margins: SlideText['margins']): SlideText => ({
    text: t.source,
    fontPt: Math.max(1, r2(t.fontPt * k)),
    bold: Boolean(t.bold),
    color,
    font: FONT_FACE,
    align,
    valign,
    margins: margins.map((m) => r2(m * k)) as SlideText['margins'],
  });
  const out: SlideShape[] = [];
  for (const g of [...layout.groups].sort((a, b) => a.depth - b.depth)) {
    const paint = groupPaint(g.tone);
    const inset = g.text.box.x - g.x;
    out.push({
      kind: 'shape',
      name: `dsp-group-${g.id}`.slice(0, 60),
      geometry: 'RoundRectangle',
      box: R(g),
      fill: paint.fill,
      stroke: paint.stroke,
      strokePt: Math.max(0.5, r2(k)),
      text: text(g.text, paint.text, 'Left', 'Top', [inset, inset, g.text.box.y - g.y, 0]),
    });
  }
  layout.edges.forEach((e, i) => {
    const pts = e.points.map(P);
    const weightPt = Math.max(0.5, r2(STROKE_WIDTH[e.stroke] * k));
    // Line ends at the slide's scale; the line stops short of an arrowhead's tip.
    const n = pts.length;
    const end = endMark(e.end, pts[n - 2], pts[n - 1], k);
    const start = endMark(e.start, pts[1], pts[0], k);
    const shorten = (tip: number, prev: number, by: number) => {
      const len = Math.hypot(pts[tip].x - pts[prev].x, pts[tip].y - pts[prev].y);
      if (!by || !len) return;
      const d = Math.min(by, len / 2);
      pts[tip] = { x: r2(pts[tip].x - ((pts[tip].x - pts[prev].x) / len) * d), y: r2(pts[tip].y - ((pts[tip].y - pts[prev].y) / len) * d) };
    };
    shorten(n - 1, n - 2, end.inset);
    shorten(0, 1, start.inset);
    let s = 0;
    for (let j = 1; j < n; j++)
      for (const [from, to] of straightRuns(pts[j - 1], pts[j]))
        out.push({ kind: 'line', name: `dsp-edge-${i}-${s++}`, from, to, color: EDGE_COLOR, weightPt, dashed: e.stroke === 'dotted' });
    for (const m of [end.mark, start.mark]) {
      if (!m) continue;
      const xs = m.points.map((p) => p.x);
      const ys = m.points.map((p) => p.y);
      if (m.kind === 'arrow') {
        const [tip, b1, b2] = m.points;
        const base = { x: (b1.x + b2.x) / 2, y: (b1.y + b2.y) / 2 };
        const toward = Math.abs(tip.x - base.x) > Math.abs(tip.y - base.y) ? (tip.x > base.x ? 'right' : 'left') : tip.y > base.y ? 'down' : 'up';
        const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
        out.push({ kind: 'arrow', name: `dsp-end-${i}`, box: { x: r2(box.x), y: r2(box.y), w: r2(box.w), h: r2(box.h) }, toward, color: EDGE_COLOR });
      } else if (m.kind === 'circle') {
        const c = m.points[0];
        const rr = m.radius ?? 4 * k;
        out.push({
          kind: 'shape',
          name: `dsp-end-${i}`,
          geometry: 'Ellipse',
          box: { x: r2(c.x - rr), y: r2(c.y - rr), w: r2(2 * rr), h: r2(2 * rr) },
          fill: 'FFFFFF',
          stroke: EDGE_COLOR,
          strokePt: weightPt,
        });
      } else {
        const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
        out.push({
          kind: 'shape',
          name: `dsp-end-${i}`,
          geometry: 'MathMultiply',
          box: { x: r2(box.x), y: r2(box.y), w: r2(box.w), h: r2(box.h) },
          fill: EDGE_COLOR,
          stroke: null,
          strokePt: 0,
        });
      }
    }
  });
  layout.nodes.forEach((n, i) => {
    const paint = nodePaint(n.tone, n.strong);
    out.push({
      kind: 'shape',
      name: `dsp-node-${i}`,
      geometry: GEOMETRY[n.shape],
      box: R(n),
      fill: paint.fill,
      stroke: paint.stroke,
      strokePt: Math.max(0.5, r2(1.5 * k)),
      text: text(n.text, paint.text, 'Center', 'Middle', [6, 6, 2, 2]),
    });
  });
  for (const e of layout.edges) {
    if (!e.label) continue;
    const b = e.label.box;
    out.push({
      kind: 'text',
      name: `dsp-label-${e.id}`,
      box: R({ x: b.x - 3, y: b.y - 3, w: b.w + 6, h: b.h + 6 }),
      fill: 'FFFFFF',
      text: text(e.label, EDGE_COLOR, 'Center', 'Middle', [0, 0, 0, 0]),
    });
  }
  return out;
}
