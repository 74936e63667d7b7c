import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookHost, type WorkbookBackend } from '../../../src/agent/excel';
import { FileWorkbook } from '../../../src/agent/excel/file-workbook';
import { ReviewSession } from '../../../src/agent/review-session';
import type { ToolContext, WriteTool } from '../../../src/agent/tool';

/** A file workbook that pretends to be an Excel with charts, PivotTables, formats and filters, recording calls. */
async function excelLike() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sales').addRows([
    ['地区', '销售额'],
    ['华东', 120],
    ['华北', 80],
  ]);
  const file = await FileWorkbook.load(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const calls: unknown[][] = [];
  const rec =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return name === 'addConditionalFormat' ? 'cf-1' : undefined;
    };
  const b = Object.assign(Object.create(file) as WorkbookBackend, {
    kind: 'excel' as const,
    addChart: rec('addChart'),
    deleteChart: rec('deleteChart'),
    addPivot: rec('addPivot'),
    deletePivot: rec('deletePivot'),
    addConditionalFormat: rec('addConditionalFormat'),
    deleteConditionalFormat: rec('deleteConditionalFormat'),
    applyFilter: rec('applyFilter'),
    clearFilter: rec('clearFilter'),
  });
  return { b, calls };
}

const ctx: ToolContext = { locale: 'en-US', noteRead: () => undefined };

describe('chart, PivotTable, conditional format and filter tools', () => {
  it('propose what they add and undo removes exactly that', async () => {
    const { b, calls } = await excelLike();
    const host = workbookHost(b);
    expect(host.kind).toBe('excel');
    expect(host.unavailable).toEqual({});
    const session = new ReviewSession('');
    const run = async (name: string, args: unknown) => {
      const c = session.add(1, name, name, await (host.tools.find((t) => t.name === name) as WriteTool).propose(args, ctx));
      await session.apply(c.id);
      return c;
    };
    const chart = await run('add_chart', { sheet: 'Sales', range: 'A1:B3', type: 'pie', title: '占比' });
    expect(chart.preview.grid?.[1]).toEqual(['华东', '120']);
    const pivot = await run('create_pivot', {
      sheet: 'Sales',
      range: 'A1:B3',
      rows: ['地区'],
      values: [{ column: '销售额', summarize: 'sum' }],
      target_sheet: 'Pivot',
    });
    expect(pivot.preview.lines).toEqual(['rows: 地区', 'values: sum(销售额)', '→ Pivot']);
    await run('add_conditional_format', { sheet: 'Sales', range: 'B2:B3', rule: { type: 'cellValue', operator: 'greaterThan', value: '100' } });
    await run('filter_range', { sheet: 'Sales', range: 'A1:B3', column: '地区', values: ['华东'] });
    expect(calls.map((c) => c[0])).toEqual(['addChart', 'addPivot', 'addConditionalFormat', 'applyFilter']);
    expect(calls[3]).toEqual(['applyFilter', 'Sales', { row: 0, col: 0, rows: 3, cols: 2 }, 0, { values: ['华东'], condition: undefined }]);
    await expect(
      (host.tools.find((t) => t.name === 'create_pivot') as WriteTool).propose(
        { sheet: 'Sales', range: 'A1:B3', rows: ['城市'], values: [{ column: '销售额', summarize: 'sum' }], target_sheet: 'P2' },
        ctx,
      ),
    ).rejects.toMatchObject({ key: 'agent.error.noColumn' });

    await session.undoAll();
    const chartName = (calls[0] as unknown[])[5];
    expect(calls.slice(4).map((c) => c[0])).toEqual(['clearFilter', 'deleteConditionalFormat', 'deletePivot', 'deleteChart']);
    expect(calls[5]).toEqual(['deleteConditionalFormat', 'Sales', { row: 1, col: 1, rows: 2, cols: 1 }, 'cf-1']);
    expect(calls[7]).toEqual(['deleteChart', 'Sales', chartName]);
  });
});
