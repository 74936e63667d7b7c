import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import { checkMinutes, dateProblem, editedMinutes } from '../../../src/writing/minutes-edit';
import { minutesSchema } from '../../../src/writing/minutes-schema';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { WEEKLY_MEETING } from '../../support/minutes-record';

const record = () => minutesSchema.parse(structuredClone(WEEKLY_MEETING));
const said = (m: { key: Parameters<typeof translate>[1]; params?: Record<string, string | number> } | null | undefined) =>
  m ? translate('en-US', m.key, m.params) : null;

describe('the minutes record as the user edits it', () => {
  it('accepts dates in words, ISO dates with a time, and Chinese dates; refuses days not on the calendar', () => {
    for (const ok of ['2026-03-02', '2026/3/2', '2026年3月2日', '2026-03-02 14:30', '周五', 'next Monday', '', null]) expect(dateProblem(ok)).toBeNull();
    expect(said(dateProblem('2026-02-30'))).toBe('“2026-02-30” is not a day on the calendar: check the month and the day.');
    expect(said(dateProblem('2026-13-01'))).toContain('not a day on the calendar');
    expect(said(dateProblem('03-02'))).toBe('“03-02” is not a date: write it as 2026-03-02 (a time may follow), or in words.');
  });

  it('names each problem by its field: no title, a bad date, an action item with an owner but no task', () => {
    const m = {
      ...record(),
      title: '  ',
      date: '2026-02-30',
      actionItems: [
        { task: '', owner: '张三', due: '2026-04-31' },
        { task: '', owner: null, due: null },
      ],
    };
    const p = checkMinutes(m);
    expect(Object.keys(p).sort()).toEqual(['action.0.due', 'action.0.task', 'date', 'title']);
    expect(translate('zh-CN', p['action.0.task']!.key, p['action.0.task']!.params)).toBe('行动项 1 没有写事项：写上要做什么，或删除这一项。');
    expect(checkMinutes(record())).toEqual({});
  });

  it('tidies the edit for the outputs: trimmed, blank entries and empty rows dropped, duplicates the user wrote kept', () => {
    const m = {
      ...record(),
      title: ' 产品周会（修订） ',
      date: '',
      decisions: ['3月15日上线', '  ', '3月15日上线'],
      topics: [...record().topics, { title: '', points: [''] }],
      actionItems: [...record().actionItems, { task: '', owner: '', due: '' }, { task: ' 联系供应商 ', owner: '', due: '2026-03-10' }],
    };
    const out = editedMinutes(m);
    expect(out.title).toBe('产品周会（修订）');
    expect(out.date).toBeNull();
    expect(out.decisions).toEqual(['3月15日上线', '3月15日上线']);
    expect(out.topics).toHaveLength(1);
    expect(out.actionItems).toEqual([
      { task: '提交预算说明', owner: '张三', due: '周五', status: 'in_progress' },
      { task: '联系供应商', owner: null, due: '2026-03-10', status: 'open' },
    ]);
    const md = renderMinutesMarkdown(out, 'zh-CN');
    expect(md).toContain('| 2 | 联系供应商 | — | 2026-03-10 | 待办 |');
    expect(md).not.toContain('**时间**');
  });

  it('a card with only a status picked still needs its task; place and open questions are tidied like the rest', () => {
    const m = {
      ...record(),
      place: '  ',
      openQuestions: ['  谁来确认灰度名单？ ', ''],
      actionItems: [...record().actionItems, { task: '', owner: null, due: null, status: 'done' as const }],
    };
    expect(Object.keys(checkMinutes(m))).toEqual(['action.1.task']);
    const out = editedMinutes({ ...m, actionItems: record().actionItems });
    expect(out.place).toBeNull();
    expect(out.openQuestions).toEqual(['谁来确认灰度名单？']);
  });

  it('an edited record written before place, status and open questions existed gets their defaults', () => {
    const { place: _p, openQuestions: _q, ...old } = record();
    const out = editedMinutes({ ...old, actionItems: [{ task: '提交预算说明', owner: '张三', due: '周五' }] });
    expect(out).toMatchObject({ place: null, openQuestions: [], actionItems: [{ task: '提交预算说明', status: 'open' }] });
  });
});
