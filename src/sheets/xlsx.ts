import ExcelJS from 'exceljs';
import type { Cell, Table } from './table';
import { tableFromGrid } from './table';
import { formatISODate } from './parse-date';
import { DamagedWorkbookError, SheetNotFoundError } from './errors';
import { ZipDamagedError } from '../files/errors';
import { guardZip } from '../files/zip-guard';

export interface SheetOut {
  name: string;
  table: Table;
  /** Column widths in characters, guessed from content when absent. */
  widths?: number[];
}

function dateText(d: Date): string {
  const iso = formatISODate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  const hasTime = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds();
  return hasTime ? `${iso}T${d.toISOString().slice(11, 19)}` : iso;
}

/** exceljs cell values (rich text, formulas, hyperlinks, dates, errors) → the engine's plain cells. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('result' in v) return plainCell((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return null;
  }
  return String(v);
}

/** `name` is how the file is named in a refusal (a damaged file, a zip bomb). */
export async function readXlsx(bytes: Uint8Array, sheetName?: string, name = 'The .xlsx file'): Promise<{ table: Table; sheet: string; sheets: string[] }> {
  try {
    await guardZip(bytes, name);
  } catch (e) {
    throw e instanceof ZipDamagedError ? new DamagedWorkbookError(name) : e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as never);
  } catch {
    // The zip library's own words ("Corrupted zip?", "End of data reached") name no file; this does.
    throw new DamagedWorkbookError(name);
  }
  // A zip with no workbook inside (another kind of file renamed .xlsx) has no sheets at all.
  if (wb.worksheets.length === 0) throw new DamagedWorkbookError(name);
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw new SheetNotFoundError(sheetName ?? '', sheets);
  const grid: Cell[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const out: Cell[] = new Array<Cell>(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      out[col - 1] = plainCell(cell.value);
    });
    grid[rowNumber - 1] = out;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = new Array<Cell>(width).fill(null);
  // Skip leading blank rows so a title-less sheet starting at row 3 still has its headers.
  while (grid.length && grid[0].every((v) => v === null || v === '')) grid.shift();
  const table = tableFromGrid(grid);
  table.rows = table.rows.filter((r) => r.some((v) => v !== null && v !== ''));
  return { table, sheet: ws.name, sheets };
}

function guessWidths(t: Table): number[] {
  return t.headers.map((h, c) => {
    let w = displayWidth(h);
    for (let r = 0; r < Math.min(t.rows.length, 200); r++) w = Math.max(w, displayWidth(String(t.rows[r][c] ?? '')));
    return Math.min(60, Math.max(8, w + 2));
  });
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Writes one or more tables as sheets of a new workbook (bold frozen header row). */
export async function writeXlsx(sheets: SheetOut[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DeepSeek+';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = s.widths ?? guessWidths(s.table);
    ws.columns = s.table.headers.map((h, i) => ({ header: h, key: `c${i}`, width: widths[i] }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(s.table.rows);
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
