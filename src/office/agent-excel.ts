// The agent's workbook backend in Excel: small Excel.run functions that take and return plain data.
// Every write first loads what it overwrites (the snapshot the run's undo restores). Where ExcelApi 1.20
// is present a write runs with mergeUndoGroup, so it is also one step of Excel's own undo; the run's undo
// deletes the sheets and objects it added, and Worksheet.delete clears Excel's own undo stack (it has no
// undo of its own), which docs/agent.md says.
import type {
  ChartType,
  ConditionalRule,
  FilterCriteria,
  PivotSpec,
  RangeRead,
  RangeSnapshot,
  Scalar,
  SheetInfo,
  WorkbookBackend,
} from '../agent/excel/backend';
import { parseAddress, type CellRect } from '../sheets/a1';
import { sheetNotFound } from '../sheets/errors';
import { AppError, isAbortError } from '../errors';
import { toCell } from './excel';

type IsSetSupported = (name: string, version: string) => boolean;
const officeIsSetSupported: IsSetSupported = (n, v) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(n, v);

const BLOCK_CELLS = 100_000;

function wrap(e: unknown): unknown {
  if (e instanceof AppError || isAbortError(e)) return e;
  return new AppError('sheets.error.excelApi', { message: e instanceof Error ? e.message : String(e) });
}

/**
 * Strings Excel would read as something else when written (a leading +, - or @, or digits with leading
 * zeros) get Excel's text prefix; a string starting with "=" is a formula by the tools' contract.
 */
export function excelInput(v: Scalar): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string') return v;
  if (v.startsWith('=')) return v;
  if (/^[+\-@]/.test(v) && Number.isNaN(Number(v))) return `'${v}`;
  if (/^0\d+$/.test(v) || v.startsWith("'")) return `'${v}`;
  return v;
}

const CHART: Record<ChartType, string> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line', pie: 'Pie', scatter: 'XYScatter', area: 'Area' };

export function officeWorkbook(isSetSupported: IsSetSupported = officeIsSetSupported): WorkbookBackend {
  const grouped = isSetSupported('ExcelApi', '1.20');
  /** One Excel.run that writes: one step of Excel's own undo where mergeUndoGroup exists. */
  const runWrite = async <T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return grouped ? await Excel.run({ mergeUndoGroup: true }, fn) : await Excel.run(fn);
    } catch (e) {
      throw wrap(e);
    }
  };
  const runRead = async <T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await Excel.run(fn);
    } catch (e) {
      throw wrap(e);
    }
  };

  async function sheetIn(ctx: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    await ctx.sync();
    if (ws.isNullObject) {
      const all = ctx.workbook.worksheets;
      all.load('items/name');
      await ctx.sync();
      throw sheetNotFound(
        name,
        all.items.map((s) => s.name),
      );
    }
    return ws;
  }

  const rangeOf = (ws: Excel.Worksheet, r: CellRect) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

  async function snapshotIn(ctx: Excel.RequestContext, ws: Excel.Worksheet, rect: CellRect): Promise<RangeSnapshot> {
    const range = rangeOf(ws, rect);
    range.load('formulas,numberFormat');
    await ctx.sync();
    return { sheet: ws.name, rect, cells: range.formulas as Scalar[][], formats: range.numberFormat as string[][] };
  }

  const backend: WorkbookBackend = {
    kind: 'excel',
    async listSheets() {
      return runRead(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        const active = ctx.workbook.worksheets.getActiveWorksheet();
        active.load('name');
        await ctx.sync();
        const used = sheets.items.map((ws) => {
          const u = ws.getUsedRangeOrNullObject(true);
          u.load('rowIndex,columnIndex,rowCount,columnCount');
          const tables = ws.tables;
          tables.load('items/name');
          return { ws, u, tables };
        });
        await ctx.sync();
        const tableRanges = used.map((x) =>
          x.tables.items.map((t) => {
            const range = t.getRange();
            range.load('address');
            const head = t.getHeaderRowRange();
            head.load('values');
            return { name: t.name, range, head };
          }),
        );
        await ctx.sync();
        const out: SheetInfo[] = used.map((x, i) => ({
          name: x.ws.name,
          used: x.u.isNullObject ? null : { row: x.u.rowIndex, col: x.u.columnIndex, rows: x.u.rowCount, cols: x.u.columnCount },
          tables: tableRanges[i].map((t) => ({ name: t.name, rect: parseAddress(t.range.address).rect, headers: (t.head.values[0] ?? []).map(String) })),
        }));
        return { sheets: out, active: active.name };
      });
    },

    async usedRect(sheet) {
      return runRead(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const u = ws.getUsedRangeOrNullObject(true);
        u.load('rowIndex,columnIndex,rowCount,columnCount');
        await ctx.sync();
        return u.isNullObject ? null : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
      });
    },

    async read(sheet, rect, signal) {
      return runRead(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const out: RangeRead = { values: [], formulas: [], formats: [] };
        // Blocks of rows keep each request under Office's payload limit (5 MB on the web).
        const block = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, rect.cols)));
        for (let r0 = 0; r0 < rect.rows; r0 += block) {
          signal?.throwIfAborted();
          const part = rangeOf(ws, { ...rect, row: rect.row + r0, rows: Math.min(block, rect.rows - r0) });
          part.load('values,formulas,numberFormat');
          await ctx.sync();
          const values = part.values as unknown[][];
          const formulas = part.formulas as unknown[][];
          const formats = part.numberFormat as unknown[][];
          values.forEach((row, i) => {
            out.values.push(row.map((v, j) => toCell(v, formats[i]?.[j])));
            out.formulas.push((formulas[i] ?? []).map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
            out.formats.push((formats[i] ?? []).map((f) => String(f ?? 'General')));
          });
        }
        return out;
      });
    },

    async write(sheet, rect, cells) {
      return runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const snap = await snapshotIn(ctx, ws, rect);
        rangeOf(ws, rect).formulas = cells.map((row) => row.map(excelInput));
        await ctx.sync();
        return snap;
      });
    },

    async restore(s) {
      return runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, s.sheet);
        const range = rangeOf(ws, s.rect);
        range.numberFormat = s.formats;
        range.formulas = s.cells.map((row) => row.map((v) => (typeof v === 'string' && !v.startsWith('=') ? excelInput(v) : (v ?? ''))));
        await ctx.sync();
      });
    },

    async addSheet(name) {
      return runWrite(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      });
    },

    async deleteSheet(name) {
      // Worksheet.delete has no undo of its own: it runs outside any undo group (inside one it would throw).
      return runRead(async (ctx) => {
        const ws = await sheetIn(ctx, name);
        ws.delete();
        await ctx.sync();
      });
    },

    async sort(sheet, rect, column, ascending, hasHeader) {
      return runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const snap = await snapshotIn(ctx, ws, rect);
        rangeOf(ws, rect).sort.apply([{ key: column, ascending }], false, hasHeader);
        await ctx.sync();
        return snap;
      });
    },

    async addChart(sheet, rect, type, title, name) {
      return runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const chart = ws.charts.add(CHART[type] as Excel.ChartType, rangeOf(ws, rect), 'Auto' as Excel.ChartSeriesBy);
        chart.name = name;
        if (title) chart.title.text = title;
        chart.setPosition(ws.getRangeByIndexes(rect.row, rect.col + rect.cols + 1, 1, 1));
        await ctx.sync();
      });
    },

    async deleteChart(sheet, name) {
      return runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        ws.charts.getItem(name).delete();
        await ctx.sync();
      });
    },
  };

  if (isSetSupported('ExcelApi', '1.8')) {
    backend.addPivot = async (spec: PivotSpec) =>
      // Not grouped: whether PivotTable creation is undoable is not documented; inside a group an
      // operation without undo would throw UndoNotSupported.
      runRead(async (ctx) => {
        const src = await sheetIn(ctx, spec.sheet);
        const target = ctx.workbook.worksheets.add(spec.targetSheet);
        const pt = target.pivotTables.add(spec.name, rangeOf(src, spec.rect), target.getRange('A1'));
        for (const r of spec.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(r));
        const fn: Record<string, string> = { sum: 'Sum', count: 'Count', average: 'Average', max: 'Max', min: 'Min' };
        for (const v of spec.values) {
          const dh = pt.dataHierarchies.add(pt.hierarchies.getItem(v.column));
          dh.summarizeBy = fn[v.summarize] as Excel.AggregationFunction;
        }
        await ctx.sync();
      });
    backend.deletePivot = async (sheet, name) =>
      runRead(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        ws.pivotTables.getItem(name).delete();
        ws.delete();
        await ctx.sync();
      });
  }

  if (isSetSupported('ExcelApi', '1.6')) {
    backend.addConditionalFormat = async (sheet, rect, rule: ConditionalRule) =>
      runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const formats = rangeOf(ws, rect).conditionalFormats;
        let cf: Excel.ConditionalFormat;
        if (rule.type === 'cellValue') {
          cf = formats.add('CellValue' as Excel.ConditionalFormatType);
          cf.cellValue.format.fill.color = rule.fill;
          cf.cellValue.rule = {
            formula1: rule.value,
            ...(rule.value2 ? { formula2: rule.value2 } : {}),
            operator: (rule.operator[0].toUpperCase() + rule.operator.slice(1)) as Excel.ConditionalCellValueOperator,
          };
        } else if (rule.type === 'containsText') {
          cf = formats.add('ContainsText' as Excel.ConditionalFormatType);
          cf.textComparison.format.fill.color = rule.fill;
          cf.textComparison.rule = { operator: 'Contains' as Excel.ConditionalTextOperator, text: rule.text };
        } else if (rule.type === 'colorScale') {
          cf = formats.add('ColorScale' as Excel.ConditionalFormatType);
          cf.colorScale.criteria = {
            minimum: { formula: null as unknown as string, type: 'LowestValue' as Excel.ConditionalFormatColorCriterionType, color: '#F8696B' },
            midpoint: { formula: '50', type: 'Percentile' as Excel.ConditionalFormatColorCriterionType, color: '#FFEB84' },
            maximum: { formula: null as unknown as string, type: 'HighestValue' as Excel.ConditionalFormatColorCriterionType, color: '#63BE7B' },
          };
        } else cf = formats.add('DataBar' as Excel.ConditionalFormatType);
        cf.load('id');
        await ctx.sync();
        return cf.id;
      });
    backend.deleteConditionalFormat = async (sheet, rect, id) =>
      runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        rangeOf(ws, rect).conditionalFormats.getItem(id).delete();
        await ctx.sync();
      });
  }

  if (isSetSupported('ExcelApi', '1.9')) {
    backend.applyFilter = async (sheet, rect, column, c: FilterCriteria) =>
      runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        const criteria: Excel.FilterCriteria = c.values?.length
          ? { filterOn: 'Values' as Excel.FilterOn, values: c.values }
          : { filterOn: 'Custom' as Excel.FilterOn, criterion1: c.condition ?? '' };
        ws.autoFilter.apply(rangeOf(ws, rect), column, criteria);
        await ctx.sync();
      });
    backend.clearFilter = async (sheet) =>
      runWrite(async (ctx) => {
        const ws = await sheetIn(ctx, sheet);
        ws.autoFilter.remove();
        await ctx.sync();
      });
  }
  return backend;
}
