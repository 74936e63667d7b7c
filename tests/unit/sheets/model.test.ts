import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { generateMessySales, SALES_PLAN } from '../../fixtures/sheets/messy-sales';
import { profileTable } from '../../../src/sheets/profile';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { analyzeTable } from '../../../src/sheets/analysis';
import { buildModelView, sampleRows } from '../../../src/sheets/model-view';
import { suggestPlan } from '../../../src/sheets/suggest-plan';
import { narrate } from '../../../src/sheets/narrate';
import { checkFormula, columnLetter, suggestFormula } from '../../../src/sheets/formula';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm?.close();
});

describe('what the model sees', () => {
  it('at most 20 sample rows spread over the table', () => {
    const t = generateMessySales(1000, 2);
    const s = sampleRows(t);
    expect(s.rows).toHaveLength(20);
    expect(s.rows[0]).toBe(t.rows[0]);
    expect(s.rows.at(-1)).not.toBe(t.rows[19]);
  });

  it('the same size for 200 rows or 20,000', () => {
    const size = (n: number) => {
      const t = generateMessySales(n, 4);
      const v = buildModelView(t, profileTable(t), true);
      return v.profileJson.length + v.sampleCsv.length;
    };
    expect(size(20_000) / size(200)).toBeLessThan(1.5);
  });

  it('masks phone numbers in the profile and the sample alike, and restores them', () => {
    const t = generateMessySales(50, 4);
    const v = buildModelView(t, profileTable(t), true);
    expect(v.profileJson + v.sampleCsv).not.toMatch(/1[3-9]\d{9}/);
    expect(v.maskedCount).toBeGreaterThan(0);
    const tag = /\[PHONE_\d+\]/.exec(v.sampleCsv)?.[0] ?? '';
    expect(v.restore(tag)).toMatch(/^1[3-9]\d{9}$/);
  });
});

describe('suggestPlan', () => {
  it('returns the validated plan, drops steps naming absent columns and restores masked values', async () => {
    const t = generateMessySales(100, 8);
    const phones = new Set(t.rows.map((row) => String(row[9])));
    llm.setHandler((body) => {
      const tag = /\[PHONE_1\]/.exec(JSON.stringify(body.messages))?.[0] ?? 'none';
      return {
        content: JSON.stringify({
          steps: [
            { op: 'trim', columns: '*' },
            { op: 'parseNumber', column: '金额' },
            { op: 'filterRows', column: '联系电话', where: 'ne', value: tag },
          ],
        }),
      };
    });
    const r = await suggestPlan({ ...llm.settings, maskSensitive: true }, t, profileTable(t), { locale: 'zh-CN' });
    expect(r.plan.steps.map((s) => s.op)).toEqual(['trim', 'filterRows']);
    const value = (r.plan.steps[1] as { value: string }).value;
    expect(value).toMatch(/^1[3-9]\d{9}$/);
    expect(phones.has(value)).toBe(true);
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0].error.key).toBe('sheets.error.columnNotFound');
  });
});

describe('narrate', () => {
  it('sends only the facts and flags numbers that are not among them', async () => {
    const t = applyPlan(generateMessySales(300, 9), SALES_PLAN).table;
    const facts = analyzeTable(t, { by: '地区' });
    const top = facts.groupBy!.groups[0];
    llm.setHandler(() => ({
      content: JSON.stringify({
        summary: `${top.key}销售额 ${top.sums['销售额'].toLocaleString('en-US')}，占 ${top.sharePct}%。`,
        trends: ['同比增长 42.42%。'],
        anomalies: [],
        suggestions: ['关注退货。'],
      }),
    }));
    const before = llm.requests.length;
    const r = await narrate(llm.settings, facts, { locale: 'zh-CN' });
    const sent = JSON.stringify(llm.requests.slice(before));
    expect(sent).not.toContain('SO-0');
    expect(r.unverified).toEqual(['42.42%']);
  });
});

describe('formula helper', () => {
  it('checks the formula shape', () => {
    expect(checkFormula('SUM(A1:A3)')).toBe('=SUM(A1:A3)');
    expect(checkFormula('```excel\n=SUM(A1:A3)\n```')).toBe('=SUM(A1:A3)');
    expect(checkFormula('=SUM(A1:A3')).toBeNull();
    expect(checkFormula('=IF(A1="(",1,0)')).toBe('=IF(A1="(",1,0)');
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });

  it('gives the model column letters from where the table starts, and returns the formula', async () => {
    llm.setHandler(() => ({ content: JSON.stringify({ formula: '=SUM(D2:D4)', explanation: '求和' }) }));
    const before = llm.requests.length;
    const r = await suggestFormula(
      llm.settings,
      {
        address: 'Sheet1!C1:D4',
        table: {
          headers: ['地区', '金额'],
          rows: [
            ['华东', 1],
            ['华北', 2],
            ['华东', 3],
          ],
        },
        targetCell: 'F1',
      },
      '金额合计',
      { locale: 'zh-CN' },
    );
    expect(r).toMatchObject({ formula: '=SUM(D2:D4)', explanation: '求和' });
    const user = llm.requests[before].messages.at(-1)!.content;
    expect(user).toContain('C: 地区');
    expect(user).toContain('D: 金额');
    expect(user).toContain('F1');
  });

  it('refuses an unusable formula with a clear error', async () => {
    llm.setHandler(() => ({ content: JSON.stringify({ formula: '=SUM((A1', explanation: '' }) }));
    await expect(suggestFormula(llm.settings, { address: 'A1:B2', table: { headers: ['a'], rows: [[1]] } }, 'x', { locale: 'en-US' })).rejects.toMatchObject({
      key: 'sheets.error.badFormula',
    });
  });
});
