import { describe, expect, it } from 'vitest';
import { describeStep } from '../../../src/sheets/describe-step';
import { OPS, stepSchema, stepSchemas, filterOps, type OpName } from '../../../src/sheets/plan-schema';
import { translate } from '../../../src/locales';

// The cleaning steps as the pane shows them: sentences, not JSON (issue #14).
const zh = (step: object) => {
  const m = describeStep(stepSchema.parse(step));
  return translate('zh-CN', m.key, m.params);
};
const en = (step: object) => {
  const m = describeStep(stepSchema.parse(step));
  return translate('en-US', m.key, m.params);
};

describe('cleaning steps as sentences', () => {
  it('reads the steps of a typical plan as a person would say them', () => {
    expect(zh({ op: 'trim', columns: '*' })).toBe('去掉所有列首尾空格');
    expect(zh({ op: 'parseDate', column: '下单日期' })).toBe('把“下单日期”列转成 2024-01-05 格式（含糊的日期按 YMD 读取）');
    expect(zh({ op: 'dedupe', keys: ['订单号'] })).toBe('“订单号”重复时保留第一行');
    expect(en({ op: 'dedupe', keys: ['Order', 'Line'], keep: 'last' })).toBe('When “Order”, “Line” repeats, keep the last row');
    expect(en({ op: 'mapValues', column: 'Region', mapping: { 'E.': 'East', east: 'East', EAST: 'East', W: 'West' } })).toBe(
      'In “Region”, write 4 variants one way (E. → East, east → East, EAST → East, …)',
    );
    expect(zh({ op: 'nullify', columns: ['备注'], values: ['N/A', '无'] })).toBe('“备注”中的 “N/A” “无” 视为空值');
  });

  it('has a sentence for every operation and every variant, in both languages, with every placeholder filled', () => {
    const samples: object[] = [
      ...OPS.filter((op) => !['fillMissing', 'standardizeCase', 'filterRows', 'dedupe'].includes(op)).map((op) => ({
        op,
        columns: '*',
        column: 'A',
        values: ['x'],
        mapping: { a: 'b' },
        separator: '-',
        into: ['B', 'C'],
        from: 'A',
        to: 'B',
        find: 'x',
        replace: 'y',
      })),
      ...OPS.filter((op) => ['trim', 'toHalfWidth', 'dropColumns', 'nullify'].includes(op)).map((op) => ({ op, columns: ['A', 'B'], values: ['x'] })),
      ...['value', 'previous', 'mean', 'median', 'mode'].map((strategy) => ({ op: 'fillMissing', column: 'A', strategy, value: 0 })),
      ...['upper', 'lower', 'title'].map((to) => ({ op: 'standardizeCase', column: 'A', to })),
      ...filterOps.map((where) => ({ op: 'filterRows', column: 'A', where, value: 3 })),
      ...['first', 'last'].flatMap((keep) => [
        { op: 'dedupe', keep },
        { op: 'dedupe', keep, keys: ['A'] },
      ]),
    ];
    for (const raw of samples) {
      // Only the settings this operation has.
      const keys = Object.keys(stepSchemas[(raw as { op: OpName }).op].shape);
      const parsed = stepSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => keys.includes(k))));
      expect(parsed.success, JSON.stringify(raw)).toBe(true);
      if (!parsed.success) continue;
      const m = describeStep(parsed.data);
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const text = translate(locale, m.key, m.params);
        expect(text, `${locale} ${JSON.stringify(raw)}`).not.toMatch(/sheets\.step|\{\w+\}/);
      }
    }
  });
});
