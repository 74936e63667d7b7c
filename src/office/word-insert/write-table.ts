// A Markdown table as a Word table: a bordered grid, a header row that is bold, shaded and repeats on
// each page, cells with their own formatting, and column widths in proportion to their text.

import type { WordItem, WordRun } from '../../writing/word-layout';
import type { Cursor } from './anchor';
import { appendRuns, isPlain, toWordText } from './write-runs';

type TableItem = Extract<WordItem, { kind: 'table' }>;

/** The header fill of the .docx writer, so both look alike. */
export const HEADER_FILL = '#E7EEF8';

export interface PlacedTable {
  table: Word.Table;
  /** The empty paragraph after the table (Word needs one between a table and what follows). */
  after: Word.Paragraph;
  shares: number[];
}

/**
 * Queues the table after `cursor`, with the paragraph that follows it, and a read of its width (a new
 * table spans the text column, so its width after the next sync is what the shares divide).
 */
export function insertTableAfter(cursor: Cursor, item: TableItem): PlacedTable {
  const after = cursor.insertParagraph('', 'After');
  after.styleBuiltIn = 'Normal';
  const grid = [item.header, ...item.rows];
  const values = grid.map((row) => row.map((cell) => (isPlain(cell) ? toWordText(cellText(cell)) : '')));
  const table = after.insertTable(grid.length, item.header.length, 'Before', values);
  table.styleBuiltIn = 'TableGrid';
  grid.forEach((row, r) => row.forEach((cell, c) => !isPlain(cell) && appendRuns(table.getCell(r, c).body, cell)));
  table.headerRowCount = 1;
  const head = table.rows.getFirst();
  head.font.bold = true;
  head.shadingColor = HEADER_FILL;
  table.load('width');
  return { table, after, shares: item.shares };
}

const cellText = (cell: readonly WordRun[]) => cell.map((r) => r.text).join('');

/** After the sync that inserted the table: each column gets its share of the table's width. */
export function fitColumns(placed: PlacedTable): void {
  const width = placed.table.width;
  if (!(width > 0)) return;
  placed.shares.forEach((share, c) => {
    placed.table.getCell(0, c).columnWidth = Math.round(width * share * 10) / 10;
  });
}
