import { edgeShapeXml, lineXml, type Glue } from './connectors';
import type { Placement } from './placement';
import { siteAt } from './pptx-shapes';
import { EDGE_COLOR, STROKE_WIDTH } from './style';
import type { ArrowEnd, DiagramLayout, Point } from './types';

// Every edge of a laid-out diagram as PresentationML: a connector glued to its boxes, or a freeform line
// for a route PowerPoint's connectors cannot follow. Shared by the pptxgenjs path (render-pptx.ts) and the
// template writer's own slide XML (shapes-xml.ts), so a diagram's lines look alike in both.

const EMU_PER_IN = 914400;
const DRAWING_END: Record<ArrowEnd, string> = { none: 'none', arrow: 'triangle', circle: 'oval', cross: 'diamond' };

export interface EdgesXml {
  parts: string[];
  connectors: number;
  lines: number;
}

/**
 * @param boxId the cNvPr id of a node's box (undefined: the edge is not glued at that end)
 * @param edgeId the cNvPr id to give the i-th edge
 */
export function edgesXml(layout: DiagramLayout, p: Placement, boxId: (nodeId: string) => number | undefined, edgeId: (i: number) => number): EdgesXml {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const emu = (v: number, off: number) => (off + v * p.scale) * EMU_PER_IN;
  const k = p.scale * 72;
  const out: EdgesXml = { parts: [], connectors: 0, lines: 0 };
  layout.edges.forEach((e, i) => {
    const glue = (nodeId: string, at: Point): Glue | undefined => {
      const n = byId.get(nodeId);
      const id = boxId(nodeId);
      if (!n || id === undefined) return undefined;
      const idx = siteAt(n.shape, n, at, 1.5);
      return idx === undefined ? undefined : { id, idx };
    };
    const r = edgeShapeXml({
      id: edgeId(i),
      name: `dsp-edge-${i}`,
      points: e.points.map((pt) => ({ x: emu(pt.x, p.x), y: emu(pt.y, p.y) })),
      line: lineXml({
        widthPt: Math.max(0.5, STROKE_WIDTH[e.stroke] * k),
        color: EDGE_COLOR,
        dash: e.stroke === 'dotted' ? 'dash' : undefined,
        head: DRAWING_END[e.start],
        tail: DRAWING_END[e.end],
      }),
      start: glue(e.from, e.points[0]),
      end: glue(e.to, e.points[e.points.length - 1]),
    });
    out.parts.push(r.xml);
    if (r.connector) out.connectors++;
    else out.lines++;
  });
  return out;
}
