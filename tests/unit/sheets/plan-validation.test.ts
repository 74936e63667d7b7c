import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { parsePlan } from '../../../src/sheets/validate-plan';
import { AppError } from '../../../src/errors';
import { translate } from '../../../src/locales';
import type { Table } from '../../../src/sheets/table';

const t: Table = { headers: ['a', 'b'], rows: [[' x ', '1']] };

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('plan validation before anything runs', () => {
  it('rejects an unknown op, naming the step and the known ops', () => {
    const e = errorOf(() =>
      applyPlan(t, {
        steps: [
          { op: 'trim', columns: '*' },
          { op: 'splitt', column: 'a' },
        ],
      }),
    );
    expect(e.key).toBe('sheets.error.planInvalid');
    const msg = translate('en-US', e.key, e.params);
    expect(msg).toContain('step 2');
    expect(msg).toContain('"splitt"');
    expect(msg).toContain('splitColumn');
  });

  it('rejects a missing column, even one that appears only after a rename', () => {
    const e = errorOf(() =>
      applyPlan(t, {
        steps: [
          { op: 'trim', columns: '*' },
          { op: 'renameColumn', from: 'a', to: 'A' },
          { op: 'parseNumber', column: 'a' },
        ],
      }),
    );
    expect(e.key).toBe('sheets.error.columnNotFound');
    expect(e.params).toMatchObject({ column: 'a', step: 3 });
    expect(translate('zh-CN', e.key, e.params)).toContain('A, b');
  });

  it('rejects a rename onto an existing column and a bad field', () => {
    expect(errorOf(() => applyPlan(t, { steps: [{ op: 'renameColumn', from: 'a', to: 'b' }] })).key).toBe('sheets.error.columnExists');
    expect(
      translate('en-US', 'sheets.error.planInvalid', errorOf(() => parsePlan({ steps: [{ op: 'fillMissing', column: 'a', strategy: 'value' }] })).params),
    ).toContain('value');
    expect(errorOf(() => parsePlan('{"steps": [')).key).toBe('sheets.error.planInvalid');
    expect(errorOf(() => parsePlan({ rows: [] })).key).toBe('sheets.error.planInvalid');
  });

  it('accepts the comparison of filterRows under the spellings models use', () => {
    const p = parsePlan({ steps: [{ op: 'filterRows', column: 'b', operator: 'eq', value: '1' }] });
    expect(p.steps[0]).toMatchObject({ where: 'eq' });
  });

  it('skips disabled steps and reports them', () => {
    const r = applyPlan(t, { steps: [{ op: 'trim', columns: '*', enabled: false }] });
    expect(r.table.rows[0][0]).toBe(' x ');
    expect(r.reports[0].skipped).toBe(true);
  });
});
