// The workbook backend for `dsplus agent`: an .xlsx file held in memory by exceljs. The input file is
// never touched; the run's changes live here until the CLI saves a new file. Formulas are computed by
// the formula engine so reads show values, as Excel would.
import ExcelJS from 'exceljs';
import { sheetNotFound } from '../../sheets/errors';
import { loadWorkbook } from '../../sheets/xlsx';
import { parseAddress, type CellRect } from '../../sheets/a1';
import { formatISODate } from '../../sheets/parse-date';
import { AppError } from '../../errors';
import type { RangeRead, RangeSnapshot, Scalar, SheetInfo, WorkbookBackend } from './backend';
import { FormulaEngine } from './formula-engine';
import { sortedOrder } from './sort-rows';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function toSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86_400_000;
}

function isoOf(d: Date): string {
  const day = formatISODate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return secs ? `${day}T${d.toISOString().slice(11, 19)}` : day;
}

/** A constant as the tools see it (dates as ISO text); undefined for a formula cell. */
function constantOf(v: ExcelJS.CellValue): Scalar | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoOf(v);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return undefined;
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

export class FileWorkbook implements WorkbookBackend {
  readonly kind = 'file' as const;
  private readonly engine: FormulaEngine;
  private readonly computed = new Map<string, Scalar>();
  private readonly busy = new Set<string>();

  private constructor(readonly wb: ExcelJS.Workbook) {
    this.engine = new FormulaEngine({
      value: (sheet, row, col) => this.valueForMath(sheet, row, col),
      size: (sheet) => {
        const used = this.used(this.sheetOrNull(sheet));
        return used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 0, cols: 0 };
      },
    });
  }

  /** Through the same zip guard as every other reader: a zip bomb or a damaged file is refused by name. */
  static async load(bytes: Uint8Array, name = 'workbook.xlsx'): Promise<FileWorkbook> {
    return new FileWorkbook(await loadWorkbook(bytes, name));
  }

  async save(): Promise<Uint8Array> {
    const buf = await this.wb.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }

  private sheetOrNull(name: string): ExcelJS.Worksheet | null {
    const lower = name.trim().toLowerCase();
    return this.wb.worksheets.find((w) => w.name.toLowerCase() === lower) ?? null;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheetOrNull(name);
    if (!ws)
      throw sheetNotFound(
        name,
        this.wb.worksheets.map((w) => w.name),
      );
    return ws;
  }

  private used(ws: ExcelJS.Worksheet | null): CellRect | null {
    if (!ws) return null;
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.value === null || cell.value === undefined || cell.value === '') return;
        r0 = Math.min(r0, rn - 1);
        r1 = Math.max(r1, rn - 1);
        c0 = Math.min(c0, cn - 1);
        c1 = Math.max(c1, cn - 1);
      });
    });
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** A cell's shown value: constants as they are, formulas computed (cycles and errors as Excel texts). */
  private valueOf(ws: ExcelJS.Worksheet, row: number, col: number): Scalar {
    const cell = ws.findCell(row + 1, col + 1);
    if (!cell) return null;
    const c = constantOf(cell.value);
    if (c !== undefined) return c;
    const key = `${ws.name}!${row},${col}`;
    const known = this.computed.get(key);
    if (known !== undefined) return known;
    if (this.busy.has(key)) return '#REF!';
    this.busy.add(key);
    let v = this.engine.evaluate(cell.formula ?? '', ws.name, row, col);
    this.busy.delete(key);
    // A function the engine lacks: keep the value Excel saved with the file, if it saved one.
    const cached = (cell.value as { result?: ExcelJS.CellValue }).result;
    if (v === '#NAME?' && cached !== undefined && cached !== null) v = constantOf(cached) ?? v;
    this.computed.set(key, v);
    return v;
  }

  private valueForMath(sheet: string, row: number, col: number): unknown {
    const ws = this.sheetOrNull(sheet);
    if (!ws) return null;
    const raw = ws.findCell(row + 1, col + 1)?.value;
    if (raw instanceof Date) return toSerial(raw);
    const v = this.valueOf(ws, row, col);
    return v === '' ? null : v;
  }

  async listSheets(): Promise<{ sheets: SheetInfo[] }> {
    const sheets = this.wb.worksheets.map((ws) => ({
      name: ws.name,
      used: this.used(ws),
      tables: ws.getTables().flatMap((t) => {
        const model = (t as unknown as { table?: { name?: string; tableRef?: string; ref?: string; columns?: { name: string }[] } }).table;
        try {
          const ref = model?.tableRef ?? model?.ref ?? '';
          return [{ name: model?.name ?? '', rect: parseAddress(ref).rect, headers: (model?.columns ?? []).map((c) => c.name) }];
        } catch {
          return [];
        }
      }),
    }));
    return { sheets };
  }

  async usedRect(sheet: string): Promise<CellRect | null> {
    return this.used(this.sheet(sheet));
  }

  async read(sheet: string, rect: CellRect): Promise<RangeRead> {
    const ws = this.sheet(sheet);
    const values: Scalar[][] = [];
    const formulas: (string | null)[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const vr: Scalar[] = [];
      const fr: (string | null)[] = [];
      const nr: string[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = ws.findCell(rect.row + r + 1, rect.col + c + 1);
        vr.push(this.valueOf(ws, rect.row + r, rect.col + c));
        fr.push(cell && cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : null);
        nr.push(cell?.numFmt || 'General');
      }
      values.push(vr);
      formulas.push(fr);
      formats.push(nr);
    }
    return { values, formulas, formats };
  }

  private snapshot(ws: ExcelJS.Worksheet, rect: CellRect): RangeSnapshot {
    const cells: Scalar[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: Scalar[] = [];
      const fr: string[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = ws.findCell(rect.row + r + 1, rect.col + c + 1);
        if (!cell) row.push(null);
        else if (cell.type === ExcelJS.ValueType.Formula) row.push(`=${cell.formula}`);
        else row.push(cell.value instanceof Date ? (cell.value as unknown as Scalar) : (constantOf(cell.value) ?? null));
        fr.push(cell?.numFmt ?? '');
      }
      cells.push(row);
      formats.push(fr);
    }
    return { sheet: ws.name, rect, cells, formats };
  }

  private put(ws: ExcelJS.Worksheet, rect: CellRect, cells: Scalar[][], formats?: string[][]): void {
    this.computed.clear();
    cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(rect.row + r + 1, rect.col + c + 1);
        cell.value = typeof v === 'string' && v.startsWith('=') && v.length > 1 ? { formula: v.slice(1) } : (v as ExcelJS.CellValue);
        const f = formats?.[r]?.[c];
        if (formats) cell.numFmt = f || (undefined as unknown as string);
      }),
    );
  }

  async write(sheet: string, rect: CellRect, cells: Scalar[][]): Promise<RangeSnapshot> {
    const ws = this.sheet(sheet);
    const snap = this.snapshot(ws, rect);
    this.put(ws, rect, cells);
    return snap;
  }

  async restore(s: RangeSnapshot): Promise<void> {
    this.put(this.sheet(s.sheet), s.rect, s.cells, s.formats);
  }

  async addSheet(name: string): Promise<void> {
    if (this.sheetOrNull(name)) throw new AppError('agent.error.sheetExists', { name });
    this.wb.addWorksheet(name);
    this.computed.clear();
  }

  async deleteSheet(name: string): Promise<void> {
    const ws = this.sheet(name);
    this.wb.removeWorksheet(ws.id);
    this.computed.clear();
  }

  /** Rows move as whole rows of constants and formulas (formula references are not rewritten). */
  async sort(sheet: string, rect: CellRect, column: number, ascending: boolean, hasHeader: boolean): Promise<RangeSnapshot> {
    const ws = this.sheet(sheet);
    const snap = this.snapshot(ws, rect);
    const start = hasHeader ? 1 : 0;
    const body = { ...rect, row: rect.row + start, rows: rect.rows - start };
    if (body.rows < 2) return snap;
    const keys = Array.from({ length: body.rows }, (_, i) => this.valueOf(ws, body.row + i, body.col + column));
    const order = sortedOrder(keys, ascending);
    const rows = snap.cells.slice(start);
    const fmts = snap.formats.slice(start);
    this.put(
      ws,
      body,
      order.map((i) => rows[i]),
      order.map((i) => fmts[i]),
    );
    return snap;
  }
}

/** Parts of an .xlsx that exceljs does not carry into the file it writes (so the CLI can say so). */
export function partsNotKept(bytes: Uint8Array): string[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const out: string[] = [];
  if (text.includes('xl/charts/')) out.push('charts');
  if (text.includes('xl/pivotTables/')) out.push('PivotTables');
  if (text.includes('xl/drawings/') && !text.includes('xl/media/') && !out.includes('charts')) out.push('drawings');
  return out;
}
