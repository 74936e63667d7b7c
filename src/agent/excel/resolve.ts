import { AppError } from '../../errors';
import { clipRect, columnIndex, parseAddress, qualified, type CellRect } from '../../sheets/a1';
import { cellText } from '../../sheets/table';
import type { Scalar, WorkbookBackend } from './backend';

/** Cells one read may cover; the Office adapter reads them in blocks. */
export const MAX_READ_CELLS = 2_000_000;

/** State the workbook tools share within a run: sheets proposed in this turn but not created yet. */
export interface WorkbookState {
  pendingSheets: Set<string>;
}

export interface Resolved {
  sheet: string;
  rect: CellRect;
  address: string;
  /** The sheet does not exist yet: a proposal in this run will create it. */
  pending: boolean;
}

/**
 * The tools' `sheet` + `range` → a rectangle on an existing (or about-to-be-created) sheet. A sheet named
 * inside the range ("Sheet2!A1") wins; whole columns and rows are clipped to the used range.
 */
export async function resolveRange(b: WorkbookBackend, st: WorkbookState, sheetArg: string, range: string, opts: { clip?: boolean } = {}): Promise<Resolved> {
  const p = parseAddress(range);
  const sheet = p.sheet ?? sheetArg;
  const pending = st.pendingSheets.has(sheet.toLowerCase());
  let used = null;
  if (!pending) used = await b.usedRect(sheet);
  let rect = p.rect;
  if ((p.wholeColumns || p.wholeRows) && opts.clip !== false) {
    if (!used) throw new AppError('agent.error.emptySheet', { sheet });
    rect = clipRect(rect, used);
  }
  if (rect.rows * rect.cols > MAX_READ_CELLS)
    throw new AppError('agent.error.rangeTooLarge', { range: qualified(sheet, rect), cells: rect.rows * rect.cols, limit: MAX_READ_CELLS });
  return { sheet, rect, address: qualified(sheet, rect), pending };
}

/** The sheet's used range as the default range of a tool. */
export async function usedRange(b: WorkbookBackend, sheet: string): Promise<Resolved> {
  const used = await b.usedRect(sheet);
  if (!used) throw new AppError('agent.error.emptySheet', { sheet });
  return { sheet, rect: used, address: qualified(sheet, used), pending: false };
}

/** A column named by its header text or by its letter ("金额", "C"), as a 0-based index into the range. */
export function columnOf(headers: readonly Scalar[], name: string, rect: CellRect): number {
  const byHeader = headers.findIndex((h) => cellText(h as never).trim() === name.trim());
  if (byHeader >= 0) return byHeader;
  const letter = columnIndex(name.trim());
  if (letter >= rect.col && letter < rect.col + rect.cols) return letter - rect.col;
  throw new AppError('agent.error.noColumn', { column: name, headers: headers.map((h) => cellText(h as never)).join(', ') });
}

/** How a cell reads in a diff: its formula if it has one, else its value. */
export function shown(value: Scalar, formula?: string | null): string {
  if (formula) return formula;
  return value === null ? '' : String(value);
}

const CLIP = 100;

export function clipText(v: Scalar): Scalar {
  return typeof v === 'string' && v.length > CLIP ? `${v.slice(0, CLIP)}…` : v;
}
