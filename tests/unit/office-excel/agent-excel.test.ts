import { afterEach, describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { installExcelMock } from './excel-mock';
import { excelInput, officeWorkbook } from '../../../src/office/agent-excel';

type Grid = unknown[][];

interface Rec {
  runs: unknown[];
  writes: { formulas?: Grid; numberFormat?: Grid }[];
  sorts: unknown[][];
}

/** One sheet "Data" whose range at any address holds `formulas` / `formats`, built on office-addin-mock. */
function installExcel(formulas: Grid, formats: Grid): Rec {
  const rec: Rec = { runs: [], writes: [], sorts: [] };
  const created: OfficeMockObject[] = [];
  const ranges: OfficeMockObject[] = [];
  const range = () => {
    const o = new OfficeMockObject({
      formulas: structuredClone(formulas),
      numberFormat: structuredClone(formats),
      sort: { apply: (...args: unknown[]) => rec.sorts.push(args) },
    });
    created.push(o);
    ranges.push(o);
    return o;
  };
  // What the adapter left in each range it touched: the values it set (or loaded).
  rec.writes = ranges as unknown as Rec['writes'];
  const ws = new OfficeMockObject({ name: 'Data', isNullObject: false, getRangeByIndexes: range });
  // Office.js knows isNullObject after any sync; the mock wants it loaded like any property.
  ws.load('isNullObject');
  created.push(ws);
  const mock = new OfficeMockObject({
    context: { workbook: { worksheets: { getItemOrNullObject: () => ws } } },
    run: async function (this: { context: unknown }, a: unknown, b?: (ctx: unknown) => Promise<unknown>) {
      rec.runs.push(typeof a === 'function' ? null : a);
      return (typeof a === 'function' ? (a as (ctx: unknown) => Promise<unknown>) : (b as (ctx: unknown) => Promise<unknown>))(this.context);
    },
  });
  installExcelMock(mock, created);
  return rec;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const rect = { row: 1, col: 3, rows: 2, cols: 1 };

describe("the agent's Excel adapter", () => {
  it('snapshots the cells it overwrites, then writes formulas and text Excel would otherwise reinterpret', async () => {
    const rec = installExcel([['=B2*C2'], [7]], [['0.00'], ['General']]);
    const snap = await officeWorkbook(() => false).write('Data', rect, [['=B2*C2*2'], ['007']]);
    expect(snap).toEqual({ sheet: 'Data', rect, cells: [['=B2*C2'], [7]], formats: [['0.00'], ['General']] });
    // The snapshot came from its own load; the write went to a second range over the same cells.
    expect(rec.writes).toHaveLength(2);
    expect(rec.writes[1].formulas).toEqual([['=B2*C2*2'], ["'007"]]);
    // Without ExcelApi 1.20 there is no undo group to ask for.
    expect(rec.runs).toEqual([null]);
  });

  it('groups each write into one undo step where ExcelApi 1.20 is present', async () => {
    const rec = installExcel([[1], [2]], [['General'], ['General']]);
    await officeWorkbook((n, v) => n === 'ExcelApi' && Number(v) <= 1.2).write('Data', rect, [[3], [4]]);
    expect(rec.runs).toEqual([{ mergeUndoGroup: true }]);
  });

  it('restores number formats and then the cells from a snapshot', async () => {
    const rec = installExcel([[''], ['']], [['General'], ['General']]);
    await officeWorkbook(() => false).restore({ sheet: 'Data', rect, cells: [['=SUM(A1:A3)'], ['+86 138']], formats: [['0.0'], ['@']] });
    const w = rec.writes[0];
    expect([w.numberFormat, w.formulas]).toEqual([
      [['0.0'], ['@']],
      [['=SUM(A1:A3)'], ["'+86 138"]],
    ]);
  });

  it("sorts with Excel's own sort, keeping the header row, after taking the snapshot", async () => {
    const rec = installExcel([['h'], [2]], [['General'], ['General']]);
    const snap = await officeWorkbook(() => false).sort('Data', rect, 0, false, true);
    expect(rec.sorts).toEqual([[[{ key: 0, ascending: false }], false, true]]);
    expect(snap.cells).toEqual([['h'], [2]]);
  });

  it('never turns plain text into a formula', () => {
    expect(excelInput('@home')).toBe("'@home");
    expect(excelInput('-x')).toBe("'-x");
    expect(excelInput('-5')).toBe('-5');
    expect(excelInput('=A1')).toBe('=A1');
    expect(excelInput(null)).toBe('');
  });
});
