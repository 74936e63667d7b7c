import { markdownPlainText } from '../markdown/inline-text';
import { lineHeightPt, wrapText } from './measure';
import type { Box, Paragraph } from './types';

export const INSET_PT = 6;
/** Points kept free at the bottom of every box: estimates are estimates. */
const SAFETY_PT = 4;

/** 2 % of the width kept free: renderers move CJK punctuation and hyphenate a little differently. */
export function innerWidthPt(box: Box): number {
  return (box.w * 72 - 2 * INSET_PT) * 0.98;
}

export function innerHeightPt(box: Box): number {
  return box.h * 72 - 2 * INSET_PT - SAFETY_PT;
}

export function bulletIndentPt(fontPt: number): number {
  return Math.max(16, Math.round(fontPt * 0.9));
}

export function paragraphWidthPt(p: Paragraph, box: Box, fontPt: number): number {
  const indent = p.bullet === 'none' ? bulletIndentPt(fontPt) * p.level : bulletIndentPt(fontPt) * (p.level + 1);
  return innerWidthPt(box) - indent;
}

/** Measured as bold when any run is bold: errs towards wrapping. */
export function isBold(p: Paragraph): boolean {
  return p.runs.some((r) => r.bold);
}

export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Lines and height of a paragraph list at a font size; `spaceBeforePt` is scaled with the font. */
export function measureParagraphs(paras: Paragraph[], box: Box, fontPt: number, mono = false): { lines: number; heightPt: number } {
  let lines = 0;
  let height = 0;
  paras.forEach((p, i) => {
    const n = wrapText(paragraphText(p), fontPt, paragraphWidthPt(p, box, fontPt), mono, isBold(p)).length;
    lines += n;
    height += n * lineHeightPt(fontPt) + (i > 0 ? spaceBefore(p, fontPt) : 0);
  });
  return { lines, heightPt: height };
}

export function spaceBefore(p: Paragraph, fontPt: number): number {
  return Math.round((p.spaceBeforePt * fontPt) / 24);
}

export interface FitResult {
  fontPt: number;
  pages: Paragraph[][];
  lines: number[];
}

/**
 * Largest size in `sizes` (descending) at which every paragraph fits the box; otherwise the smallest size
 * and the paragraphs split over as many boxes as needed (long paragraphs split at a line boundary).
 */
export function fitParagraphs(paras: Paragraph[], box: Box, sizes: number[], mono = false): FitResult {
  const avail = innerHeightPt(box);
  for (const size of sizes) {
    const m = measureParagraphs(paras, box, size, mono);
    if (m.heightPt <= avail) return { fontPt: size, pages: [paras], lines: [m.lines] };
  }
  const size = sizes[sizes.length - 1];
  const lh = lineHeightPt(size);
  const pages: Paragraph[][] = [];
  const lines: number[] = [];
  let page: Paragraph[] = [];
  let used = 0;
  let pageLines = 0;
  const push = () => {
    if (page.length) {
      pages.push(page);
      lines.push(pageLines);
    }
    page = [];
    used = 0;
    pageLines = 0;
  };
  for (const p of paras) {
    const wrapped = wrapText(paragraphText(p), size, paragraphWidthPt(p, box, size), mono, isBold(p));
    let rest = wrapped;
    let first = true;
    while (rest.length) {
      const gap = page.length ? spaceBefore(p, size) : 0;
      const room = Math.floor((avail - used - gap) / lh);
      if (room <= 0 || (room < rest.length && room < 2 && page.length)) {
        push();
        continue;
      }
      const take = rest.slice(0, room);
      rest = rest.slice(room);
      const piece: Paragraph =
        take.length === wrapped.length ? p : { ...p, bullet: first ? p.bullet : 'none', level: p.level, runs: [{ text: joinWrapped(take) }] };
      if (!first && piece.bullet === 'none' && p.bullet !== 'none') piece.level = p.level + 1;
      page.push(piece);
      used += gap + take.length * lh;
      pageLines += take.length;
      first = false;
      if (rest.length) push();
    }
  }
  push();
  return { fontPt: size, pages, lines };
}

function joinWrapped(lines: string[]): string {
  return lines.reduce((a, b) => (!a ? b : /[A-Za-z0-9,.;:!?)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b), '');
}

/** A single-block text (title, subtitle) fitted by shrinking, then cut with an ellipsis as a last resort. */
export function fitLine(
  text: string,
  box: Box,
  sizes: number[],
  maxLines: number,
  bold = false,
): { text: string; fontPt: number; lines: number; truncated: boolean } {
  const width = innerWidthPt(box);
  const avail = innerHeightPt(box);
  const plain = markdownPlainText(text);
  for (const size of sizes) {
    const n = wrapText(plain, size, width, false, bold).length;
    if (n <= maxLines && n * lineHeightPt(size) <= avail) return { text, fontPt: size, lines: n, truncated: false };
  }
  const size = sizes[sizes.length - 1];
  const lines = Math.max(1, Math.min(maxLines, Math.floor(avail / lineHeightPt(size))));
  let cut = [...plain];
  while (cut.length > 1 && wrapText(cut.join('') + '…', size, width, false, bold).length > lines)
    cut = cut.slice(0, Math.max(1, cut.length - Math.max(1, Math.floor(cut.length / 20))));
  return { text: cut.join('').trimEnd() + '…', fontPt: size, lines, truncated: true };
}
