// Workbook tools that write: each returns a proposal (a cell diff, a new sheet's first rows, a sorted
// preview) that the user reviews; applying it returns an undo step built from a snapshot taken just
// before the write.
import { z } from 'zod';
import { AppError } from '../../errors';
import { message } from '../../messages';
import { cellName, qualified, type CellRect } from '../../sheets/a1';
import { applyPlan } from '../../sheets/apply-plan';
import { OPS } from '../../sheets/plan-schema';
import { cleanSheetName } from '../../sheets/sheet-name';
import { cellText, tableFromGrid, type Cell } from '../../sheets/table';
import { writeTool, type AgentTool, type CellDiff } from '../tool';
import { isEmptyCell, isErrorValue, type RangeRead, type Scalar, type WorkbookBackend } from './backend';
import { columnOf, resolveRange, shown, usedRange, type WorkbookState } from './resolve';
import { sortedOrder } from './sort-rows';

const DIFF_ROWS = 20;
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Cells that hold something: a value, or a formula (even one that shows nothing). */
function countNonEmpty(read: RangeRead): number {
  let n = 0;
  read.values.forEach((row, i) => row.forEach((v, j) => (!isEmptyCell(v) || read.formulas[i]?.[j] ? n++ : 0)));
  return n;
}

async function assertNewSheet(b: WorkbookBackend, st: WorkbookState, name: string): Promise<void> {
  if (cleanSheetName(name) !== name || name.length > 31) throw new AppError('agent.error.sheetName', { name });
  const { sheets } = await b.listSheets();
  const lower = name.toLowerCase();
  if (sheets.some((s) => s.name.toLowerCase() === lower) || st.pendingSheets.has(lower)) throw new AppError('agent.error.sheetExists', { name });
}

/** After a write: the computed values of the formulas just written (the re-check the model reads). */
async function recheck(b: WorkbookBackend, sheet: string, rect: CellRect, cells: Scalar[][]): Promise<Record<string, unknown>> {
  const formulaCells = cells.flatMap((row, i) => row.flatMap((v, j) => (typeof v === 'string' && v.startsWith('=') ? [[i, j] as const] : [])));
  if (!formulaCells.length) return {};
  const read = await b.read(sheet, rect);
  const errors = formulaCells
    .filter(([i, j]) => isErrorValue(read.values[i]?.[j] ?? null))
    .map(([i, j]) => ({ cell: cellName(rect.row + i, rect.col + j), formula: cells[i][j], value: read.values[i][j] }));
  const computed = formulaCells.slice(0, 8).map(([i, j]) => ({ cell: cellName(rect.row + i, rect.col + j), value: read.values[i]?.[j] ?? null }));
  return { formulas: formulaCells.length, computed, ...(errors.length ? { errors: errors.slice(0, 20) } : {}) };
}

export function writeTools(b: WorkbookBackend, st: WorkbookState): AgentTool[] {
  return [
    writeTool({
      name: 'write_range',
      description:
        'Proposes writing values to a range (2-D array, rows of cells). A string starting with "=" is written as a formula. Give the top-left cell or the exact range. The user reviews the change first.',
      schema: z.object({
        sheet: z.string().min(1),
        range: z.string().min(1).describe('A1: the top-left cell ("D1") or the whole range ("D1:D20")'),
        values: z.array(z.array(scalar).min(1)).min(1).describe('Rows of cell values, e.g. [["Total"],["=B2*C2"]]'),
      }),
      async propose(a) {
        const width = a.values[0].length;
        if (a.values.some((r) => r.length !== width)) throw new AppError('agent.error.ragged');
        const r = await resolveRange(b, st, a.sheet, a.range, { clip: false });
        let rect = r.rect;
        if (rect.rows === 1 && rect.cols === 1) rect = { ...rect, rows: a.values.length, cols: width };
        else if (rect.rows !== a.values.length || rect.cols !== width)
          throw new AppError('agent.error.shapeMismatch', { range: r.address, rows: rect.rows, cols: rect.cols, valueRows: a.values.length, valueCols: width });
        const before = r.pending ? null : await b.read(r.sheet, rect);
        const diffs: CellDiff[] = [];
        let changed = 0;
        a.values.forEach((row, i) =>
          row.forEach((v, j) => {
            const was = before ? shown(before.values[i]?.[j] ?? null, before.formulas[i]?.[j]) : '';
            const now = v === null ? '' : String(v);
            if (was === now) return;
            changed++;
            if (diffs.length < DIFF_ROWS) diffs.push({ cell: cellName(rect.row + i, rect.col + j), before: was, after: now });
          }),
        );
        const address = qualified(r.sheet, rect);
        const formulas = a.values.flat().filter((v) => typeof v === 'string' && v.startsWith('=')).length;
        return {
          summary: message('agent.change.write', { range: address, cells: rect.rows * rect.cols, formulas }),
          preview: { kind: 'cells', cells: diffs, cellTotal: changed },
          cells: rect.rows * rect.cols,
          target: { sheet: r.sheet, rect, nonEmpty: before ? countNonEmpty(before) : 0 },
          async apply() {
            const snap = await b.write(r.sheet, rect, a.values);
            return {
              result: { written: address, cells: rect.rows * rect.cols, ...(await recheck(b, r.sheet, rect, a.values)) },
              undo: { label: message('agent.undo.write', { range: address }), run: () => b.restore(snap) },
            };
          },
        };
      },
    }),
    writeTool({
      name: 'add_sheet',
      description: 'Proposes adding an empty sheet (name ≤ 31 characters, none of [ ] : * ? / \\).',
      schema: z.object({ name: z.string().min(1).max(31) }),
      async propose(a) {
        await assertNewSheet(b, st, a.name);
        st.pendingSheets.add(a.name.toLowerCase());
        return {
          summary: message('agent.change.addSheet', { name: a.name }),
          preview: { kind: 'sheet', lines: [a.name] },
          async apply() {
            await b.addSheet(a.name);
            return { result: { created: a.name }, undo: { label: message('agent.undo.addSheet', { name: a.name }), run: () => b.deleteSheet(a.name) } };
          },
        };
      },
    }),
    writeTool({
      name: 'apply_cleaning_plan',
      description: `Proposes applying a cleaning plan to a table (header row first) and writing the cleaned table to a NEW sheet; the source is never changed. plan = {"steps":[{"op":…}]} with ops ${OPS.join(', ')}. Columns are named by header text. Examples: {"op":"trim","columns":"*"}, {"op":"parseDate","column":"日期"}, {"op":"parseNumber","column":"金额"}, {"op":"dedupe","keys":["订单号"]}, {"op":"fillMissing","column":"地区","strategy":"value","value":"未知"}, {"op":"mapValues","column":"地区","mapping":{"华东区":"华东"}}, {"op":"filterRows","column":"金额","where":"gt","value":0}.`,
      schema: z.object({
        sheet: z.string().min(1),
        range: z.string().min(1).optional().describe('A1 range with the header row first; default: the used range'),
        plan: z.object({ steps: z.array(z.object({ op: z.string() }).passthrough()).min(1) }),
        target_sheet: z.string().min(1).max(31).describe('Name of the new sheet for the cleaned table'),
      }),
      async propose(a, ctx) {
        const r = a.range ? await resolveRange(b, st, a.sheet, a.range) : await usedRange(b, a.sheet);
        await assertNewSheet(b, st, a.target_sheet);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        ctx.noteRead(r.sheet, r.rect);
        const result = applyPlan(tableFromGrid(read.values as Cell[][]), a.plan);
        const grid: Scalar[][] = [result.table.headers, ...result.table.rows];
        st.pendingSheets.add(a.target_sheet.toLowerCase());
        const lines = result.reports.map(
          (s) =>
            `${s.index}. ${s.description} — ${s.cellsChanged} cells, ${s.rowsRemoved} rows removed${s.unparseable ? `, ${s.unparseable} unparseable` : ''}`,
        );
        const target = a.target_sheet;
        return {
          summary: message('agent.change.cleaning', { source: r.address, target, rows: result.table.rows.length, steps: result.reports.length }),
          preview: { kind: 'sheet', lines, grid: grid.slice(0, 6).map((row) => row.map((v) => cellText(v as Cell))) },
          cells: grid.length * result.table.headers.length,
          async apply() {
            await b.addSheet(target);
            const rect = { row: 0, col: 0, rows: grid.length, cols: result.table.headers.length };
            await b.write(target, rect, grid);
            return {
              result: { sheet: target, range: qualified(target, rect), rows: result.table.rows.length, columns: result.table.headers.length, steps: lines },
              undo: { label: message('agent.undo.addSheet', { name: target }), run: () => b.deleteSheet(target) },
            };
          },
        };
      },
    }),
    writeTool({
      name: 'sort_range',
      description: 'Proposes sorting the rows of a range (or table) by one column. With has_header (default true) the first row stays on top.',
      schema: z.object({
        sheet: z.string().min(1),
        range: z.string().min(1).describe('A1 range of the whole table, e.g. "A1:F200"'),
        by: z.string().min(1).describe('The column to sort by: its header text or its letter'),
        order: z.enum(['ascending', 'descending']).default('ascending'),
        has_header: z.boolean().default(true),
      }),
      async propose(a, ctx) {
        const r = await resolveRange(b, st, a.sheet, a.range);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        const headers = a.has_header ? read.values[0] : [];
        const col = columnOf(headers ?? [], a.by, r.rect);
        const body = a.has_header ? read.values.slice(1) : read.values;
        const order = sortedOrder(
          body.map((row) => row[col] ?? null),
          a.order === 'ascending',
        );
        const preview = [...(a.has_header ? [read.values[0]] : []), ...order.slice(0, 5).map((i) => body[i])].map((row) => row.map((v) => cellText(v as Cell)));
        const column = a.has_header ? cellText(headers[col] as Cell) : a.by;
        return {
          summary: message('agent.change.sort', { range: r.address, column, order: a.order }),
          preview: { kind: 'sort', grid: preview },
          cells: r.rect.rows * r.rect.cols,
          target: { sheet: r.sheet, rect: r.rect, nonEmpty: countNonEmpty(read) },
          async apply() {
            const snap = await b.sort(r.sheet, r.rect, col, a.order === 'ascending', a.has_header);
            return {
              result: { sorted: r.address, by: column, order: a.order },
              undo: { label: message('agent.undo.sort', { range: r.address }), run: () => b.restore(snap) },
            };
          },
        };
      },
    }),
  ];
}
