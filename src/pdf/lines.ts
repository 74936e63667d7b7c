// pdf.js gives text as runs with positions; these are put back into lines. CJK text arrives in short runs
// (a heading may start with "第" alone), so runs on one baseline are joined before anything is classified,
// without a space between CJK characters and with one where Latin words sit apart.

export interface TextRun {
  str: string;
  /** Baseline origin, PDF units (y up). */
  x: number;
  y: number;
  /** Font size: the length of the text matrix's vertical vector. */
  size: number;
  width: number;
}

export interface PdfLine {
  text: string;
  size: number;
  x: number;
  y: number;
  /** Where the line ends on the right. */
  right: number;
  page: number;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Whether two pieces of text meet without a space (CJK on either side) or need one (Latin words). */
export function joinText(a: string, b: string, gap: number, size: number): string {
  if (!a) return b;
  if (!b) return a;
  if (/\s$/.test(a) || /^\s/.test(b)) return a + b;
  const cjkEdge = isCjk(a.at(-1)) || isCjk(b[0]);
  // Within CJK a gap is only a space when it is wide (a tab stop, or a deliberate blank between fields).
  const needsSpace = cjkEdge ? gap > size * 0.9 : gap > size * 0.12;
  return needsSpace ? `${a} ${b}` : a + b;
}

/** Runs of one page → lines, top to bottom; runs on one baseline (within a third of the size) join, left to right. */
export function groupLines(runs: readonly TextRun[], page: number): PdfLine[] {
  const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: TextRun[]; y: number; size: number }[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) * 0.3);
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.str.trim() ? r.size : 0);
    } else lines.push({ runs: [r], y: r.y, size: r.str.trim() ? r.size : 0 });
  }
  return lines
    .map((l) => {
      const rs = l.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let right = rs[0]?.x ?? 0;
      for (const r of rs) {
        text = joinText(text, r.str, r.x - right, r.size);
        right = Math.max(right, r.x + r.width);
      }
      return { text: text.replace(/\s+/g, ' ').trim(), size: l.size || (rs[0]?.size ?? 0), x: rs[0]?.x ?? 0, y: l.y, right, page };
    })
    .filter((l) => l.text.length > 0)
    .sort((a, b) => b.y - a.y);
}
