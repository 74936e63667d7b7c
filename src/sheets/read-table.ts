import type { Table } from './table';
import type { Message } from '../messages';
import { readCsv } from './read-csv';
import { emptyTable, unreadableTable } from './errors';

// Decimal megabytes, as the "the limit is N MB" sentence states it.
export const MAX_TABLE_BYTES = 100 * 1000 * 1000;

export interface LoadedTable {
  table: Table;
  /** The sheet read from a workbook, or the file's base name for CSV. */
  name: string;
  sheets?: string[];
  encoding?: string;
  /** What the reader had to guess about (a CSV mixing UTF-8 and GBK lines). */
  warnings?: Message[];
}

function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** Opens a CSV or .xlsx by its content (a .xlsx is a zip), whatever the extension says. */
export async function readTable(fileName: string, bytes: Uint8Array, sheet?: string): Promise<LoadedTable> {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Sheet1';
  let loaded: LoadedTable;
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) {
    // exceljs is large; the pane loads it only when a workbook is actually opened.
    const { readXlsx } = await import('./xlsx');
    const r = await readXlsx(bytes, sheet, fileName);
    loaded = { table: r.table, name: r.sheet, sheets: r.sheets };
  } else if (/\.(xls|et)$/i.test(fileName)) {
    throw unreadableTable(fileName, 'old .xls workbooks are not supported; save as .xlsx or CSV');
  } else {
    const r = await readCsv(bytes);
    loaded = { table: r.table, name: base, encoding: r.encoding, warnings: r.warnings };
  }
  if (loaded.table.headers.length === 0) throw emptyTable();
  return loaded;
}
