import { describe, expect, it } from 'vitest';
import { analyzeTable } from '../../../src/sheets/analysis';
import { verifyNumbers } from '../../../src/sheets/verify-numbers';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { generateMessySales, SALES_PLAN } from '../../fixtures/sheets/messy-sales';
import type { Table } from '../../../src/sheets/table';

const t: Table = {
  headers: ['日期', '地区', '销售额', '数量'],
  rows: [
    ['2024-01-05', '华东', 100, 1],
    ['2024-01-20', '华北', 300, 3],
    ['2024-02-03', '华东', 200, 2],
    ['2024-02-04', '华东', 400, 4],
    ['2024-03-01', '华北', '¥1,000', 10],
  ],
};

describe('analyzeTable', () => {
  const f = analyzeTable(t);
  it('computes descriptive statistics exactly', () => {
    expect(f.describe.find((d) => d.column === '销售额')).toEqual({
      column: '销售额',
      count: 5,
      sum: 2000,
      mean: 400,
      median: 300,
      min: 100,
      max: 1000,
      stdev: 353.55,
    });
  });
  it('groups by the category column, largest first, with shares', () => {
    expect(f.groupBy?.by).toBe('地区');
    expect(f.groupBy?.groups.map((g) => [g.key, g.count, g.sums['销售额'], g.sharePct])).toEqual([
      ['华北', 2, 1300, 65],
      ['华东', 3, 700, 35],
    ]);
  });
  it('builds the monthly trend with month-over-month change', () => {
    expect(f.monthly?.months.map((m) => [m.month, m.sums['销售额'], m.changePct])).toEqual([
      ['2024-01', 400, null],
      ['2024-02', 600, 50],
      ['2024-03', 1000, 66.67],
    ]);
  });
  it('finds correlated numeric columns', () => {
    expect(f.correlations[0]).toMatchObject({ a: '销售额', b: '数量', r: 1 });
  });
  it('names a missing --by column', () => {
    expect(() => analyzeTable(t, { by: '城市' })).toThrow(expect.objectContaining({ key: 'sheets.error.analysisColumn' }));
  });
  it('keeps the facts the same size for 200 or 20,000 rows', () => {
    const small = JSON.stringify(analyzeTable(applyPlan(generateMessySales(200), SALES_PLAN).table));
    const big = JSON.stringify(analyzeTable(applyPlan(generateMessySales(20_000), SALES_PLAN).table));
    expect(big.length / small.length).toBeLessThan(1.5);
  });
});

describe('verifyNumbers', () => {
  const facts = analyzeTable(t);
  it('accepts numbers as written in the facts, rounded, as percentages and in 万', () => {
    const text = '华北销售额 1,300，占 65%；平均 400，标准差约 353.6。三月环比增长 66.7%，2024年3月达到 1000，合计 0.2万。';
    expect(verifyNumbers(text, facts).unverified).toEqual([]);
  });
  it('flags numbers and months that are not in the facts', () => {
    const r = verifyNumbers('Sales reached 12,345 in 2024-07, up 18.2% while the top 3 regions held steady.', facts);
    expect(r.unverified).toEqual(['2024-07', '12,345', '18.2%']);
  });
  it('accepts a share fact written as a fraction percentage', () => {
    expect(verifyNumbers('折扣率 12.5%', { rate: 0.125 }).unverified).toEqual([]);
    expect(verifyNumbers('折扣率 12.6%', { rate: 0.125 }).unverified).toEqual(['12.6%']);
  });
});
