import PptxGenJS from 'pptxgenjs';
import { fitLine } from '../slides/fit-text';
import { fixPackage, type PackageEdit } from '../slides/package-fix';
import { THEMES } from '../slides/themes';
import { SLIDE_H, SLIDE_W, type Box } from '../slides/types';
import { edgesXml } from './edges-xml';
import { lineHeightPt } from '../slides/measure';
import { pptxShape } from './pptx-shapes';
import { placeDiagram, type Placement } from './placement';

export { placeDiagram, type Placement };
import { EDGE_COLOR, FONT_FACE, groupPaint, nodePaint } from './style';
import type { DiagramLayout, LaidText } from './types';

// The laid-out diagram as native PowerPoint shapes on a slide of its own: one shape per node with its
// text (editable, wrapped by PowerPoint in the same box we measured), subgraphs as titled frames, and one
// connector per edge glued to its boxes (see connectors.ts). Everything is scaled to fit the slide.

const TITLE_BOX: Box = { x: 0.6, y: 0.3, w: SLIDE_W - 1.2, h: 0.85 };

/** The area a diagram gets on a 16:9 slide, below the title when it has one. */
export function diagramArea(hasTitle: boolean): Box {
  return hasTitle ? { x: 0.4, y: 1.3, w: SLIDE_W - 0.8, h: SLIDE_H - 1.7 } : { x: 0.4, y: 0.4, w: SLIDE_W - 0.8, h: SLIDE_H - 0.8 };
}

/** Font size after scaling: PowerPoint stores hundredths of a point, 1 pt at least. */
const fontAt = (pt: number, p: Placement) => Math.max(1, Math.round(pt * p.scale * 72 * 100) / 100);

function textOptions(t: LaidText, p: Placement, lang: string): PptxGenJS.TextPropsOptions {
  return {
    fontFace: FONT_FACE,
    fontSize: fontAt(t.fontPt, p),
    bold: Boolean(t.bold),
    lang,
    lineSpacing: Math.max(1, Math.round(lineHeightPt(t.fontPt) * p.scale * 72 * 100) / 100),
  };
}

export const nodeName = (i: number) => `dsp-node-${i}`;

/** Groups, nodes and edge labels through pptxgenjs. Edges are added to the slide XML afterwards (diagramEdgesXml). */
export function drawDiagramShapes(pptx: PptxGenJS, slide: PptxGenJS.Slide, layout: DiagramLayout, p: Placement, lang: string): void {
  const X = (v: number) => p.x + v * p.scale;
  const Y = (v: number) => p.y + v * p.scale;
  const k = p.scale * 72;
  for (const g of [...layout.groups].sort((a, b) => a.depth - b.depth)) {
    const paint = groupPaint(g.tone);
    const inset = (g.text.box.x - g.x) * k;
    slide.addText(g.text.source, {
      shape: pptx.ShapeType.roundRect,
      rectRadius: Math.min(6 * p.scale, (Math.min(g.w, g.h) * p.scale) / 2),
      x: X(g.x),
      y: Y(g.y),
      w: g.w * p.scale,
      h: g.h * p.scale,
      fill: { color: paint.fill },
      line: { color: paint.stroke, width: Math.max(0.5, k) },
      color: paint.text,
      align: 'left',
      valign: 'top',
      margin: [inset, inset, 0, (g.text.box.y - g.y) * k],
      objectName: `dsp-group-${g.id.replace(/[^\w-]/g, '_').slice(0, 40)}`,
      ...textOptions(g.text, p, lang),
    });
  }
  layout.nodes.forEach((n, i) => {
    const paint = nodePaint(n.tone, n.strong);
    const ps = pptxShape(n.shape, n);
    const shape = ps.preset as PptxGenJS.ShapeType;
    slide.addText(n.text.source, {
      shape,
      x: X(n.x),
      y: Y(n.y),
      w: n.w * p.scale,
      h: n.h * p.scale,
      ...(ps.radius ? { rectRadius: ps.radius * Math.min(n.w, n.h) * p.scale } : {}),
      ...(ps.flipH ? { flipH: true } : {}),
      ...(ps.flipV ? { flipV: true } : {}),
      fill: { color: paint.fill },
      line: { color: paint.stroke, width: Math.max(0.5, 1.5 * k), ...(n.shape === 'doubleCircle' ? { compound: 'dbl' } : {}) } as PptxGenJS.ShapeLineProps,
      color: paint.text,
      align: 'center',
      valign: 'middle',
      // Left, right, bottom, top (points): inside the padding the measurement kept free.
      margin: [6 * k, 6 * k, 2 * k, 2 * k],
      objectName: nodeName(i),
      ...textOptions(n.text, p, lang),
    });
  });
  for (const e of layout.edges) {
    if (!e.label) continue;
    const b = e.label.box;
    slide.addText(e.label.source, {
      x: X(b.x - 3),
      y: Y(b.y - 3),
      w: (b.w + 6) * p.scale,
      h: (b.h + 6) * p.scale,
      fill: { color: 'FFFFFF' },
      color: EDGE_COLOR,
      align: 'center',
      valign: 'middle',
      margin: 0,
      objectName: `dsp-label-${e.id}`,
      ...textOptions(e.label, p, lang),
    });
  }
}

/**
 * Adds one connector (or, for a route PowerPoint's connectors cannot follow, a freeform line) per edge to
 * a slide drawn by drawDiagramShapes, under the boxes, glued to them by their cNvPr ids.
 */
export function diagramEdgesXml(slideXml: string, layout: DiagramLayout, p: Placement): { xml: string; connectors: number; lines: number } {
  const ids = new Map<string, number>();
  for (const m of slideXml.matchAll(/<p:cNvPr id="(\d+)" name="dsp-node-(\d+)"/g)) ids.set(layout.nodes[Number(m[2])]?.id ?? '', Number(m[1]));
  let next = Math.max(0, ...[...slideXml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const { parts, connectors, lines } = edgesXml(
    layout,
    p,
    (id) => ids.get(id),
    () => next++,
  );
  // Under the boxes: before the first node's <p:sp>.
  const at = slideXml.indexOf(`name="${nodeName(0)}"`);
  const cut = at >= 0 ? slideXml.lastIndexOf('<p:sp>', at) : slideXml.indexOf('</p:spTree>');
  return { xml: slideXml.slice(0, cut) + parts.join('') + slideXml.slice(cut), connectors, lines };
}

export interface DiagramPptxOptions {
  lang?: 'zh' | 'en';
}

function buildPptx(layout: DiagramLayout, lang: string): { pptx: PptxGenJS; placement: Placement } {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = layout.title ?? 'Diagram';
  pptx.author = 'DeepSeek+ for Office';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const slide = pptx.addSlide();
  if (layout.title) {
    const fit = fitLine(layout.title, TITLE_BOX, [28, 26, 24, 22, 20], 1, true);
    slide.addText(fit.text, {
      x: TITLE_BOX.x,
      y: TITLE_BOX.y,
      w: TITLE_BOX.w,
      h: TITLE_BOX.h,
      fontFace: FONT_FACE,
      fontSize: fit.fontPt,
      bold: true,
      color: '1F3864',
      valign: 'middle',
      margin: 6,
      lang,
      objectName: 'dsp-title',
    });
  }
  const placement = placeDiagram(layout, diagramArea(Boolean(layout.title)));
  drawDiagramShapes(pptx, slide, layout, placement, lang);
  return { pptx, placement };
}

/** A one-slide .pptx of native shapes and connectors (bytes, or base64 for insertSlidesFromBase64). */
export async function renderDiagramPptx(layout: DiagramLayout, type: 'uint8array', o?: DiagramPptxOptions): Promise<Uint8Array>;
export async function renderDiagramPptx(layout: DiagramLayout, type: 'base64', o?: DiagramPptxOptions): Promise<string>;
export async function renderDiagramPptx(layout: DiagramLayout, type: 'uint8array' | 'base64', o: DiagramPptxOptions = {}): Promise<Uint8Array | string> {
  const lang = o.lang === 'en' ? 'en-US' : 'zh-CN';
  const { pptx, placement } = buildPptx(layout, lang);
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const edit: PackageEdit = (parts) => {
    const path = 'ppt/slides/slide1.xml';
    parts.write(path, diagramEdgesXml(parts.read(path)!, layout, placement).xml);
  };
  const theme = THEMES.business;
  return type === 'base64' ? fixPackage(raw, theme, 'base64', { edit }) : fixPackage(raw, theme, 'uint8array', { edit });
}
