import { plainText } from '../outline/inline-text';
import { fitLine, fitParagraphs } from './fit-text';
import { BODY_BOX, BODY_SIZES, CODE_SIZES, COL_GAP, MARGIN_X, TABLE_SIZES } from './geometry';
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
  const want = header.map((h, c) => Math.max(textWidthEm(plainText(h)), ...rows.map((r) => Math.min(textWidthEm(plainText(r[c] ?? '')), 30)), 3));
  const sum = want.reduce((a, b) => a + b, 0);
  const floor = Math.min(1.0, total / header.length);
  const raw = want.map((w) => Math.max(floor, (w / sum) * total));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w * scale);
}

function rowHeightIn(cells: string[], colW: number[], fontPt: number): number {
  const lines = Math.max(1, ...cells.map((c, i) => Math.min(MAX_CELL_LINES, wrapText(plainText(c), fontPt, colW[i] * 72 - 2 * CELL_PAD_PT - 2).length)));
  return (lines * lineHeightPt(fontPt) + 2 * CELL_PAD_PT + 2) / 72;
}

function clipCell(text: string, width: number, fontPt: number): string {
  const plain = plainText(text);
  const lines = wrapText(plain, fontPt, width * 72 - 2 * CELL_PAD_PT - 2);
  if (lines.length <= MAX_CELL_LINES) return plain;
  return lines.slice(0, MAX_CELL_LINES).join(' ').slice(0, -1) + '…';
}

/** Long tables continue on following slides with the header row repeated. */
export function layoutTable(p: Planned<'table'>, ctx: LayoutContext): DeckSlide[] {
  const box = BODY_BOX;
  const colW = columnWidths(p.header, p.rows, box.w);
  const heights = (size: number) => ({ head: rowHeightIn(p.header, colW, size), rows: p.rows.map((r) => rowHeightIn(r, colW, size)) });
  let size = TABLE_SIZES.find((s) => {
    const h = heights(s);
    return h.head + h.rows.reduce((a, b) => a + b, 0) <= box.h;
  });
  const paginate = size === undefined;
  if (paginate) size = 14;
  const fontPt = size as number;
  const h = heights(fontPt);
  const header = p.header.map((c, i) => clipCell(c, colW[i], fontPt));
  const rows = p.rows.map((r) => r.map((c, i) => clipCell(c, colW[i], fontPt)));
  const bodies: Array<DeckSlide['elements']> = [];
  let pageRows: string[][] = [];
  let pageH: number[] = [];
  let used = h.head;
  const flush = () => {
    const el: TableElement = { type: 'table', box: { ...box, h: h.head + pageH.reduce((a, b) => a + b, 0) }, header, rows: pageRows, colW, rowH: [h.head, ...pageH], fontPt };
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
  return pages(p, 'table', bodies, ctx);
}

export function layoutCode(p: Planned<'code'>, ctx: LayoutContext): DeckSlide[] {
  const inner: Box = { x: BODY_BOX.x + 0.15, y: BODY_BOX.y + 0.1, w: BODY_BOX.w - 0.3, h: BODY_BOX.h - 0.2 };
  const paras: Paragraph[] = p.code.replace(/\t/g, '    ').split('\n').map((l) => ({ runs: [{ text: l.length ? l : ' ' }], level: 0, bullet: 'none', spaceBeforePt: 0 }));
  const fit = fitParagraphs(paras, inner, CODE_SIZES, true);
  return pages(
    p,
    'code',
    fit.pages.map((pg, i) => {
      const used = (fit.lines[i] * lineHeightPt(fit.fontPt) + 16) / 72 + 0.2;
      const bg: Box = { ...BODY_BOX, h: Math.min(BODY_BOX.h, Math.max(1, used)) };
      return [{ type: 'shape', box: bg, fill: 'codeBg', rounded: true }, { ...bodyEl(inner, pg, fit.fontPt, fit.lines[i]), mono: true, color: 'codeText' }];
    }),
    ctx,
  );
}

export function layoutQuote(p: Planned<'quote'>, ctx: LayoutContext): DeckSlide[] {
  const box: Box = { x: 1.4, y: 1.9, w: 10.5, h: 4.2 };
  const paras: Paragraph[] = [{ runs: [{ text: `“${plainText(p.text).replace(/^[“"]|[”"]$/g, '')}”` }], level: 0, bullet: 'none', spaceBeforePt: 0 }];
  const fit = fitParagraphs(paras, box, [32, 28, 26, 24, 22, 20]);
  return pages(
    p,
    'quote',
    fit.pages.map((pg, i) => [
      { type: 'shape', box: { x: 1.0, y: 1.9, w: 0.12, h: 4.2 }, fill: 'accent' },
      { ...bodyEl(box, pg, fit.fontPt, fit.lines[i]), italic: true, valign: 'middle', color: 'title' },
    ]),
    ctx,
  );
}

export function layoutPicture(p: Planned<'picture'>, ctx: LayoutContext): DeckSlide[] {
  const img = ctx.images.get(p.src);
  const problem = ctx.imageProblems?.get(p.src);
  if (!img && problem) ctx.warn(problem.key, problem.params);
  else if (!img) ctx.warn('slides.warn.imageMissing', { src: p.src.startsWith('data:') ? 'data URL' : p.src });
  const withText = p.paras.length > 0;
  const textBox: Box = { x: MARGIN_X, y: BODY_BOX.y, w: 5.4, h: BODY_BOX.h };
  const hasCaption = Boolean(p.alt);
  const area: Box = withText
    ? { x: MARGIN_X + 5.4 + COL_GAP, y: BODY_BOX.y, w: BODY_BOX.w - 5.4 - COL_GAP, h: BODY_BOX.h - (hasCaption ? 0.5 : 0) }
    : { ...BODY_BOX, h: BODY_BOX.h - (hasCaption ? 0.5 : 0) };
  // Keep the picture's aspect ratio inside its area (contain), centred.
  let frame = area;
  if (img) {
    const scale = Math.min(area.w / img.width, area.h / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    frame = { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
  }
  const media: DeckSlide['elements'] = [{ type: 'image', box: frame, data: img?.data ?? null, alt: p.alt || p.src }];
  if (hasCaption) {
    // Directly under the picture, not at the bottom of its area.
    const cb: Box = { x: area.x, y: frame.y + frame.h + 0.05, w: area.w, h: 0.45 };
    const c = fitLine(p.alt, cb, [14, 12], 1);
    media.push(textEl(cb, plainText(c.text), c.fontPt, c.lines, { color: 'muted', align: 'center' }));
  }
  if (!withText) return pages(p, 'picture', [media], ctx);
  const fit = fitParagraphs(p.paras, textBox, BODY_SIZES.slice(1));
  return pages(
    p,
    'picture',
    fit.pages.map((pg, i) => (i === 0 ? [bodyEl(textBox, pg, fit.fontPt, fit.lines[i]), ...media] : [bodyEl(textBox, pg, fit.fontPt, fit.lines[i])])),
    ctx,
  );
}

