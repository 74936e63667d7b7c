import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { profileTable } from '../../../src/sheets/profile';
import { generateMessySales, SALES_PLAN } from '../../fixtures/sheets/messy-sales';

describe('the ten-step plan on the messy Chinese sales sheet', () => {
  const source = generateMessySales(3000, 5);
  const before = JSON.stringify(source);
  const r = applyPlan(source, SALES_PLAN, { changeLimit: 5 });
  const col = (name: string) => r.table.rows.map((row) => row[r.table.headers.indexOf(name)]);

  it('leaves the source table untouched', () => {
    expect(JSON.stringify(source)).toBe(before);
  });

  it('normalises every date, number and region and removes duplicate orders', () => {
    expect(
      col('下单日期')
        .filter((v) => v !== null)
        .every((v) => /^2024-\d{2}-\d{2}$/.test(String(v))),
    ).toBe(true);
    for (const c of ['数量', '单价']) expect(col(c).every((v) => typeof v === 'number')).toBe(true);
    expect(col('销售额').every((v) => v === null || typeof v === 'number')).toBe(true);
    expect(new Set(col('地区').filter((v) => v !== null))).toEqual(new Set(['华东', '华北', '华南', '西南', '东北']));
    expect(new Set(col('订单编号')).size).toBe(r.table.rows.length);
    expect(col('客户名称').some((v) => /^\s|\s$|\u3000|[Ａ-Ｚ]/.test(String(v)))).toBe(false);
  });

  it('reports counts that add up', () => {
    const byOp = r.reports.map((x) => [x.op, x.cellsChanged, x.rowsRemoved, x.unparseable]);
    expect(byOp).toHaveLength(10);
    expect(r.reports.every((x) => x.unparseable === 0)).toBe(true);
    const dedupe = r.reports[9];
    expect(dedupe.rowsRemoved).toBe(source.rows.length - r.table.rows.length);
    expect(dedupe.rowsRemoved).toBe(profileTable(source).duplicateRows);
    // fillMissing on 数量 fills exactly the cells that held 无 (nullified in step 3).
    expect(r.reports[8].cellsChanged).toBe(source.rows.filter((row) => row[5] === '无').length);
  });

  it('keeps a before/after sample of changed cells per step with source row numbers', () => {
    const dates = r.changes.filter((c) => c.column === '下单日期');
    expect(dates.length).toBe(5);
    for (const c of dates) expect(source.rows[c.row][1]).toBe(c.before);
  });
});
