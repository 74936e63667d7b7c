import { isCjk, type PdfLine } from './lines';

// Lines → Markdown. Font names inside PDFs are internal ("g_d0_f1"), so headings are guessed from size:
// the size that carries most of the text is the body; clearly larger short lines are headings, ranked by
// size into #, ## and ###. Paragraphs end at a wider gap, an indented first line or a short last line.

const round = (n: number) => Math.round(n * 2) / 2;

function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(round(l.size), (weight.get(round(l.size)) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) if (n > most) [best, most] = [size, n];
  return best;
}

/** Page furniture: a bare page number, "- 3 -", "第 3 页", "Page 3 of 9". */
function isPageNumber(text: string): boolean {
  return /^(-\s*)?\d{1,4}(\s*-)?$/.test(text) || /^第\s*\d+\s*页(\s*[,，/／]?\s*共\s*\d+\s*页)?$/.test(text) || /^page\s+\d+(\s+of\s+\d+)?$/i.test(text);
}

const BULLET = /^[•●▪■◆◦·‣○-]\s*/;

function joinLines(a: string, b: string): string {
  if (!a) return b;
  // A Latin word broken over the line end with a hyphen.
  if (/[a-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return isCjk(a.at(-1)) || isCjk(b[0]) ? a + b : `${a} ${b}`;
}

export function linesToMarkdown(lines: readonly PdfLine[]): string {
  const content = lines.filter((l) => !isPageNumber(l.text));
  if (content.length === 0) return '';
  const body = bodySize(content);
  const isHeading = (l: PdfLine) => round(l.size) >= body * 1.15 && l.text.length <= 100;
  const headingSizes = [...new Set(content.filter(isHeading).map((l) => round(l.size)))].sort((a, b) => b - a);
  const level = (l: PdfLine) => Math.min(3, headingSizes.indexOf(round(l.size)) + 1);
  // The right edge of full lines, per page: a body line ending well before it ends its paragraph.
  const rightEdge = new Map<number, number>();
  for (const l of content) if (!isHeading(l)) rightEdge.set(l.page, Math.max(rightEdge.get(l.page) ?? 0, l.right));
  const leftEdge = new Map<number, number>();
  for (const l of content) if (!isHeading(l)) leftEdge.set(l.page, Math.min(leftEdge.get(l.page) ?? Infinity, l.x));

  const blocks: string[] = [];
  let para = '';
  let heading: { level: number; text: string; last: PdfLine } | null = null;
  let prev: PdfLine | null = null;
  const flushPara = () => {
    if (para) blocks.push(para);
    para = '';
  };
  const flushHeading = () => {
    if (heading) blocks.push(`${'#'.repeat(heading.level)} ${heading.text}`);
    heading = null;
  };
  for (const l of content) {
    if (isHeading(l)) {
      flushPara();
      // A heading that wraps: the next line at the same size right below it continues it.
      const h = heading as { level: number; text: string; last: PdfLine } | null;
      if (h && h.last.page === l.page && round(h.last.size) === round(l.size) && h.last.y - l.y < l.size * 1.6) {
        h.text = joinLines(h.text, l.text);
        h.last = l;
      } else {
        flushHeading();
        heading = { level: level(l), text: l.text, last: l };
      }
      prev = l;
      continue;
    }
    flushHeading();
    const bullet = BULLET.exec(l.text);
    const newPage = prev !== null && prev.page !== l.page;
    const gap = prev && !newPage ? prev.y - l.y : 0;
    const prevShort = prev !== null && !isHeading(prev) && prev.right < (rightEdge.get(prev.page) ?? 0) - Math.max(prev.size * 4, 24);
    const indented = l.x > (leftEdge.get(l.page) ?? l.x) + l.size * 0.8;
    const breaks = !para || bullet !== null || gap > l.size * 1.75 || prevShort || indented || (newPage && prevShort);
    if (breaks) {
      flushPara();
      para = bullet ? `- ${l.text.slice(bullet[0].length)}` : l.text;
    } else para = joinLines(para, l.text);
    prev = l;
  }
  flushPara();
  flushHeading();
  return blocks.join('\n\n');
}
