import { markdownPlainText } from '../markdown/inline-text';
import { fitLine, fitParagraphs } from './fit-text';
import { bodyEl, pages, textEl, type LayoutContext } from './layout-slides';
import { lineHeightPt, textWidthEm, wrapText } from './measure';
import type { PlannedSlide } from './plan-slides';
import type { Box, DeckSlide, Paragraph, TableElement } from './types';

/** Cell padding we write on every table cell, in points. */
export const CELL_PAD_PT = 4;
const MAX_CELL_LINES = 6;

type Planned<K extends PlannedSlide['kind']> = Extract<PlannedSlide, { kind: K }>;

/** Column widths from content: proportional to the longest text, with a floor so no column is a sliver. */
function columnWidths(header: string[], rows: string[][], total: number): number[] {
  const want = header.map((h, c) =>
    Math.max(textWidthEm(markdownPlainText(h)), ...rows.map((r) => Math.min(textWidthEm(markdownPlainText(r[c] ?? '')), 30)), 3),
  );
  const sum = want.reduce((a, b) => a + b, 0);
  const floor = Math.min(1.0, total / header.length);
  const raw = want.map((w) => Math.max(floor, (w / sum) * total));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w * scale);
}

function rowHeightIn(cells: string[], colW: number[], fontPt: number): number {
  const lines = Math.max(
    1,
    ...cells.map((c, i) => Math.min(MAX_CELL_LINES, wrapText(markdownPlainText(c), fontPt, colW[i] * 72 - 2 * CELL_PAD_PT - 2).length)),
  );
  return (lines * lineHeightPt(fontPt) + 2 * CELL_PAD_PT + 2) / 72;
}

function clipCell(text: string, width: number, fontPt: number): string {
  const plain = markdownPlainText(text);
  const lines = wrapText(plain, fontPt, width * 72 - 2 * CELL_PAD_PT - 2);
  if (lines.length <= MAX_CELL_LINES) return plain;
  return lines.slice(0, MAX_CELL_LINES).join(' ').slice(0, -1) + '…';
}

/** Long tables continue on following slides with the header row repeated. */
export function layoutTable(p: Planned<'table'>, ctx: LayoutContext): DeckSlide[] {
  const frame = ctx.frames.table;
  const box = frame.area;
  const colW = columnWidths(p.header, p.rows, box.w);
  const heights = (size: number) => ({ head: rowHeightIn(p.header, colW, size), rows: p.rows.map((r) => rowHeightIn(r, colW, size)) });
  let size = frame.sizes.find((s) => {
    const h = heights(s);
    return h.head + h.rows.reduce((a, b) => a + b, 0) <= box.h;
  });
  const paginate = size === undefined;
  if (paginate) size = frame.paginatedPt;
  const fontPt = size as number;
  const h = heights(fontPt);
  const header = p.header.map((c, i) => clipCell(c, colW[i], fontPt));
  const rows = p.rows.map((r) => r.map((c, i) => clipCell(c, colW[i], fontPt)));
  const bodies: Array<DeckSlide['elements']> = [];
  let pageRows: string[][] = [];
  let pageH: number[] = [];
  let used = h.head;
  const flush = () => {
    const el: TableElement = {
      type: 'table',
      box: { ...box, h: h.head + pageH.reduce((a, b) => a + b, 0) },
      header,
      rows: pageRows,
      colW,
      rowH: [h.head, ...pageH],
      fontPt,
      slot: 'table',
    };
    bodies.push([el]);
    pageRows = [];
    pageH = [];
    used = h.head;
  };
  rows.forEach((r, i) => {
    if (used + h.rows[i] > box.h && pageRows.length) flush();
    pageRows.push(r);
    pageH.push(h.rows[i]);
    used += h.rows[i];
  });
  flush();
  return pages(p, 'table', bodies, ctx, 'table', frame.title);
}

export function layoutCode(p: Planned<'code'>, ctx: LayoutContext): DeckSlide[] {
  const F = ctx.frames;
  // Our themes draw a panel and put the code in a text box on it; in a template the code fills the
  // body placeholder (the writer gives it a faint tint), so it stays part of the layout.
  const area = F.decorate ? F.free.area : F.bullets.body.box;
  const inner: Box = F.decorate ? { x: area.x + 0.15, y: area.y + 0.1, w: area.w - 0.3, h: area.h - 0.2 } : area;
  const paras: Paragraph[] = p.code
    .replace(/\t/g, '    ')
    .split('\n')
    .map((l) => ({ runs: [{ text: l.length ? l : ' ' }], level: 0, bullet: 'none', spaceBeforePt: 0 }));
  const fit = fitParagraphs(paras, inner, F.code.sizes, true);
  return pages(
    p,
    'code',
    fit.pages.map((pg, i): DeckSlide['elements'] => {
      const text = { ...bodyEl(inner, pg, fit.fontPt, fit.lines[i]), mono: true, color: 'codeText' as const };
      const used = (fit.lines[i] * lineHeightPt(fit.fontPt) + 16) / 72 + 0.2;
      // In a template the placeholder itself is tinted: it is cut to the code's height.
      if (!F.decorate) return [{ ...text, box: { ...inner, h: Math.min(inner.h, Math.max(1, used)) }, slot: 'body' }];
      const bg: Box = { ...area, h: Math.min(area.h, Math.max(1, used)) };
      return [{ type: 'shape', box: bg, fill: 'codeBg', rounded: true }, text];
    }),
    ctx,
  );
}

/**
 * A ```mermaid block: the diagram in the content area under the title, as native shapes (on a built-in
 * theme through pptxgenjs, in a template deck through the template writer's own XML). Where it cannot be
 * drawn (it did not parse) the Mermaid is shown as code, and a warning says why.
 */
export function layoutDiagramSlide(p: Planned<'diagram'>, ctx: LayoutContext): DeckSlide[] {
  const laid = ctx.diagrams?.get(p.source);
  if (laid === null) {
    ctx.warn('slides.warn.diagramUnreadable', { title: markdownPlainText(p.title) });
    return layoutCode({ kind: 'code', title: p.title, code: p.source, lang: 'mermaid', notes: p.notes }, ctx);
  }
  const area = ctx.frames.free.area;
  return pages(p, 'diagram', [[{ type: 'diagram', box: area, source: p.source, ...(laid ? { layout: laid } : {}) }]], ctx, 'titleOnly', ctx.frames.free.title);
}

export function layoutQuote(p: Planned<'quote'>, ctx: LayoutContext): DeckSlide[] {
  const frame = ctx.frames.quote;
  const box = frame.box;
  const paras: Paragraph[] = [{ runs: [{ text: `“${markdownPlainText(p.text).replace(/^[“"]|[”"]$/g, '')}”` }], level: 0, bullet: 'none', spaceBeforePt: 0 }];
  const fit = fitParagraphs(paras, box, frame.sizes);
  return pages(
    p,
    'quote',
    fit.pages.map((pg, i): DeckSlide['elements'] => {
      const text = { ...bodyEl(box, pg, fit.fontPt, fit.lines[i]), italic: true, valign: 'middle' as const, color: 'title' as const };
      return frame.bar ? [{ type: 'shape', box: frame.bar, fill: 'accent' }, text] : [{ ...text, slot: 'body' }];
    }),
    ctx,
  );
}

export function layoutPicture(p: Planned<'picture'>, ctx: LayoutContext): DeckSlide[] {
  const frame = ctx.frames.picture;
  const img = ctx.images.get(p.src);
  const problem = ctx.imageProblems?.get(p.src);
  if (!img && problem) ctx.warn(problem.key, problem.params);
  else if (!img) ctx.warn('slides.warn.imageMissing', { src: p.src.startsWith('data:') ? 'data URL' : p.src });
  const withText = p.paras.length > 0 && frame.text !== null;
  const slotted = frame.inPlaceholder;
  // In a picture layout the caption goes into its text placeholder (when no text needs it).
  const captionInText = slotted && !withText && Boolean(p.alt) && frame.text !== null;
  const hasCaption = Boolean(p.alt) && !slotted;
  const base = withText || slotted ? frame.picture : frame.alone;
  const area: Box = { ...base, h: base.h - (hasCaption ? 0.5 : 0) };
  // Keep the picture's aspect ratio inside its area (contain), centred.
  let box = area;
  if (img) {
    const scale = Math.min(area.w / img.width, area.h / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    box = { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
  }
  const media: DeckSlide['elements'] = [{ type: 'image', box, data: img?.data ?? null, alt: p.alt || p.src, slot: slotted ? 'picture' : undefined }];
  if (hasCaption) {
    // Directly under the picture, not at the bottom of its area.
    const cb: Box = { x: area.x, y: box.y + box.h + 0.05, w: area.w, h: 0.45 };
    const c = fitLine(p.alt, cb, [14, 12], 1);
    media.push(textEl(cb, markdownPlainText(c.text), c.fontPt, c.lines, { color: 'muted', align: 'center' }));
  }
  if (captionInText && frame.text) {
    const c = fitLine(p.alt, frame.text.box, frame.text.sizes, 3);
    media.push(textEl(frame.text.box, markdownPlainText(c.text), c.fontPt, c.lines, { color: 'muted', slot: 'caption' }));
  }
  const kind = slotted ? 'picture' : withText ? 'bullets' : 'titleOnly';
  if (!withText || !frame.text) return pages(p, 'picture', [media], ctx, kind, frame.title);
  const text = frame.text;
  const fit = fitParagraphs(p.paras, text.box, text.sizes);
  const textSlot = slotted ? 'caption' : 'body';
  return pages(
    p,
    'picture',
    fit.pages.map((pg, i) => {
      const body = { ...bodyEl(text.box, pg, fit.fontPt, fit.lines[i]), slot: textSlot as 'caption' | 'body' };
      return i === 0 ? [body, ...media] : [body];
    }),
    ctx,
    kind,
    frame.title,
  );
}
