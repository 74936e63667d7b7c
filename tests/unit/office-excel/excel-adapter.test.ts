import { afterEach, describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { installExcelMock } from './excel-mock';
import { readTableFromExcel, toCell, writeTableToNewSheet, insertFormula } from '../../../src/office/excel';
import type { Table } from '../../../src/sheets/table';

type Grid = unknown[][];

interface Recorder {
  blockLoads: { row: number; rows: number; cols: number }[];
  readObjects: { obj: { values?: unknown }; original: Grid }[];
  newSheets: Map<string, { grid: Grid; formats: Grid; deleted: boolean; frozen: number }>;
  formulas: { sheet: string; cell: string; formulas: unknown }[];
}

/** A workbook whose active sheet "销售" holds `grid` (header first) at A1, built on office-addin-mock. */
function installExcel(grid: Grid, formats: Grid, opts: { failWriteAtBlock?: number } = {}): Recorder {
  const rec: Recorder = { blockLoads: [], readObjects: [], newSheets: new Map(), formulas: [] };
  const created: OfficeMockObject[] = [];
  const rows = grid.length;
  const cols = grid[0].length;
  const block = (r: number, c: number, n: number, m: number) => {
    const values = grid.slice(r, r + n).map((row) => row.slice(c, c + m));
    const numberFormat = formats.slice(r, r + n).map((row) => row.slice(c, c + m));
    rec.blockLoads.push({ row: r, rows: n, cols: m });
    const o = new OfficeMockObject({ values, numberFormat });
    created.push(o);
    rec.readObjects.push({ obj: o as unknown as { values?: unknown }, original: structuredClone(values) });
    return o;
  };
  let writeBlocks = 0;
  const newSheet = (name: string) => {
    const state = { grid: [] as Grid, formats: [] as Grid, deleted: false, frozen: 0 };
    rec.newSheets.set(name, state);
    const rangeAt = (r: number, c: number) => ({
      format: { font: {}, autofitColumns() {} },
      set numberFormat(v: Grid) {
        v.forEach((row, i) => (state.formats[r + i] = row));
      },
      set values(v: Grid) {
        if (r > 0 && opts.failWriteAtBlock !== undefined && ++writeBlocks >= opts.failWriteAtBlock) throw new Error('payload too large');
        v.forEach((row, i) => {
          state.grid[r + i] = state.grid[r + i] ?? [];
          row.forEach((x, j) => (state.grid[r + i][c + j] = x));
        });
      },
    });
    return {
      getRangeByIndexes: (r: number, c: number) => rangeAt(r, c),
      freezePanes: { freezeRows: (n: number) => (state.frozen = n) },
      activate() {},
      delete: () => (state.deleted = true),
    };
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: [{ name: '销售' }, { name: '销售 (清洗)' }],
          // office-addin-mock cannot navigate into collection items ("items/name"); load the items whole.
          load: function (this: OfficeMockObject) {
            return OfficeMockObject.prototype.load.call(this, 'items');
          },
          add: (name: string) => newSheet(name),
          getActiveWorksheet: () => ({
            getRange: (cell: string) => ({
              set formulas(f: unknown) {
                rec.formulas.push({ sheet: '(active)', cell, formulas: f });
              },
            }),
          }),
          getItem: (sheet: string) => ({
            getRange: (cell: string) => ({
              set formulas(f: unknown) {
                rec.formulas.push({ sheet, cell, formulas: f });
              },
            }),
          }),
        },
        range: {
          address: `销售!A1:${String.fromCharCode(64 + cols)}${rows}`,
          rowCount: rows,
          columnCount: cols,
          rowIndex: 0,
          columnIndex: 0,
          worksheet: { name: '销售', getRangeByIndexes: block },
        },
        getSelectedRange: function (this: { range: unknown }) {
          return this.range;
        },
      },
    },
    run: async function (this: { context: unknown }, cb: (ctx: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  });
  installExcelMock(mock, created);
  return rec;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

function salesGrid(n: number): { grid: Grid; formats: Grid } {
  const grid: Grid = [['订单', '日期', '金额', '编码']];
  const formats: Grid = [['General', 'General', 'General', 'General']];
  for (let i = 0; i < n; i++) {
    grid.push([`SO-${i}`, 45296 + (i % 30), i % 7 === 0 ? '' : 100 + i, '00' + (i % 9)]);
    formats.push(['General', 'yyyy/m/d', '#,##0.00', '@']);
  }
  return { grid, formats };
}

describe('readTableFromExcel', () => {
  it('reads the selection in blocks of 5,000 rows with progress, dates from their number format', async () => {
    const { grid, formats } = salesGrid(12_000);
    const rec = installExcel(grid, formats);
    const progress: number[] = [];
    const r = await readTableFromExcel('selection', { onProgress: (done) => progress.push(done) });
    expect(rec.blockLoads.map((b) => b.rows)).toEqual([5000, 5000, 2001]);
    expect(progress).toEqual([5000, 10000, 12001]);
    expect(r.sheet).toBe('销售');
    expect(r.table.headers).toEqual(['订单', '日期', '金额', '编码']);
    expect(r.table.rows).toHaveLength(12_000);
    expect(r.table.rows[0]).toEqual(['SO-0', '2024-01-05', null, '000']);
    expect(r.table.rows[1]).toEqual(['SO-1', '2024-01-06', 101, '001']);
  });

  it('stops between blocks when cancelled', async () => {
    const { grid, formats } = salesGrid(12_000);
    const rec = installExcel(grid, formats);
    const ctrl = new AbortController();
    const p = readTableFromExcel('selection', { signal: ctrl.signal, onProgress: () => ctrl.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(rec.blockLoads).toHaveLength(1);
  });
});

describe('writeTableToNewSheet', () => {
  const table: Table = { headers: ['订单', '日期', '编码', '金额'], rows: Array.from({ length: 7001 }, (_, i) => [`SO-${i}`, '2024-01-05', '00' + i, i]) };

  it('writes to a new, uniquely named sheet in blocks and never to the source sheet', async () => {
    const { grid, formats } = salesGrid(10);
    const rec = installExcel(grid, formats);
    await readTableFromExcel('selection');
    const progress: number[] = [];
    const name = await writeTableToNewSheet('销售 (清洗)', table, { onProgress: (d) => progress.push(d) });
    expect(name).toBe('销售 (清洗) 2');
    expect(progress).toEqual([5000, 7001]);
    const sheet = rec.newSheets.get(name)!;
    expect(sheet.grid).toHaveLength(7002);
    expect(sheet.grid[0]).toEqual(['订单', '日期', '编码', '金额']);
    expect(sheet.grid[7001]).toEqual(['SO-7000', '2024-01-05', '007000', 7000]);
    // Leading-zero codes are written as text, ISO dates with a date format.
    expect(sheet.formats[1]).toEqual(['General', 'yyyy-mm-dd', '@', 'General']);
    expect(sheet.frozen).toBe(1);
    for (const { obj, original } of rec.readObjects) expect(obj.values).toEqual(original);
  });

  it('a header or value that Excel would read as a formula is written as text (format "@"), never run', async () => {
    const { grid, formats } = salesGrid(2);
    const rec = installExcel(grid, formats);
    const name = await writeTableToNewSheet('结果', {
      headers: ['=cmd|"/c calc"!A1', '名称'],
      rows: [
        ['@SUM(A1)', '普通'],
        ['plain', '+1+1'],
      ],
    });
    const sheet = rec.newSheets.get(name)!;
    expect(sheet.formats[0]).toEqual(['@', 'General']);
    expect(sheet.formats[1]).toEqual(['@', '@']);
  });

  it('keeps sheet names within Excel rules', async () => {
    const { grid, formats } = salesGrid(2);
    const rec = installExcel(grid, formats);
    const name = await writeTableToNewSheet('报表[2024]: 华东/华北 * 第一季度 ? 销售 明细 汇总表', { headers: ['a'], rows: [[1]] });
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(rec.newSheets.has(name)).toBe(true);
  });

  it('removes the half-written sheet when a block fails, and says what Excel said', async () => {
    const { grid, formats } = salesGrid(2);
    const rec = installExcel(grid, formats, { failWriteAtBlock: 2 });
    await expect(writeTableToNewSheet('结果', table)).rejects.toMatchObject({ key: 'sheets.error.excelApi', params: { message: 'payload too large' } });
    expect(rec.newSheets.get('结果')?.deleted).toBe(true);
  });
});

describe('insertFormula and cell conversion', () => {
  it('writes the formula to the named cell only', async () => {
    const { grid, formats } = salesGrid(2);
    const rec = installExcel(grid, formats);
    await insertFormula("'销售 (清洗)'!K2", '=SUM(C2:C3)');
    expect(rec.formulas).toEqual([{ sheet: '销售 (清洗)', cell: 'K2', formulas: [['=SUM(C2:C3)']] }]);
  });

  it('turns date-formatted serials into ISO dates and leaves other numbers', () => {
    expect(toCell(45296, 'yyyy"年"m"月"d"日"')).toBe('2024-01-05');
    expect(toCell(45296.5, 'yyyy-mm-dd hh:mm')).toBe('2024-01-05T12:00:00');
    expect(toCell(45296, '#,##0')).toBe(45296);
    expect(toCell(0.12, '0.00%')).toBe(0.12);
    expect(toCell('', 'General')).toBeNull();
  });
});

describe('block size', () => {
  it('reads a wide sheet in smaller blocks to stay under the request limit', async () => {
    const header = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const grid = [header, ...Array.from({ length: 4500 }, (_, r) => header.map((_, c) => r * c))];
    const rec = installExcel(
      grid,
      grid.map((row) => row.map(() => 'General')),
    );
    await readTableFromExcel('selection');
    expect(rec.blockLoads.map((b) => b.rows)).toEqual([2000, 2000, 501]);
  });
});
