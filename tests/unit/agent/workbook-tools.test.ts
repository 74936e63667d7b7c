import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../../src/agent/excel/file-workbook';
import { workbookHost } from '../../../src/agent/excel';
import { ReviewSession } from '../../../src/agent/review-session';
import type { AgentHost } from '../../../src/agent/host';
import type { Proposal, ToolContext, WriteTool, ReadTool } from '../../../src/agent/tool';
import { checkArgs } from '../../../src/agent/tool-args';
import { translate } from '../../../src/locales';

/** Sales: 订单 / 地区 / 数量 / 单价, 120 rows; Notes: a formula that divides by zero. */
async function salesBook(rows = 120): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sales');
  ws.addRow(['订单', '地区', '数量', '单价']);
  const regions = ['华东', '华北', '华南'];
  for (let i = 0; i < rows; i++) ws.addRow([`SO-${1000 + i}`, regions[i % 3], (i % 5) + 1, 10 + (i % 4)]);
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 5;
  notes.getCell('B1').value = { formula: 'A1/0' } as ExcelJS.CellValue;
  notes.getCell('C1').value = { formula: 'SUM(Sales!C2:C4)' } as ExcelJS.CellValue;
  const buf = await wb.xlsx.writeBuffer();
  return FileWorkbook.load(new Uint8Array(buf as ArrayBuffer));
}

function harness(host: AgentHost, session = new ReviewSession('')) {
  const ctx: ToolContext = { locale: 'en-US', noteRead: (s, r) => session.scope.noteRead(s, r) };
  const tool = (name: string) => {
    const t = host.tools.find((x) => x.name === name);
    if (!t) throw new Error(`no tool ${name}`);
    return t;
  };
  const args = (name: string, a: unknown) => {
    const c = checkArgs(tool(name), JSON.stringify(a));
    if (!c.ok) throw new Error(c.problem);
    return c.args;
  };
  return {
    session,
    read: (name: string, a: unknown) => (tool(name) as ReadTool).run(args(name, a), ctx) as Promise<Record<string, unknown>>,
    propose: (name: string, a: unknown): Promise<Proposal> => (tool(name) as WriteTool).propose(args(name, a), ctx),
    /** Proposes, then applies through the review session (as the loop does). */
    async apply(name: string, a: unknown) {
      const p = await this.propose(name, a);
      const c = session.add(1, name, 'x', p);
      await session.apply(c.id);
      return c;
    },
  };
}

describe('workbook tools on an .xlsx file', () => {
  it('lists the sheets with their used ranges', async () => {
    const h = harness(workbookHost(await salesBook()));
    const r = await h.read('list_sheets', {});
    expect(r.sheets).toEqual([
      { name: 'Sales', usedRange: 'A1:D121', rows: 121, columns: 4, tables: [] },
      { name: 'Notes', usedRange: 'A1:C1', rows: 1, columns: 3, tables: [] },
    ]);
  });

  it('shows the model at most 40 rows of a big range, with a summary over every row', async () => {
    const h = harness(workbookHost(await salesBook()));
    const r = await h.read('read_range', { sheet: 'Sales', range: 'A1:D121' });
    expect(r.rows).toBe(121);
    expect((r.values as unknown[][]).length).toBe(40);
    expect(r.shown).toMatch(/first 40 of 121 rows/);
    const qty = (r.summary as { column: string; sum?: number; filled: number }[]).find((c) => c.column === '数量');
    expect(qty).toMatchObject({ filled: 120, sum: 360 });
  });

  it('reads formulas and their computed values, errors included', async () => {
    const h = harness(workbookHost(await salesBook()));
    const r = await h.read('read_range', { sheet: 'Notes', range: 'A1:C1' });
    expect(r.values).toEqual([[5, '#DIV/0!', 6]]);
    expect(r.formulas).toEqual({ B1: '=A1/0', C1: '=SUM(Sales!C2:C4)' });
    const check = await h.read('check_formulas', { sheet: 'Notes', range: 'A1:C1' });
    expect(check).toMatchObject({ formulas: 2, errors: [{ cell: 'B1', formula: '=A1/0', value: '#DIV/0!' }], verdict: 'some formulas return errors' });
    const explain = await h.read('explain_formula', { sheet: 'Notes', cell: 'C1' });
    expect(explain).toMatchObject({ formula: '=SUM(Sales!C2:C4)', value: 6, references: [{ ref: 'Sales!C2:C4', firstValues: [[1], [2], [3]] }] });
  });

  it('proposes a write as a cell diff, applies formulas, re-checks their values and undoes from the snapshot', async () => {
    const book = await salesBook(4);
    const h = harness(workbookHost(book));
    const values = [['金额'], ['=C2*D2'], ['=C3*D3'], ['=C4*D4'], ['=C5/0']];
    const p = await h.propose('write_range', { sheet: 'Sales', range: 'E1', values });
    expect(translate('en-US', p.summary.key, p.summary.params)).toBe('Write 5 cells to Sales!E1:E5 (4 formulas)');
    expect(p.preview.cells?.[0]).toEqual({ cell: 'E1', before: '', after: '金额' });
    expect(p.target).toMatchObject({ sheet: 'Sales', nonEmpty: 0 });
    const c = h.session.add(1, 'write_range', 'x', p);
    await h.session.apply(c.id);
    expect(c.result).toMatchObject({
      written: 'Sales!E1:E5',
      formulas: 4,
      computed: [
        { cell: 'E2', value: 10 },
        { cell: 'E3', value: 22 },
        { cell: 'E4', value: 36 },
        { cell: 'E5', value: '#DIV/0!' },
      ],
      errors: [{ cell: 'E5', formula: '=C5/0', value: '#DIV/0!' }],
    });
    const after = await h.read('read_range', { sheet: 'Sales', range: 'E1:E3' });
    expect(after.values).toEqual([['金额'], [10], [22]]);
    await h.session.undoAll();
    const back = await h.read('read_range', { sheet: 'Sales', range: 'A1:E2' });
    expect(back.values).toEqual([
      ['订单', '地区', '数量', '单价', null],
      ['SO-1000', '华东', 1, 10, null],
    ]);
  });

  it('refuses values that do not fit the range, with a sentence', async () => {
    const h = harness(workbookHost(await salesBook(4)));
    await expect(h.propose('write_range', { sheet: 'Sales', range: 'A1:B2', values: [[1, 2, 3]] })).rejects.toMatchObject({ key: 'agent.error.shapeMismatch' });
    await expect(h.propose('write_range', { sheet: 'Nope', range: 'A1', values: [[1]] })).rejects.toMatchObject({ key: 'sheets.error.sheetNotFound' });
  });

  it('asks first before overwriting filled cells nobody mentioned, even in automatic mode', async () => {
    const session = new ReviewSession('put totals in column E', { auto: true });
    const h = harness(workbookHost(await salesBook(4)), session);
    const blind = session.add(1, 'write_range', 'x', await h.propose('write_range', { sheet: 'Sales', range: 'C2', values: [[0], [0]] }));
    expect(blind.status).toBe('proposed');
    expect(blind.guard && translate('en-US', blind.guard.key, blind.guard.params)).toBe(
      'It overwrites 2 filled cells in Sales!C2:C3, which the task did not name and the agent did not read.',
    );
    // After the model has read the range, the same write is applied without asking.
    await h.read('read_range', { sheet: 'Sales', range: 'A1:D5' });
    const seen = session.add(1, 'write_range', 'y', await h.propose('write_range', { sheet: 'Sales', range: 'C2', values: [[0], [0]] }));
    await session.waitFor([seen.id]);
    expect(seen.status).toBe('applied');
  });

  it('cleans a table into a new sheet, leaving the source as it was', async () => {
    const book = await salesBook(6);
    const h = harness(workbookHost(book));
    const plan = {
      steps: [
        { op: 'mapValues', column: '地区', mapping: { 华东: 'East' } },
        { op: 'filterRows', column: '数量', where: 'gt', value: 2 },
      ],
    };
    const p = await h.propose('apply_cleaning_plan', { sheet: 'Sales', plan, target_sheet: 'Clean' });
    expect(p.preview.lines?.[0]).toMatch(/^1\. mapValues/);
    const c = h.session.add(1, 'apply_cleaning_plan', 'x', p);
    await h.session.apply(c.id);
    expect(c.status).toBe('applied');
    const clean = await h.read('read_range', { sheet: 'Clean', range: 'A1:D4' });
    expect(clean.values).toEqual([
      ['订单', '地区', '数量', '单价'],
      ['SO-1002', '华南', 3, 12],
      ['SO-1003', 'East', 4, 13],
      ['SO-1004', '华北', 5, 10],
    ]);
    expect((await h.read('read_range', { sheet: 'Sales', range: 'B2' })).values).toEqual([['华东']]);
    await expect(h.propose('apply_cleaning_plan', { sheet: 'Sales', plan, target_sheet: 'Clean' })).rejects.toMatchObject({ key: 'agent.error.sheetExists' });
    await expect(
      h.propose('apply_cleaning_plan', { sheet: 'Sales', plan: { steps: [{ op: 'trim', columns: ['货号'] }] }, target_sheet: 'C2' }),
    ).rejects.toMatchObject({ key: 'sheets.error.columnNotFound' });
    await h.session.undoAll();
    expect(((await h.read('list_sheets', {})).sheets as { name: string }[]).map((s) => s.name)).toEqual(['Sales', 'Notes']);
  });

  it('sorts by a header, previews the first rows, and undo puts the order back', async () => {
    const h = harness(workbookHost(await salesBook(5)));
    const p = await h.propose('sort_range', { sheet: 'Sales', range: 'A1:D6', by: '数量', order: 'descending' });
    expect(p.preview.grid?.slice(0, 3)).toEqual([
      ['订单', '地区', '数量', '单价'],
      ['SO-1004', '华北', '5', '10'],
      ['SO-1003', '华东', '4', '13'],
    ]);
    const c = h.session.add(1, 'sort_range', 'x', p);
    await h.session.apply(c.id);
    expect((await h.read('read_range', { sheet: 'Sales', range: 'A2:A6' })).values).toEqual([['SO-1004'], ['SO-1003'], ['SO-1002'], ['SO-1001'], ['SO-1000']]);
    await h.session.undoAll();
    expect((await h.read('read_range', { sheet: 'Sales', range: 'A2:A3' })).values).toEqual([['SO-1000'], ['SO-1001']]);
  });

  it('adds a sheet in the same turn as a write into it, and a file run has no charts or pivots', async () => {
    const host = workbookHost(await salesBook(2));
    const h = harness(host);
    const add = await h.propose('add_sheet', { name: 'Summary' });
    const write = await h.propose('write_range', {
      sheet: 'Summary',
      range: 'A1',
      values: [
        ['地区', '合计'],
        ['华东', '=SUMIF(Sales!B:B,"华东",Sales!C:C)'],
      ],
    });
    const c1 = h.session.add(1, 'add_sheet', 'a', add);
    const c2 = h.session.add(1, 'write_range', 'b', write);
    await h.session.applyAll();
    expect([c1.status, c2.status]).toEqual(['applied', 'applied']);
    expect((await h.read('read_range', { sheet: 'Summary', range: 'B2' })).values).toEqual([[1]]);
    expect(host.tools.map((t) => t.name)).not.toContain('add_chart');
    expect(host.unavailable?.add_chart).toMatch(/cannot be made in a workbook file/);
    expect(host.unavailable?.create_pivot).toMatch(/PivotTable/);
  });

  it('analyzes a range with the analysis engine (exact sums by group)', async () => {
    const h = harness(workbookHost(await salesBook(6)));
    const r = await h.read('analyze_range', { sheet: 'Sales', by: '地区', measures: ['数量'] });
    const groups = (r.facts as { groupBy: { groups: { key: string; sums: Record<string, number> }[] } }).groupBy.groups;
    expect(Object.fromEntries(groups.map((g) => [g.key, g.sums['数量']]))).toEqual({ 华东: 5, 华北: 7, 华南: 4 });
  });
});
