import Papa from 'papaparse';
import { pastedTextNotTable } from './errors';
import { tableFromGrid, type Cell, type Table } from './table';

// A table pasted into the pane: cells copied from Excel, WPS or a web page arrive as TSV (quoted cells may
// hold line breaks); a CSV file's text and a Markdown table are read too. Cells stay text, as in a CSV.
// Text that is not a table (a paragraph, a list) is refused with a sentence, so nothing half-read is cleaned.

export type PasteFormat = 'html' | 'tsv' | 'csv' | 'markdown';

export interface PastedTable {
  table: Table;
  format: PasteFormat;
}

const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Splits a Markdown table row at its pipes (`\|` is a pipe inside a cell). */
function markdownCells(line: string): string[] {
  const body = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return body.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function markdownGrid(lines: string[]): string[][] | null {
  const rule = lines.findIndex((l) => MD_RULE.test(l));
  if (rule !== 1 || !lines[0].includes('|')) return null;
  return [lines[0], ...lines.slice(2)].filter((l) => l.trim() !== '').map(markdownCells);
}

function delimitedGrid(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' }).data;
}

/** Whether a grid reads as a table: a header of two or more columns, data rows, rows as wide as the header. */
function isTable(grid: string[][]): boolean {
  if (grid.length < 2) return false;
  const width = grid[0].length;
  if (width < 2 || grid[0].every((h) => h.trim() === '')) return false;
  const rows = grid.slice(1);
  if (rows.some((r) => r.length > width)) return false;
  return rows.filter((r) => r.length === width).length >= Math.ceil(rows.length * 0.8);
}

/**
 * Pasted text → a table, or `pastedTextNotTable` with a sentence saying what to copy instead. `html` is
 * the grid read from the clipboard's HTML form (src/sheets/html-table.ts), when the paste had one: it is
 * taken when it reads as a table, and the text is read otherwise.
 */
export function parsePastedTable(text: string, html?: string[][] | null): PastedTable {
  if (html && isTable(html)) return { table: tableFromGrid(html.map((r) => r.map((c): Cell => c))), format: 'html' };
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = clean.split('\n').filter((l, i, all) => l.trim() !== '' || (i > 0 && i < all.length - 1));
  if (lines.filter((l) => l.trim() !== '').length === 0) throw pastedTextNotTable('empty');
  const attempts: [PasteFormat, () => string[][] | null][] = [
    ['markdown', () => markdownGrid(lines.filter((l) => l.trim() !== ''))],
    ['tsv', () => (clean.includes('\t') ? delimitedGrid(clean, '\t') : null)],
    ['csv', () => delimitedGrid(clean, ',')],
    ['csv', () => delimitedGrid(clean, ';')],
  ];
  for (const [format, read] of attempts) {
    const grid = read();
    if (grid && isTable(grid)) return { table: tableFromGrid(grid.map((r) => r.map((c): Cell => c))), format };
  }
  throw pastedTextNotTable(lines.length < 2 ? 'oneLine' : 'noColumns');
}
