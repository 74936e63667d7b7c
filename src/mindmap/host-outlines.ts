import { escapeLine } from './to-markdown';

type CellValue = string | number | boolean | null | undefined;

const MAX_VALUES = 8;

/**
 * A sheet as a map of its headings: the sheet is the centre, each column heading a branch, and under it
 * what the column holds: its most frequent values (with counts) when it is categorical, its range when
 * it is numeric. Works on plain values so it is testable without Excel.
 */
export function sheetToMarkdown(sheetName: string, values: CellValue[][]): string {
  const rows = values.filter((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== ''));
  if (rows.length === 0) return '';
  const header = rows[0].map((v, i) => (v === null || v === undefined || String(v).trim() === '' ? `#${i + 1}` : String(v).trim()));
  const body = rows.slice(1);
  const out = [`# ${escapeLine(sheetName)}`, ''];
  header.forEach((h, c) => {
    out.push(`## ${escapeLine(h)}`);
    const cells = body.map((r) => r[c]).filter((v) => v !== null && v !== undefined && String(v).trim() !== '');
    if (cells.length === 0) return out.push('');
    const nums = cells.filter((v): v is number => typeof v === 'number');
    if (nums.length === cells.length) {
      let min = Infinity;
      let max = -Infinity;
      for (const n of nums) {
        if (n < min) min = n;
        if (n > max) max = n;
      }
      out.push(`- ${fmt(min)} – ${fmt(max)} (${nums.length})`, '');
      return;
    }
    const counts = new Map<string, number>();
    for (const v of cells) {
      const k = String(v).replace(/\s+/g, ' ').trim();
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES);
    for (const [v, n] of top) out.push(`- ${escapeLine(v.length > 60 ? `${v.slice(0, 59)}…` : v)}${n > 1 ? ` (${n})` : ''}`);
    if (counts.size > MAX_VALUES) out.push(`- … (+${counts.size - MAX_VALUES})`);
    out.push('');
  });
  return out.join('\n');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export interface SlideText {
  title: string;
  /** Other text on the slide, one entry per paragraph; leading tabs or spaces give the bullet level. */
  paragraphs: string[];
}

/** The open deck as a map: the deck's title (or the first slide's) at the centre, one branch per slide. */
export function slidesToMarkdown(deckTitle: string, slides: SlideText[]): string {
  const used = slides.filter((s) => s.title.trim() || s.paragraphs.some((p) => p.trim()));
  if (used.length === 0) return '';
  const out = [`# ${escapeLine(deckTitle)}`, ''];
  used.forEach((s, i) => {
    out.push(`## ${escapeLine(s.title.trim() || `${i + 1}`)}`);
    for (const p of s.paragraphs) {
      const level = Math.min(/^[\t ]*/.exec(p)?.[0].replace(/ {2}/g, '\t').length ?? 0, 4);
      const text = p.trim();
      if (text) out.push(`${'  '.repeat(level)}- ${escapeLine(text)}`);
    }
    out.push('');
  });
  return out.join('\n');
}
