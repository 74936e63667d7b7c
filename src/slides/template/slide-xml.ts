import { bulletIndentPt, INSET_PT, spaceBefore } from '../fit-text';
import { base64ToBytes, imageSize } from '../images';
import { CELL_PAD_PT } from '../layout-media';
import { lineHeightPt } from '../measure';
import type { Box, ColorRole, DeckSlide, ImageElement, Paragraph, SlideElement, TableElement, TextElement } from '../types';
import { placeholderFor } from './layout-roles';
import { EMU_PER_IN } from './read-placeholders';
import { fitBoxOf } from './template-frames';
import type { LayoutInfo, PlaceholderInfo } from './types';
import { escapeXml } from './xml';
import { diagramShapesXml } from '../../diagram/shapes-xml';
import { placeDiagram } from '../../diagram/placement';

// One deck slide as PresentationML on a template layout. Text that has a slot goes into the layout's
// placeholder (`<p:ph type idx>` and an empty `<p:spPr/>`, so position, font, colour and bullets come
// from the layout and master); its size and line spacing are written, because they are what the fitter
// measured. A placeholder is moved (`<a:xfrm>`) only when the frame asked for a different box. Tables,
// pictures without a picture placeholder and captions are drawn in the theme's own colours.

const EMU_PER_PT = 12700;
const emu = (inches: number) => Math.round(inches * EMU_PER_IN);
const pt100 = (pt: number) => Math.round(pt * 100);
const NS_DECL =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

export interface SlideMedia {
  /** Data URL → package part name (ppt/media/…), shared across slides. */
  add(dataUrl: string): { part: string; width: number; height: number } | null;
}

export interface SlideXml {
  xml: string;
  /** Relationship targets this slide needs besides its layout: pictures, by rId. */
  images: Array<{ rId: string; part: string }>;
}

export interface SlideContext {
  layout: LayoutInfo;
  /** The layout's text colour is light, so its background colour (bg1) is dark. */
  dark: boolean;
  /** The scheme colour that reads best on accent1 (a table's header row): bg1 or tx1. */
  onAccent: 'bg1' | 'tx1';
  lang: string;
  footer: string;
  number: number;
  media: SlideMedia;
  creationId: number;
}

/** A scheme colour for a role, so free shapes follow the template's theme (light or dark). */
function roleFill(role: ColorRole): string {
  switch (role) {
    case 'accent':
    case 'panel':
      return `<a:schemeClr val="accent1">${role === 'panel' ? '<a:alpha val="15000"/>' : ''}</a:schemeClr>`;
    case 'codeBg':
      return '<a:schemeClr val="tx1"><a:alpha val="8000"/></a:schemeClr>';
    case 'muted':
      return '<a:schemeClr val="tx1"><a:lumMod val="65000"/><a:lumOff val="35000"/></a:schemeClr>';
    case 'onAccent':
      return '<a:schemeClr val="bg1"/>';
    default:
      return '<a:schemeClr val="tx1"/>';
  }
}

function xfrm(b: Box): string {
  return `<a:xfrm><a:off x="${emu(b.x)}" y="${emu(b.y)}"/><a:ext cx="${emu(Math.max(0.01, b.w))}" cy="${emu(Math.max(0.01, b.h))}"/></a:xfrm>`;
}

function phXml(ph: PlaceholderInfo): string {
  const type = ph.typeWritten ? ` type="${ph.type}"` : '';
  const idx = ph.idxWritten ? ` idx="${ph.idx}"` : '';
  return `<p:ph${type}${idx}/>`;
}

function runXml(text: string, el: TextElement, opts: { lang: string; bold: boolean; code: boolean; color: string }): string {
  const attrs = [`lang="${opts.lang}"`, `sz="${pt100(el.fontPt)}"`, opts.bold ? 'b="1"' : '', el.italic ? 'i="1"' : '', 'dirty="0"'].filter(Boolean).join(' ');
  const fill = opts.color ? `<a:solidFill>${opts.color}</a:solidFill>` : '';
  const font = opts.code ? '<a:latin typeface="Consolas"/><a:cs typeface="Consolas"/>' : '';
  return `<a:r><a:rPr ${attrs}>${fill}${font}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
}

function paragraphXml(p: Paragraph, i: number, el: TextElement, lang: string, slotted: boolean): string {
  const indent = el.indentPt || bulletIndentPt(el.fontPt);
  const marL = p.bullet === 'none' ? indent * p.level : indent * (p.level + 1);
  const lvl = Math.min(8, p.level);
  const bullet =
    p.bullet === 'none'
      ? '<a:buNone/>'
      : p.bullet === 'number'
        ? `<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"${p.number && p.number > 1 ? ` startAt="${p.number}"` : ''}/>`
        : '';
  const algn = !slotted && el.align !== 'left' ? ` algn="${el.align === 'center' ? 'ctr' : 'r'}"` : '';
  const pPr = `<a:pPr${lvl ? ` lvl="${lvl}"` : ''} marL="${Math.round(marL * EMU_PER_PT)}" indent="${p.bullet === 'none' ? 0 : -Math.round(indent * EMU_PER_PT)}"${algn}><a:lnSpc><a:spcPts val="${pt100(lineHeightPt(el.fontPt))}"/></a:lnSpc><a:spcBef><a:spcPts val="${i > 0 ? pt100(spaceBefore(p, el.fontPt)) : 0}"/></a:spcBef>${bullet}</a:pPr>`;
  const color = slotted ? '' : roleFill(el.color);
  const runs = (p.runs.length ? p.runs : [{ text: '' }])
    .map((r) => runXml(r.text, el, { lang, bold: Boolean(r.bold || (el.bold && !slotted)), code: Boolean(r.code || el.mono), color }))
    .join('');
  return `<a:p>${pPr}${runs}</a:p>`;
}

function textBody(el: TextElement, lang: string, slotted: boolean): string {
  const anchor = el.valign === 'middle' ? 'ctr' : el.valign === 'bottom' ? 'b' : 't';
  const ins = INSET_PT * EMU_PER_PT;
  const bodyPr = slotted
    ? '<a:bodyPr/>'
    : `<a:bodyPr wrap="square" lIns="${ins}" tIns="${ins}" rIns="${ins}" bIns="${ins}" rtlCol="0" anchor="${anchor}"><a:noAutofit/></a:bodyPr>`;
  return `<p:txBody>${bodyPr}<a:lstStyle/>${el.paragraphs.map((p, i) => paragraphXml(p, i, el, lang, slotted)).join('')}</p:txBody>`;
}

/** The placeholder's own box for a fitted box (the inverse of fitBoxOf). */
function placeholderBox(box: Box, ph: PlaceholderInfo): Box {
  const d = (v: number) => (v - INSET_PT) / 72;
  return { x: box.x - d(ph.insets.l), y: box.y - d(ph.insets.t), w: box.w + d(ph.insets.l) + d(ph.insets.r), h: box.h + d(ph.insets.t) + d(ph.insets.b) };
}

function sameBox(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < 0.02 && Math.abs(a.y - b.y) < 0.02 && Math.abs(a.w - b.w) < 0.02 && Math.abs(a.h - b.h) < 0.02;
}

function textXml(el: TextElement, id: number, ctx: SlideContext, taken: Set<PlaceholderInfo>): string {
  const ph = el.slot ? placeholderFor(ctx.layout, el.slot) : null;
  if (ph && !taken.has(ph)) {
    taken.add(ph);
    const moved = sameBox(el.box, fitBoxOf(ph)) ? '' : xfrm(placeholderBox(el.box, ph));
    const fill = el.mono ? `<a:solidFill>${roleFill('codeBg')}</a:solidFill>` : '';
    return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(ph.name || `Placeholder ${id}`)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(ph)}</p:nvPr></p:nvSpPr><p:spPr>${moved}${fill}</p:spPr>${textBody(el, ctx.lang, true)}</p:sp>`;
  }
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="TextBox ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(el.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>${textBody(el, ctx.lang, false)}</p:sp>`;
}

function shapeXml(box: Box, fill: ColorRole, rounded: boolean, id: number): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(box)}<a:prstGeom prst="${rounded ? 'roundRect' : 'rect'}"><a:avLst/></a:prstGeom><a:solidFill>${roleFill(fill)}</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>`;
}

function imageXml(el: ImageElement, id: number, ctx: SlideContext, images: SlideXml['images'], taken: Set<PlaceholderInfo>): string {
  const added = el.data ? ctx.media.add(el.data) : null;
  if (!added) {
    // A picture that could not be loaded: a labelled frame in its place, as in the built-in themes.
    const label: TextElement = {
      type: 'text',
      box: el.box,
      paragraphs: [{ runs: [{ text: el.alt }], level: 0, bullet: 'none', spaceBeforePt: 0 }],
      fontPt: 14,
      color: 'muted',
      align: 'center',
      valign: 'middle',
      indentPt: 0,
      lines: 1,
    };
    return textXml(label, id, ctx, taken).replace(
      '<a:noFill/>',
      `<a:solidFill>${roleFill('panel')}</a:solidFill><a:ln w="12700"><a:solidFill>${roleFill('muted')}</a:solidFill><a:prstDash val="dash"/></a:ln>`,
    );
  }
  const rId = `rId${images.length + 2}`;
  images.push({ rId, part: added.part });
  const ph = el.slot ? placeholderFor(ctx.layout, el.slot) : null;
  const usePh = ph && !taken.has(ph);
  if (usePh) taken.add(ph);
  const nv = usePh
    ? `<p:cNvPicPr><a:picLocks noGrp="1" noChangeAspect="1"/></p:cNvPicPr><p:nvPr>${phXml(ph)}</p:nvPr>`
    : '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/>';
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}" descr="${escapeXml(el.alt)}"/>${nv}</p:nvPicPr><p:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${xfrm(el.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

function cellXml(text: string, el: TableElement, ctx: SlideContext, header: boolean, band: boolean): string {
  const line = (side: string) => `<a:${side} w="9525"><a:solidFill><a:schemeClr val="tx1"><a:alpha val="35000"/></a:schemeClr></a:solidFill></a:${side}>`;
  // Every cell has a fill of its own, so its text stays readable on any background (a photo, a dark band).
  const tint = ctx.dark ? '<a:lumMod val="50000"/>' : '<a:lumMod val="20000"/><a:lumOff val="80000"/>';
  const fill = header ? '<a:schemeClr val="accent1"/>' : band ? `<a:schemeClr val="accent1">${tint}</a:schemeClr>` : '<a:schemeClr val="bg1"/>';
  const color = header ? `<a:schemeClr val="${ctx.onAccent}"/>` : '<a:schemeClr val="tx1"/>';
  const m = CELL_PAD_PT * EMU_PER_PT;
  const para = text
    .split('\n')
    .map(
      (t) =>
        `<a:p><a:pPr><a:lnSpc><a:spcPts val="${pt100(lineHeightPt(el.fontPt))}"/></a:lnSpc></a:pPr><a:r><a:rPr lang="${ctx.lang}" sz="${pt100(el.fontPt)}"${header ? ' b="1"' : ''} dirty="0"><a:solidFill>${color}</a:solidFill></a:rPr><a:t>${escapeXml(t)}</a:t></a:r></a:p>`,
    );
  return `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>${para.join('')}</a:txBody><a:tcPr marL="${m}" marR="${m}" marT="${m}" marB="${m}" anchor="ctr">${line('lnL')}${line('lnR')}${line('lnT')}${line('lnB')}<a:solidFill>${fill}</a:solidFill></a:tcPr></a:tc>`;
}

function tableXml(el: TableElement, id: number, ctx: SlideContext, taken: Set<PlaceholderInfo>): string {
  const ph = el.slot ? placeholderFor(ctx.layout, el.slot) : null;
  const usePh = ph && !taken.has(ph);
  if (usePh) taken.add(ph);
  const nv = usePh
    ? `<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr>${phXml(ph)}</p:nvPr>`
    : '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>';
  const grid = el.colW.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('');
  const rows = [el.header, ...el.rows]
    .map((r, i) => `<a:tr h="${emu(el.rowH[i] ?? 0.4)}">${r.map((c) => cellXml(c, el, ctx, i === 0, i > 0 && i % 2 === 0)).join('')}</a:tr>`)
    .join('');
  const w = el.colW.reduce((a, b) => a + b, 0);
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table ${id}"/>${nv}</p:nvGraphicFramePr><p:xfrm><a:off x="${emu(el.box.x)}" y="${emu(el.box.y)}"/><a:ext cx="${emu(w)}" cy="${emu(el.box.h)}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${grid}</a:tblGrid>${rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** Footer text and slide number in the layout's own footer placeholders (not on the title slide). */
function footerXml(slide: DeckSlide, ctx: SlideContext, nextId: () => number): string {
  if (slide.kind === 'title') return '';
  const out: string[] = [];
  const ftr = ctx.layout.placeholders.find((p) => p.type === 'ftr');
  const text = ftr?.text || ctx.footer;
  if (ftr && text) {
    out.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${nextId()}" name="Footer"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(ftr)}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${ctx.lang}" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></p:txBody></p:sp>`,
    );
  }
  const num = ctx.layout.placeholders.find((p) => p.type === 'sldNum');
  if (num) {
    out.push(
      `<p:sp><p:nvSpPr><p:cNvPr id="${nextId()}" name="Slide Number"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(num)}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="${ctx.lang}"/><a:t>${ctx.number}</a:t></a:fld><a:endParaRPr lang="${ctx.lang}"/></a:p></p:txBody></p:sp>`,
    );
  }
  return out.join('');
}

export function slideXml(slide: DeckSlide, ctx: SlideContext): SlideXml {
  let id = 1;
  const nextId = () => ++id;
  const images: SlideXml['images'] = [];
  const taken = new Set<PlaceholderInfo>();
  const parts = slide.elements.map((el: SlideElement) => {
    switch (el.type) {
      case 'text':
        return textXml(el, nextId(), ctx, taken);
      case 'shape':
        return shapeXml(el.box, el.fill, Boolean(el.rounded), nextId());
      case 'image':
        return imageXml(el, nextId(), ctx, images, taken);
      case 'table':
        return tableXml(el, nextId(), ctx, taken);
      case 'diagram':
        // Native shapes and glued connectors, as on a built-in theme (src/diagram/shapes-xml.ts).
        return el.layout ? diagramShapesXml(el.layout, placeDiagram(el.layout, el.box), { lang: ctx.lang, nextId }).xml : '';
      case 'chart':
        // Not laid out for templates: a chart's numbers stay a table there, with a warning (layoutTableOrChart).
        return '';
    }
  });
  parts.push(footerXml(slide, ctx, nextId));
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld ${NS_DECL}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>` +
    parts.join('') +
    `</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="${ctx.creationId}"/></p:ext></p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
  return { xml, images };
}

/** Media registry for one package: each distinct picture once, named so it cannot clash with the template's. */
export function mediaRegistry(folder: string, prefix: string, store: (part: string, bytes: Uint8Array) => void): SlideMedia {
  const seen = new Map<string, { part: string; width: number; height: number } | null>();
  let n = 0;
  return {
    add(dataUrl) {
      if (seen.has(dataUrl)) return seen.get(dataUrl) ?? null;
      const m = /^data:image\/[\w+.-]+;base64,(.*)$/s.exec(dataUrl);
      const bytes = m ? base64ToBytes(m[1].replace(/\s/g, '')) : null;
      const size = bytes ? imageSize(bytes) : null;
      let out: { part: string; width: number; height: number } | null = null;
      if (bytes && size) {
        const ext = size.mime === 'image/jpeg' ? 'jpeg' : size.mime.split('/')[1];
        const part = `${folder}${prefix}${++n}.${ext}`;
        store(part, bytes);
        out = { part, width: size.width, height: size.height };
      }
      seen.set(dataUrl, out);
      return out;
    },
  };
}
