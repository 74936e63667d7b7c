// The minutes record's place, action-item status and open questions (issue #14): read from the model and
// from records saved before they existed, asked for in the prompt, and shown in every output in the
// document's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { InvalidOutputError } from '../../../src/llm';
import { translate } from '../../../src/locales';
import { dedupeActionItems, tidyMinutes } from '../../../src/writing/merge-minutes';
import { minutesFile } from '../../../src/writing/minutes-output';
import { condenseMessages, minutesMessages } from '../../../src/writing/minutes-prompt';
import { minutesSchema, type Minutes } from '../../../src/writing/minutes-schema';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { readSavedMinutes } from '../../../src/writing/saved-minutes';
import { generateMinutes } from '../../../src/writing/generate-minutes';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { WEEKLY_MEETING, WEEKLY_MEETING_SAVED_BEFORE } from '../../support/minutes-record';

const NOTES = '产品周会 2026-03-02，3号会议室\n参会：张三、李四\n张三正在写预算说明，周五前交。\n灰度名单由谁确认？还没定。';

const EN: Minutes = minutesSchema.parse({
  title: 'Weekly product sync',
  date: '2026-03-02',
  place: 'Room 3',
  attendees: ['Ana', 'Ben'],
  summary: 'Launch date and budget.',
  decisions: ['Launch on 15 March'],
  actionItems: [
    { task: 'Send the budget note', owner: 'Ana', due: 'Friday', status: 'done' },
    { task: 'Book the test devices', owner: 'Ben', due: null, status: 'in_progress' },
    { task: 'Update the launch page', owner: null, due: null },
  ],
  risks: ['Devices may arrive late'],
  openQuestions: ['Who signs off the beta list?'],
});

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});

describe('the record: place, status and open questions', () => {
  it('reads a record saved before the fields existed: no place, every action item open, no open questions', () => {
    const m = minutesSchema.parse(structuredClone(WEEKLY_MEETING_SAVED_BEFORE));
    expect(m.place).toBeNull();
    expect(m.actionItems).toEqual([{ task: '提交预算说明', owner: '张三', due: '周五', status: 'open' }]);
    expect(m.openQuestions).toEqual([]);
    // Everything it did hold is as it was.
    expect(m).toMatchObject(WEEKLY_MEETING_SAVED_BEFORE);
    // Its minutes are the old ones, with the status column saying 待办 and no empty section.
    const md = renderMinutesMarkdown(m, 'zh-CN');
    expect(md).toContain('**时间**：2026-03-02\n');
    expect(md).not.toContain('地点');
    expect(md).toContain('| 1 | 提交预算说明 | 张三 | 周五 | 待办 |');
    expect(md).not.toContain('待解决问题');
  });

  it('reads the new fields, and the ways models and people write a status', () => {
    const m = minutesSchema.parse(WEEKLY_MEETING);
    expect(m).toMatchObject({ place: '3号会议室', openQuestions: ['灰度名单由谁确认？'], actionItems: [{ status: 'in_progress' }] });
    const status = (s: unknown) => minutesSchema.parse({ title: 'x', actionItems: [{ task: 't', status: s }] }).actionItems[0]!.status;
    for (const s of ['open', 'TODO', '待办', '未开始', '', null, 'N/A', undefined]) expect(status(s), String(s)).toBe('open');
    for (const s of ['in_progress', 'In progress', '进行中', 'ongoing']) expect(status(s), String(s)).toBe('in_progress');
    for (const s of ['done', 'Completed', '已完成', '完成']) expect(status(s), String(s)).toBe('done');
    // A place the model did not know, or one question written as a string.
    expect(minutesSchema.parse({ title: 'x', place: '未提及', openQuestions: ' 谁来确认？ ' })).toMatchObject({ place: null, openQuestions: ['谁来确认？'] });
  });

  it('a status that is none of the three is sent back for repair; a second wrong one is the sentence for unusable output', async () => {
    const bad = { ...WEEKLY_MEETING, actionItems: [{ task: '提交预算说明', owner: '张三', due: '周五', status: 'maybe later' }] };
    llm.setHandler((_b, i) => ({ content: JSON.stringify(i % 2 === 0 ? bad : WEEKLY_MEETING) }));
    const before = llm.requests.length;
    const r = await generateMinutes(llm.settings, NOTES);
    expect(r.minutes.actionItems[0]!.status).toBe('in_progress');
    expect(r.warnings).toEqual([{ key: 'llm.warning.repaired' }]);
    // The repair request names the field and the values it may take.
    const repair = String(llm.requests[before + 1]?.messages.at(-1)?.content);
    expect(repair).toContain('status');
    expect(repair).toContain('in_progress');

    llm.setHandler(() => ({ content: JSON.stringify(bad) }));
    const err = await generateMinutes(llm.settings, NOTES).catch((e: unknown) => e);
    expect(InvalidOutputError.isInstance(err)).toBe(true);
    const sentence = translate('en-US', (err as InvalidOutputError).key, (err as InvalidOutputError).params);
    expect(sentence).toMatch(/^The model did not return/);
    expect(sentence).toContain('status');
  });

  it('the prompt asks for place, status and open questions in both languages, and says not to invent a place', () => {
    const zh = minutesMessages(NOTES, 'zh-CN')[0]!.content;
    expect(zh).toContain('"place": string | null');
    expect(zh).toContain('"status": "open" | "in_progress" | "done"');
    expect(zh).toContain('"openQuestions": string[]');
    expect(zh).toMatch(/place.*只有记录写明时才填，不要推测/);
    expect(zh).toMatch(/其余（包括没有提到进度的）一律填 "open"/);
    const en = minutesMessages('Weekly sync', 'en-US')[0]!.content;
    expect(en).toMatch(/place: .*only when the notes say it; never guess/);
    expect(en).toMatch(/questions raised and not yet answered or decided go in openQuestions/);
    // Long notes are condensed keeping them too.
    expect(condenseMessages('x', 0, 2, 'zh-CN')[0]!.content).toContain('日期和地点');
    expect(condenseMessages('x', 0, 2, 'en-US')[0]!.content).toContain('questions left open');
  });

  it('merging restated action items keeps the further status; open questions are deduplicated', () => {
    expect(
      dedupeActionItems([
        { task: 'Send the budget', owner: 'Ann', due: null, status: 'open' },
        { task: 'send the budget.', owner: 'Ann', due: 'Friday', status: 'done' },
        { task: 'Book a room', owner: null, due: null, status: 'in_progress' },
        { task: 'Book a room', owner: null, due: null },
      ]),
    ).toEqual([
      { task: 'Send the budget', owner: 'Ann', due: 'Friday', status: 'done' },
      { task: 'Book a room', owner: null, due: null, status: 'in_progress' },
    ]);
    expect(tidyMinutes({ ...EN, openQuestions: ['Who signs off?', 'who signs off', 'When?'] }).openQuestions).toEqual(['Who signs off?', 'When?']);
  });
});

describe('the mock model', () => {
  it('answers a minutes request, unscripted, with a record that has a place, a status and an open question', async () => {
    const plain = await startMockLlm();
    try {
      const r = await generateMinutes(plain.settings, NOTES);
      expect(r.minutes).toMatchObject({ place: '3号会议室', actionItems: [{ status: 'in_progress' }], openQuestions: ['灰度名单由谁确认？'] });
    } finally {
      await plain.close();
    }
  });
});

describe('every output shows them, in the document’s language', () => {
  it('Markdown, zh-CN: place in the header line, status words, open questions as their own section after the risks', () => {
    const md = renderMinutesMarkdown(minutesSchema.parse(WEEKLY_MEETING), 'zh-CN');
    expect(md).toContain('\n**时间**：2026-03-02　**地点**：3号会议室\n\n**参会人员**：张三、李四\n');
    expect(md).toContain('| # | 事项 | 负责人 | 完成时间 | 状态 |\n| --- | --- | --- | --- | --- |\n| 1 | 提交预算说明 | 张三 | 周五 | 进行中 |');
    expect(md).toMatch(/## 待解决问题\n\n- 灰度名单由谁确认？\n$/);
    const done = renderMinutesMarkdown(
      { ...minutesSchema.parse(WEEKLY_MEETING), actionItems: [{ task: '订会议室', owner: null, due: null, status: 'done' }] },
      'zh-CN',
    );
    expect(done).toContain('| 1 | 订会议室 | — | — | 已完成 |');
  });

  it('Markdown, en-US: the same in English; a place without a date stands alone; no empty heading', () => {
    const md = renderMinutesMarkdown(EN, 'en-US');
    expect(md).toContain('\n**Date**: 2026-03-02 · **Place**: Room 3\n');
    expect(md).toContain('| # | Task | Owner | Due | Status |');
    expect(md).toContain('| 1 | Send the budget note | Ana | Friday | Done |');
    expect(md).toContain('| 2 | Book the test devices | Ben | — | In progress |');
    expect(md).toContain('| 3 | Update the launch page | — | — | Open |');
    expect(md.indexOf('## Risks\n')).toBeLessThan(md.indexOf('## Open questions\n\n- Who signs off the beta list?'));
    const bare = renderMinutesMarkdown({ ...EN, date: null, risks: [], openQuestions: [] }, 'en-US');
    expect(bare).toContain('\n**Place**: Room 3\n');
    expect(bare).not.toMatch(/Open questions|## Risks|Date/);
  });

  it('a record built in code without the new fields renders (status open, no place, no section)', () => {
    const { place: _place, openQuestions: _questions, ...old } = EN;
    const md = renderMinutesMarkdown({ ...old, actionItems: [{ task: 'Send it', owner: null, due: null }] }, 'en-US');
    expect(md).toContain('| 1 | Send it | — | — | Open |');
    expect(md).not.toMatch(/Place|Open questions/);
  });

  it('the .docx (read back by mammoth) has the place, the status column and the open questions, in both languages', async () => {
    const en = (await mammoth.convertToHtml({ buffer: Buffer.from(await minutesFile(EN, 'en-US', 'docx')) })).value;
    expect(en).toContain('<p><strong>Date</strong>: 2026-03-02 · <strong>Place</strong>: Room 3</p>');
    expect(en).toMatch(/<table>.*<strong>Status<\/strong>.*Send the budget note.*Done.*Book the test devices.*In progress.*<\/table>/);
    expect(en).toContain('<h2>Open questions</h2><ul><li>Who signs off the beta list?</li></ul>');
    const zh = (await mammoth.convertToHtml({ buffer: Buffer.from(await minutesFile(minutesSchema.parse(WEEKLY_MEETING), 'zh-CN', 'docx')) })).value;
    expect(zh).toContain('<strong>地点</strong>：3号会议室');
    expect(zh).toMatch(/<table>.*<strong>状态<\/strong>.*提交预算说明.*进行中.*<\/table>/);
    expect(zh).toContain('<h2>待解决问题</h2><ul><li>灰度名单由谁确认？</li></ul>');
  });
});

describe('a record saved as .json, read back', () => {
  it('reads the new and the old shape, and tells the language from the text', async () => {
    const saved = readSavedMinutes(JSON.stringify(WEEKLY_MEETING_SAVED_BEFORE), 'old.json');
    expect(saved.language).toBe('zh-CN');
    expect(saved.minutes).toEqual(minutesSchema.parse(WEEKLY_MEETING_SAVED_BEFORE));
    const json = new TextDecoder().decode(await minutesFile(EN, 'en-US', 'json'));
    expect(readSavedMinutes(json, 'en.json')).toEqual({ minutes: EN, language: 'en-US' });
  });

  it('anything that is not a record gets a sentence naming the file', () => {
    const said = (text: string) => {
      try {
        readSavedMinutes(text, 'm.json');
      } catch (e) {
        const err = e as { key: Parameters<typeof translate>[1]; params: Record<string, string> };
        return translate('en-US', err.key, err.params);
      }
      return 'read';
    };
    expect(said('{"title": "x",')).toMatch(/^m\.json is not a minutes record \(.*JSON.*\)\. Give the \.json that `dsplus minutes --json`/);
    expect(said('[1, 2]')).toMatch(/^m\.json is not a minutes record \(no "title"\)/);
    expect(said('{"title": "x", "actionItems": [{"task": "t", "status": "someday"}]}')).toMatch(/^m\.json is not a minutes record \(.*status.*\)/);
  });
});
