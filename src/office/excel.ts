// The only place the sheets feature touches Office.js. Small async functions, each one Excel.run,
// taking and returning plain data (Table, sheet names); the engine never sees an Excel.Range.
// Reads and writes go in blocks of rows so a large sheet stays under Office's payload limits, with
// progress and cancel between blocks. Results always go to a NEW sheet; the source is never written.
import type { Cell, Table } from '../sheets/table';
import { tableFromGrid } from '../sheets/table';
import { uniqueSheetName } from '../sheets/sheet-name';
import { formatISODate } from '../sheets/parse-date';
import { AppError, isAbortError } from '../errors';
import { isFormulaLike, textFormatsFor } from '../sheets/formula-guard';

export type ReadSource = 'selection' | 'used' | 'table';

export interface BlockOptions {
  blockRows?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  table: Table;
  sheet: string;
  address: string;
  tableName?: string;
}

export const BLOCK_ROWS = 5000;
export const MAX_CELLS = 5_000_000;
// Office rejects requests over ~5 MB; a wide sheet gets fewer rows per block.
const MAX_BLOCK_CELLS = 100_000;

function blockRowsFor(columns: number, requested = BLOCK_ROWS): number {
  return Math.max(1, Math.min(requested, Math.floor(MAX_BLOCK_CELLS / Math.max(1, columns))));
}

function aborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

function wrap(e: unknown): unknown {
  if (e instanceof AppError || isAbortError(e)) return e;
  return new AppError('sheets.error.excelApi', { message: e instanceof Error ? e.message : String(e) });
}

// Excel hands dates over as serial numbers; the number format says which numbers are dates.
const DATE_FORMAT = /(^|[^"\\])(y{2,4}|m{1,4}[^a-z]*d|d{1,2}[^a-z]*m|yyyy|[年月日])/i;
function isDateFormat(fmt: unknown): boolean {
  if (typeof fmt !== 'string' || fmt === 'General' || fmt === '@') return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return DATE_FORMAT.test(bare) && !/^[#0.,%\s]+$/.test(bare);
}

function serialToISO(serial: number): string {
  const dt = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const day = formatISODate({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
  const secs = Math.round((serial % 1) * 86_400);
  return secs ? `${day}T${dt.toISOString().slice(11, 19)}` : day;
}

/** Excel values + number formats → engine cells: '' → null, date-formatted serials → ISO dates. */
export function toCell(v: unknown, fmt: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return isDateFormat(fmt) ? serialToISO(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

async function sourceRange(ctx: Excel.RequestContext, source: ReadSource): Promise<{ range: Excel.Range; tableName?: string }> {
  if (source === 'used') return { range: ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true) };
  const selected = ctx.workbook.getSelectedRange();
  if (source === 'selection') return { range: selected };
  const tables = selected.getTables(false);
  tables.load('items/name');
  await ctx.sync();
  const table = tables.items[0];
  if (!table) throw new AppError('sheets.error.noSelection');
  return { range: table.getRange(), tableName: table.name };
}

/** Reads the selection, the used range or the table under the cursor, header row first. */
export async function readTableFromExcel(source: ReadSource, opts: BlockOptions = {}): Promise<ReadResult> {
  try {
    return await Excel.run(async (ctx) => {
      const { range, tableName } = await sourceRange(ctx, source);
      range.load('address,rowCount,columnCount,rowIndex,columnIndex');
      const ws = range.worksheet;
      ws.load('name');
      await ctx.sync();
      const { rowCount, columnCount, rowIndex, columnIndex } = range;
      if (rowCount * columnCount > MAX_CELLS) throw new AppError('sheets.error.tooLarge', { cells: rowCount * columnCount, limit: MAX_CELLS });
      if (rowCount < 1 || (rowCount === 1 && columnCount === 1)) throw new AppError('sheets.error.noSelection');
      const grid: Cell[][] = [];
      const block = blockRowsFor(columnCount, opts.blockRows);
      for (let r0 = 0; r0 < rowCount; r0 += block) {
        aborted(opts.signal);
        const n = Math.min(block, rowCount - r0);
        const part = ws.getRangeByIndexes(rowIndex + r0, columnIndex, n, columnCount);
        part.load('values,numberFormat');
        await ctx.sync();
        const values = part.values as unknown[][];
        const formats = part.numberFormat as unknown[][];
        for (let i = 0; i < values.length; i++) grid.push(values[i].map((v, c) => toCell(v, formats[i]?.[c])));
        opts.onProgress?.(r0 + n, rowCount);
      }
      return { table: tableFromGrid(grid), sheet: ws.name, address: range.address, tableName };
    });
  } catch (e) {
    throw wrap(e);
  }
}

// Excel re-reads strings written through Range.values as if typed: "00123" becomes 123 and "=x" a
// formula. Such columns get the text format "@" first; ISO date columns get a date format.
function columnFormats(t: Table): string[] {
  return t.headers.map((_, c) => {
    let dates = 0;
    let values = 0;
    let risky = false;
    for (const row of t.rows) {
      const v = row[c];
      if (v === null) continue;
      values++;
      if (typeof v !== 'string') continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) dates++;
      else if (isFormulaLike(v) || /^[\d\s.,%/:()$¥€-]+$|^\d+[eE]\d+$/.test(v)) risky = true;
    }
    if (risky) return '@';
    return values > 0 && dates === values ? 'yyyy-mm-dd' : 'General';
  });
}

function excelValue(v: Cell): string | number | boolean {
  return v === null ? '' : v;
}

/** Adds a sheet named after `baseName`, made unique among the workbook's sheets: results never overwrite a sheet. */
async function addUniqueSheet(ctx: Excel.RequestContext, baseName: string): Promise<{ ws: Excel.Worksheet; name: string }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const name = uniqueSheetName(
    baseName,
    sheets.items.map((s) => s.name),
  );
  return { ws: sheets.add(name), name };
}

/** Writes a table to a new sheet named after `baseName` (made unique, ≤ 31 chars) and returns its name. */
export async function writeTableToNewSheet(baseName: string, table: Table, opts: BlockOptions & { activate?: boolean } = {}): Promise<string> {
  const cols = Math.max(1, table.headers.length);
  const block = blockRowsFor(cols, opts.blockRows);
  const formats = columnFormats(table);
  try {
    return await Excel.run(async (ctx) => {
      const { ws, name } = await addUniqueSheet(ctx, baseName);
      try {
        const header = ws.getRangeByIndexes(0, 0, 1, cols);
        header.numberFormat = textFormatsFor([table.headers]);
        header.values = [table.headers];
        header.format.font.bold = true;
        const total = table.rows.length;
        for (let r0 = 0; r0 < total; r0 += block) {
          aborted(opts.signal);
          const rows = table.rows.slice(r0, r0 + block);
          const range = ws.getRangeByIndexes(1 + r0, 0, rows.length, cols);
          range.numberFormat = rows.map(() => formats);
          range.values = rows.map((r) => r.map(excelValue));
          await ctx.sync();
          opts.onProgress?.(r0 + rows.length, total);
        }
        ws.freezePanes.freezeRows(1);
        ws.getRangeByIndexes(0, 0, Math.min(total + 1, 200), cols).format.autofitColumns();
        if (opts.activate) ws.activate();
        await ctx.sync();
        return name;
      } catch (e) {
        // A cancelled or failed write leaves no half-written sheet behind.
        ws.delete();
        await ctx.sync();
        throw e;
      }
    });
  } catch (e) {
    throw wrap(e);
  }
}

export interface ChartSpec {
  /** 0-based rows/columns on the target sheet: the category column then one value column. */
  startRow: number;
  rowCount: number;
  categoryColumn: number;
  valueColumn: number;
  type: 'column' | 'line';
  title: string;
}

export interface SheetBlock {
  title: string;
  table: Table;
}

/**
 * Writes an "Analysis" sheet: text lines (the narrative) at the top, then each facts table under a
 * title, with native charts beside the tables the specs point at (indexes into blocks).
 */
export async function writeReportSheet(
  baseName: string,
  lines: string[],
  blocks: SheetBlock[],
  charts: { block: number; categoryColumn: number; valueColumn: number; type: 'column' | 'line'; title: string }[],
): Promise<string> {
  try {
    return await Excel.run(async (ctx) => {
      const { ws, name } = await addUniqueSheet(ctx, baseName);
      let row = 0;
      // The narrative is model text: a line starting "=" stays text, never a formula.
      const put = (range: Excel.Range, values: (string | number | boolean)[][]) => {
        range.numberFormat = textFormatsFor(values);
        range.values = values;
      };
      for (const line of lines) put(ws.getRangeByIndexes(row++, 0, 1, 1), [[line]]);
      if (lines.length) row++;
      const at: number[] = [];
      let widest = 1;
      for (const b of blocks) {
        put(ws.getRangeByIndexes(row, 0, 1, 1), [[b.title]]);
        ws.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
        row++;
        const cols = b.table.headers.length;
        widest = Math.max(widest, cols);
        at.push(row);
        put(ws.getRangeByIndexes(row, 0, 1, cols), [b.table.headers]);
        ws.getRangeByIndexes(row, 0, 1, cols).format.font.bold = true;
        if (b.table.rows.length)
          put(
            ws.getRangeByIndexes(row + 1, 0, b.table.rows.length, cols),
            b.table.rows.map((r) => r.map(excelValue)),
          );
        row += b.table.rows.length + 2;
      }
      let chartTop = 0;
      for (const c of charts) {
        const b = blocks[c.block];
        if (!b || b.table.rows.length === 0) continue;
        const top = at[c.block];
        const n = b.table.rows.length + 1;
        const cat = ws.getRangeByIndexes(top, c.categoryColumn, n, 1);
        const val = ws.getRangeByIndexes(top, c.valueColumn, n, 1);
        const chart = ws.charts.add(c.type === 'line' ? Excel.ChartType.line : Excel.ChartType.columnClustered, val, Excel.ChartSeriesBy.columns);
        chart.series.getItemAt(0).setXAxisValues(cat);
        chart.title.text = c.title;
        chart.legend.visible = false;
        const anchor = ws.getRangeByIndexes(chartTop, widest + 1, 1, 1);
        chart.setPosition(anchor);
        chart.height = 220;
        chart.width = 420;
        chartTop += 16;
      }
      ws.activate();
      await ctx.sync();
      return name;
    });
  } catch (e) {
    throw wrap(e);
  }
}

/** The address of the active cell, for the formula helper's default target. */
export async function activeCellAddress(): Promise<string> {
  try {
    return await Excel.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.load('address');
      await ctx.sync();
      return cell.address;
    });
  } catch (e) {
    throw wrap(e);
  }
}

/** Writes one formula into one cell; only ever called from the Insert button. */
export async function insertFormula(address: string, formula: string): Promise<void> {
  try {
    await Excel.run(async (ctx) => {
      const [sheet, cell] = address.includes('!')
        ? [address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, ''), address.slice(address.lastIndexOf('!') + 1)]
        : [null, address];
      const ws = sheet ? ctx.workbook.worksheets.getItem(sheet) : ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange(cell).formulas = [[formula]];
      await ctx.sync();
    });
  } catch (e) {
    throw wrap(e);
  }
}
