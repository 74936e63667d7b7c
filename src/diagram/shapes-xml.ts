import { EMU_PER_PT } from './connectors';
import { edgesXml } from './edges-xml';
import type { Placement } from './placement';
import { pptxShape } from './pptx-shapes';
import { EDGE_COLOR, FONT_FACE, groupPaint, nodePaint } from './style';
import type { DiagramLayout, LaidText } from './types';
import { lineHeightPt } from '../slides/measure';

// The laid-out diagram as PresentationML shapes written directly (`p:sp` boxes with their text,
// `p:cxnSp` connectors glued to them), for writers that make slide XML themselves — the template deck
// writer. The same shapes, sizes, colours and connectors as the pptxgenjs path (render-pptx.ts), so a
// diagram looks alike on a built-in theme and in the user's template.

const EMU_PER_IN = 914400;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const E = (n: number) => Math.round(n);

export interface DiagramXmlOptions {
  lang: string;
  /** The next free shape id of the slide (cNvPr ids are unique per slide). */
  nextId: () => number;
}

function textBody(
  t: LaidText,
  p: Placement,
  color: string,
  lang: string,
  o: { anchor: 't' | 'ctr'; align: 'l' | 'ctr'; ins: [number, number, number, number] },
): string {
  const k = p.scale * 72;
  const size = Math.max(100, Math.round(t.fontPt * k * 100));
  const spacing = Math.max(100, Math.round(lineHeightPt(t.fontPt) * k * 100));
  const [l, r, b, top] = o.ins.map((v) => E(v * EMU_PER_PT));
  const run = (line: string) =>
    `<a:r><a:rPr lang="${lang}" sz="${size}"${t.bold ? ' b="1"' : ''} dirty="0"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:latin typeface="${FONT_FACE}"/><a:ea typeface="${FONT_FACE}"/><a:cs typeface="${FONT_FACE}"/></a:rPr><a:t>${esc(line)}</a:t></a:r>`;
  const paras = t.source
    .split('\n')
    .map(
      (line) =>
        `<a:p><a:pPr algn="${o.align}"><a:lnSpc><a:spcPts val="${spacing}"/></a:lnSpc></a:pPr>${line ? run(line) : `<a:endParaRPr lang="${lang}" sz="${size}"/>`}</a:p>`,
    )
    .join('');
  return `<p:txBody><a:bodyPr wrap="square" lIns="${l}" tIns="${top}" rIns="${r}" bIns="${b}" rtlCol="0" anchor="${o.anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>${paras}</p:txBody>`;
}

function spXml(
  id: number,
  name: string,
  box: { x: number; y: number; w: number; h: number },
  geom: string,
  fill: string,
  line: string,
  body: string,
  flips = '',
): string {
  const x = E(box.x * EMU_PER_IN);
  const y = E(box.y * EMU_PER_IN);
  const cx = E(Math.max(0.01, box.w) * EMU_PER_IN);
  const cy = E(Math.max(0.01, box.h) * EMU_PER_IN);
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${esc(name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm${flips}><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>${geom}${fill}${line}</p:spPr>${body}</p:sp>`
  );
}

const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
const outline = (hex: string, widthPt: number, compound?: string) =>
  `<a:ln w="${E(widthPt * EMU_PER_PT)}"${compound ? ` cmpd="${compound}"` : ''}>${solid(hex)}</a:ln>`;
const preset = (prst: string, adj?: number) =>
  `<a:prstGeom prst="${prst}"><a:avLst>${adj === undefined ? '' : `<a:gd name="adj" fmla="val ${E(adj)}"/>`}</a:avLst></a:prstGeom>`;

/**
 * Subgraph frames, then the connectors (under the boxes), then the boxes, then the edge labels — the
 * order the pptxgenjs path ends up with — as one string of spTree children.
 */
export function diagramShapesXml(layout: DiagramLayout, p: Placement, o: DiagramXmlOptions): { xml: string; connectors: number; lines: number } {
  const X = (v: number) => p.x + v * p.scale;
  const Y = (v: number) => p.y + v * p.scale;
  const k = p.scale * 72;
  const out: string[] = [];
  for (const g of [...layout.groups].sort((a, b) => a.depth - b.depth)) {
    const paint = groupPaint(g.tone);
    const inset = (g.text.box.x - g.x) * k;
    const radius = Math.min(6 * p.scale, (Math.min(g.w, g.h) * p.scale) / 2);
    const body = textBody(g.text, p, paint.text, o.lang, { anchor: 't', align: 'l', ins: [inset, inset, 0, (g.text.box.y - g.y) * k] });
    out.push(
      spXml(
        o.nextId(),
        `dsp-group-${g.id.replace(/[^\w-]/g, '_').slice(0, 40)}`,
        { x: X(g.x), y: Y(g.y), w: g.w * p.scale, h: g.h * p.scale },
        preset('roundRect', (radius * 100000) / Math.min(g.w * p.scale, g.h * p.scale)),
        solid(paint.fill),
        outline(paint.stroke, Math.max(0.5, k)),
        body,
      ),
    );
  }
  // Ids first, so each connector can name the boxes it is glued to.
  const nodeIds = new Map(layout.nodes.map((n) => [n.id, 0]));
  const edgeIds = layout.edges.map(() => o.nextId());
  for (const n of layout.nodes) nodeIds.set(n.id, o.nextId());
  const edges = edgesXml(
    layout,
    p,
    (id) => nodeIds.get(id),
    (i) => edgeIds[i],
  );
  out.push(...edges.parts);
  layout.nodes.forEach((n, i) => {
    const paint = nodePaint(n.tone, n.strong);
    const ps = pptxShape(n.shape, n);
    const flips = `${ps.flipH ? ' flipH="1"' : ''}${ps.flipV ? ' flipV="1"' : ''}`;
    const body = textBody(n.text, p, paint.text, o.lang, { anchor: 'ctr', align: 'ctr', ins: [6 * k, 6 * k, 2 * k, 2 * k] });
    out.push(
      spXml(
        nodeIds.get(n.id)!,
        `dsp-node-${i}`,
        { x: X(n.x), y: Y(n.y), w: n.w * p.scale, h: n.h * p.scale },
        preset(ps.preset, ps.radius ? ps.radius * 100000 : undefined),
        solid(paint.fill),
        outline(paint.stroke, Math.max(0.5, 1.5 * k), n.shape === 'doubleCircle' ? 'dbl' : undefined),
        body,
        flips,
      ),
    );
  });
  for (const e of layout.edges) {
    if (!e.label) continue;
    const b = e.label.box;
    const body = textBody(e.label, p, EDGE_COLOR, o.lang, { anchor: 'ctr', align: 'ctr', ins: [0, 0, 0, 0] });
    out.push(
      spXml(
        o.nextId(),
        `dsp-label-${e.id}`,
        { x: X(b.x - 3), y: Y(b.y - 3), w: (b.w + 6) * p.scale, h: (b.h + 6) * p.scale },
        preset('rect'),
        solid('FFFFFF'),
        '<a:ln><a:noFill/></a:ln>',
        body,
      ),
    );
  }
  return { xml: out.join(''), connectors: edges.connectors, lines: edges.lines };
}
