// A1 addresses ("B2", "A1:C10", "'My sheet'!D:D") ⇄ 0-based rectangles. Shared by the agent's workbook
// tools, the Office.js adapter and the file backend, so every host reads an address the same way.
import { badAddress } from './errors';

/** A rectangle of cells, 0-based; `rows`/`cols` ≥ 1. Whole columns or rows are clipped by the caller. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  /** The sheet named in the address (quotes removed), when there is one. */
  sheet?: string;
  rect: CellRect;
  /** "A:C" or "2:5": the rectangle runs to the end of the sheet in that direction. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 0, AA → 26; -1 for anything that is not a column name. */
export function columnIndex(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) return -1;
  const n = [...name.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return n < MAX_COLS ? n : -1;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "A1:C3" for a rectangle ("A1" for one cell). */
export function rectToA1(r: CellRect): string {
  const a = cellName(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${cellName(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it has anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, r: CellRect): string {
  return `${quoteSheet(sheet)}!${rectToA1(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { ref: s };
  let sheet = s.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: s.slice(bang + 1).trim() };
}

/** Parses an A1 address; throws `badAddress` with the address for anything else. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, ref } = splitSheet(address);
  const [a, b = a, extra] = ref.split(':');
  if (extra !== undefined || !a) throw badAddress(address);
  const withSheet = (p: Omit<ParsedAddress, 'sheet'>): ParsedAddress => (sheet ? { sheet, ...p } : p);
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    if (r1 < 0 || r2 < 0 || c1 < 0 || c2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) throw badAddress(address);
    return withSheet({
      rect: { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 },
      wholeColumns: false,
      wholeRows: false,
    });
  }
  const xa = COL.exec(a);
  const xb = COL.exec(b);
  if (xa && xb) {
    const c1 = columnIndex(xa[1]);
    const c2 = columnIndex(xb[1]);
    if (c1 < 0 || c2 < 0) throw badAddress(address);
    return withSheet({ rect: { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 }, wholeColumns: true, wholeRows: false });
  }
  const ya = ROW.exec(a);
  const yb = ROW.exec(b);
  if (ya && yb) {
    const r1 = Number(ya[1]) - 1;
    const r2 = Number(yb[1]) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) throw badAddress(address);
    return withSheet({ rect: { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS }, wholeColumns: false, wholeRows: true });
  }
  throw badAddress(address);
}

/** Clips a rectangle to `used` (whole columns/rows become as long as the sheet's used range). */
export function clipRect(r: CellRect, used: CellRect): CellRect {
  const row = r.row;
  const col = r.col;
  const lastRow = Math.min(r.row + r.rows, used.row + used.rows) - 1;
  const lastCol = Math.min(r.col + r.cols, used.col + used.cols) - 1;
  return { row, col, rows: Math.max(1, lastRow - row + 1), cols: Math.max(1, lastCol - col + 1) };
}

export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** Every A1 reference in a text ("fix D2:D20 on Sheet1", a formula), with its sheet when qualified. */
export function addressesIn(text: string): { sheet?: string; rect: CellRect }[] {
  const out: { sheet?: string; rect: CellRect }[] = [];
  const re =
    /(?:('(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(])/g;
  for (const m of text.matchAll(re)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (/[A-Za-z0-9_]/.test(before)) continue;
    try {
      const p = parseAddress(m[1] ? `${m[1]}!${m[2]}` : m[2]);
      out.push(p.sheet ? { sheet: p.sheet, rect: p.rect } : { rect: p.rect });
    } catch {
      // Words like "Q1:Q4" that are not addresses are simply not references.
    }
  }
  return out;
}
