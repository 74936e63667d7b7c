import ExcelJS from 'exceljs';
import type { Cell, Table } from './table';
import { tableFromGrid } from './table';
import { formatISODate } from './parse-date';
import { damagedWorkbook, sheetNotFound } from './errors';
import { isFailure } from '../errors';
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

/**
 * An .xlsx opened by exceljs after the zip guard (declared sizes, entry count, honest inflation), so a zip
 * bomb is refused before it is inflated; a damaged file or another kind of file renamed .xlsx is one
 * sentence naming `name`, never the zip library's own words. Every reader of a user's workbook opens it here.
 */
export async function loadWorkbook(bytes: Uint8Array, name = 'The .xlsx file'): Promise<ExcelJS.Workbook> {
  try {
    await guardZip(bytes, name);
  } catch (e) {
    throw isFailure(e, 'files.error.zipDamaged') ? damagedWorkbook(name) : e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as never);
  } catch {
    // The zip library's own words ("Corrupted zip?", "End of data reached") name no file; this does.
    throw damagedWorkbook(name);
  }
  // A zip with no workbook inside (another kind of file renamed .xlsx) has no sheets at all.
  if (wb.worksheets.length === 0) throw damagedWorkbook(name);
  return wb;
}

/** `name` is how the file is named in a refusal (a damaged file, a zip bomb). */
export async function readXlsx(bytes: Uint8Array, sheetName?: string, name = 'The .xlsx file'): Promise<{ table: Table; sheet: string; sheets: string[] }> {
  const wb = await loadWorkbook(bytes, name);
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw sheetNotFound(sheetName ?? '', sheets);
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
// Plain decimal numbers as a person types them: no leading zeros (codes such as 00123 stay text),
// at most 15 significant digits (longer ids would lose digits as numbers).
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,10})?$/;
const MOBILE = /^1[3-9]\d{9}$/;

type ColumnKind = 'date' | 'datetime' | 'number' | null;

/** A column whose every filled cell is an ISO date (or a plain number) is written as real dates (numbers). */
function columnKind(rows: Cell[][], c: number): ColumnKind {
  let kind: ColumnKind = null;
  let seen = 0;
  let mobiles = 0;
  for (const row of rows) {
    const v = row[c];
    if (v === null || v === '') continue;
    if (typeof v !== 'string') {
      if (typeof v === 'number' && (kind === null || kind === 'number')) {
        kind = 'number';
        continue;
      }
      return null;
    }
    const t = v.trim();
    const d = ISO_DATE.exec(t);
    const k: ColumnKind = d ? (d[4] ? 'datetime' : 'date') : PLAIN_NUMBER.test(t) ? 'number' : null;
    if (k === null) return null;
    if (k === 'number' && MOBILE.test(t)) mobiles++;
    if (kind === null || kind === k) kind = k;
    else if ((kind === 'date' && k === 'datetime') || (kind === 'datetime' && k === 'date')) kind = 'datetime';
    else return null;
    seen++;
  }
  // Phone numbers are digits, not quantities.
  if (kind === 'number' && mobiles > 0 && mobiles >= seen / 2) return null;
  return kind;
}

function typedCell(v: Cell, kind: ColumnKind): Cell | Date {
  if (typeof v !== 'string' || kind === null) return v;
  const t = v.trim();
  if (kind === 'number') return Number(t);
  const d = ISO_DATE.exec(t);
  if (!d) return v;
  return new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], d[4] ? +d[4] : 0, d[5] ? +d[5] : 0, d[6] ? +d[6] : 0));
}

/**
 * Writes one or more tables as sheets of a new workbook (bold frozen header row). Cleaned dates
 * (YYYY-MM-DD) become Excel dates with a date format and plain number text becomes numbers, so the
 * result sorts, filters and sums in Excel; anything else stays text as it was.
 */
export async function writeXlsx(sheets: SheetOut[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DeepSeek+';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = s.widths ?? guessWidths(s.table);
    ws.columns = s.table.headers.map((h, i) => ({ header: h, key: `c${i}`, width: widths[i] }));
    ws.getRow(1).font = { bold: true };
    const kinds = s.table.headers.map((_h, c) => columnKind(s.table.rows, c));
    kinds.forEach((k, c) => {
      if (k === 'date' || k === 'datetime') ws.getColumn(c + 1).numFmt = k === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
    });
    ws.addRows(kinds.some((k) => k !== null) ? s.table.rows.map((row) => row.map((v, c) => typedCell(v, kinds[c]))) : s.table.rows);
    // The header row is text even in a date column.
    if (kinds.some((k) => k === 'date' || k === 'datetime')) ws.getRow(1).numFmt = '@';
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
