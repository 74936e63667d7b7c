import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { describeStep } from '../../../src/sheets/describe-step';
import { parseStep } from '../../../src/sheets/validate-plan';
import { translate } from '../../../src/locales';

// replaceText was added through the registry (src/sheets/ops/replace-text.ts); the registry test checks its
// template, sentences and controls, this one what it does.
const table = {
  headers: ['姓名', '电话'],
  rows: [
    ['张三（已退）', '138-0013-8000'],
    ['李四', '139 0013 9000'],
    [null, 42],
  ],
};

describe('replaceText', () => {
  it('replaces every occurrence inside cells of the named columns, counting the cells it changed', () => {
    const r = applyPlan(table, { steps: [{ op: 'replaceText', columns: ['电话'], find: '-', replace: '' }] }, { changeLimit: 10 });
    expect(r.table.rows.map((row) => row[1])).toEqual(['13800138000', '139 0013 9000', 42]);
    expect(r.reports[0].cellsChanged).toBe(1);
    expect(r.changes).toEqual([{ step: 0, row: 0, column: '电话', before: '138-0013-8000', after: '13800138000' }]);
    expect(r.table.rows[0][0]).toBe('张三（已退）');
  });

  it('reads as a sentence that says "remove" when the replacement is empty', () => {
    const say = (step: object) => {
      const m = describeStep(parseStep(step, 0));
      return [translate('zh-CN', m.key, m.params), translate('en-US', m.key, m.params)];
    };
    expect(say({ op: 'replaceText', columns: ['姓名'], find: '（已退）', replace: '' })).toEqual(['删去“姓名”中的“（已退）”', 'Remove “（已退）” from “姓名”']);
    expect(say({ op: 'replaceText', columns: '*', find: ' ', replace: '_' })).toEqual(['把所有列中的“ ”替换为“_”', 'Replace “ ” with “_” in every column']);
  });

  it('reads a model’s spellings of it', () => {
    expect(parseStep({ op: 'replace_all', column: '电话', search: '-' }, 0)).toEqual({ op: 'replaceText', columns: '电话', find: '-', replace: '' });
  });
});
