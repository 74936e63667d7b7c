import { describe, expect, it } from 'vitest';
import { OPERATIONS, OPS, operation } from '../../../src/sheets/ops';
import { stepSchema } from '../../../src/sheets/plan-schema';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { describeStep } from '../../../src/sheets/describe-step';
import { parseStep } from '../../../src/sheets/validate-plan';
import { buildSuggestMessages } from '../../../src/sheets/suggest-plan';
import { isMessageKey as hasMessage, translate } from '../../../src/locales';
import type { Table } from '../../../src/sheets/table';

// Issue #12: a cleaning operation is one defineOp entry. This walks the registry, so an operation added
// with a missing piece (no sentence in one language, a template that does not validate, a control for a
// setting the schema lacks) fails here, whatever the operation is.

const sample: Table = {
  headers: ['订单号', '日期', '金额', '地区'],
  rows: [
    [' SO-1 ', '2024/1/5', '¥1,200', '华东区'],
    ['SO-2', '2024年1月6日', '(300)', 'N/A'],
    [' SO-1 ', '2024/1/5', '¥1,200', '华东区'],
    ['ＳＯ-3', '05.01.2024', null, 'east'],
  ],
};

const placeholder = /\{\w+\}|^sheets\./;

describe('the cleaning-operation registry', () => {
  it('lists every operation once, by the name its schema carries', () => {
    expect(new Set(OPS).size).toBe(OPERATIONS.length);
    for (const op of OPERATIONS) expect(op.schema.shape.op.value).toBe(op.name);
  });

  for (const op of OPERATIONS) {
    describe(op.name, () => {
      const step = op.template(sample.headers);

      it('has a template that validates, also for a table of other headers', () => {
        expect(op.schema.safeParse(step).success).toBe(true);
        expect(stepSchema.safeParse(op.template(['x', 'y'])).success).toBe(true);
        // The plan reader (which also reads a model's spellings) takes the template as it is.
        expect(parseStep(step, 0)).toEqual(step);
      });

      it('reads as a sentence in both languages, with every placeholder filled', () => {
        const m = describeStep(step);
        expect(m).toEqual(operation(op.name).describe(step));
        for (const locale of ['zh-CN', 'en-US'] as const) {
          expect(hasMessage(m.key), m.key).toBe(true);
          expect(translate(locale, m.key, m.params)).not.toMatch(placeholder);
        }
        expect(translate('zh-CN', `sheets.op.${op.name}`)).not.toMatch(placeholder);
      });

      it('has a control for every setting it requires, each labelled in both languages', () => {
        const shape = op.schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
        for (const f of op.fields) {
          expect(Object.keys(shape), f.key).toContain(f.key);
          expect(hasMessage(f.label), f.label).toBe(true);
          for (const c of f.choices ?? []) {
            expect(shape[f.key].safeParse(c).success, `${f.key}=${c}`).toBe(true);
            expect(hasMessage(`sheets.choice.${f.choiceLabel}.${c}`), `sheets.choice.${f.choiceLabel}.${c}`).toBe(true);
          }
        }
        const required = Object.keys(shape).filter((k) => k !== 'op' && !shape[k].safeParse(undefined).success);
        for (const k of required)
          expect(
            op.fields.map((f) => f.key),
            `${op.name}.${k}`,
          ).toContain(k);
      });

      it('applies its template to a sample table without touching the source', () => {
        const before = JSON.stringify(sample);
        const r = applyPlan(sample, { steps: [step] }, { changeLimit: 10 });
        expect(r.reports[0].op).toBe(op.name);
        expect(r.table.rows.length).toBeLessThanOrEqual(sample.rows.length);
        expect(JSON.stringify(sample)).toBe(before);
      });

      it('is offered to the model with its own line, and its other names are read as it', () => {
        const system = buildSuggestMessages('{}', '', 'en-US')[0].content;
        expect(system).toContain(`- ${op.guide}`);
        for (const alias of op.aliases ?? []) expect(parseStep({ ...step, op: alias.toUpperCase() }, 0).op).toBe(op.name);
      });
    });
  }

  it('changes what a person would expect on the sample', () => {
    const run = (...steps: object[]) => applyPlan(sample, { steps }, { changeLimit: 50 });
    expect(run(OPERATIONS[0].template(sample.headers)).table.rows[0][0]).toBe('SO-1');
    const deduped = run({ op: 'trim', columns: '*' }, { op: 'dedupe', keys: ['订单号'] });
    expect(deduped.reports[1].rowsRemoved).toBe(1);
    const numbers = run({ op: 'parseNumber', column: '金额' });
    expect(numbers.table.rows.map((r) => r[2])).toEqual([1200, -300, 1200, null]);
  });
});
