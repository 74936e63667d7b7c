// The records a model returns, edited in forms made for them (issue #14): the minutes record (with its place,
// each action item's status and the open questions), proofreading
// suggestions accepted / rejected / reworded one by one. What the user
// sees after an edit, and what is downloaded or inserted into Word, at 320 px without sideways scroll.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { overflowing } from '../support/pane-fit';
import { WEEKLY_MEETING } from '../support/minutes-record';

const NOTES = '周会 2026-03-02\n参会：张三、李四\n上线定在3月15日。张三周五前提交预算说明。';
const NARROW = { width: 320, height: 800 };
const DRAFT = '本月项目进渡良好,预计下月完成。';
const SUGGESTIONS = [
  { original: '项目进渡', replacement: '项目进度', reason: '错别字：“进渡”应为“进度”', category: 'typo' },
  { original: '下月完成', replacement: '下月如期完工', reason: '表述更正式', category: 'style' },
];

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const all = body.messages.map((m) => String(m.content)).join('\n');
    if (all.includes('会议秘书') || all.includes('meeting secretary')) return { content: JSON.stringify(WEEKLY_MEETING) };
    if (all.includes('校对') || all.includes('copy editor')) return { content: JSON.stringify({ suggestions: SUGGESTIONS }) };
    return { content: 'unexpected request' };
  });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function minutesFromNotes(page: Page) {
  await page.getByRole('tab', { name: '写作' }).click();
  await page.getByLabel('文本').fill(NOTES);
  await page.getByRole('button', { name: '生成会议纪要' }).click();
  const form = page.getByRole('form', { name: '纪要内容' });
  await form.getByRole('textbox', { name: '标题', exact: true }).waitFor();
  return form;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await file.path())!, 'utf8');
}

browser.describe('the minutes record in a form', () => {
  it('shows every field of the record, takes edits, refuses a bad date with a sentence, and downloads what the user sees (zh-CN, 320 px)', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url), viewport: NARROW });
    const form = await minutesFromNotes(page);
    // The model's record, field by field.
    await expect(form.getByRole('textbox', { name: '标题', exact: true }).inputValue()).resolves.toBe('产品周会');
    await expect(form.getByRole('textbox', { name: '时间', exact: true }).inputValue()).resolves.toBe('2026-03-02');
    await expect(form.getByRole('textbox', { name: '地点', exact: true }).inputValue()).resolves.toBe('3号会议室');
    await expect(form.getByRole('list', { name: '参会人员' }).getByRole('listitem').allInnerTexts()).resolves.toEqual(['张三\n✕', '李四\n✕']);
    await expect(form.getByRole('textbox', { name: '会议概要', exact: true }).inputValue()).resolves.toBe('确定上线时间和预算说明。');
    await expect(form.getByRole('textbox', { name: '议题 1：标题', exact: true }).inputValue()).resolves.toBe('上线计划');
    await expect(form.getByRole('textbox', { name: '议题 1 要点 1', exact: true }).inputValue()).resolves.toBe('3月15日上线');
    await expect(form.getByRole('textbox', { name: '决定 1', exact: true }).inputValue()).resolves.toBe('3月15日上线');
    const item1 = form.getByRole('group', { name: '行动项 1' });
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 事项', exact: true }).inputValue()).resolves.toBe('提交预算说明');
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 负责人', exact: true }).inputValue()).resolves.toBe('张三');
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 完成时间', exact: true }).inputValue()).resolves.toBe('周五');
    const status1 = item1.getByRole('combobox', { name: '行动项 1 · 状态', exact: true });
    await expect(status1.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).resolves.toBe('进行中');
    await expect(status1.evaluate((el: HTMLSelectElement) => [...el.options].map((o) => o.textContent))).resolves.toEqual(['待办', '进行中', '已完成']);
    await expect(form.getByRole('textbox', { name: '待解决问题 1', exact: true }).inputValue()).resolves.toBe('灰度名单由谁确认？');
    await screenshot(page, 'record-minutes-form-320-zh');
    await form.getByRole('textbox', { name: '地点', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'record-minutes-place-320-zh');
    await item1.scrollIntoViewIfNeeded();
    await screenshot(page, 'record-minutes-action-status-320-zh');

    // Edits: the title, the place, an attendee out and two in (typed together), a second decision, a risk, an
    // action item marked done, an open question.
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('产品周会（第 9 周）');
    await form.getByRole('textbox', { name: '地点', exact: true }).fill('2号会议室（线上：腾讯会议）');
    await form.getByRole('button', { name: '移除参会人员 李四' }).click();
    await form.getByRole('textbox', { name: '添加参会人员', exact: true }).fill('王五、赵六');
    await form.getByRole('textbox', { name: '添加参会人员', exact: true }).press('Enter');
    await form.getByRole('button', { name: '添加: 会议决定' }).click();
    // The new entry takes the focus: the user types straight away.
    await page.keyboard.type('预算说明由财务复核');
    await form.getByRole('button', { name: '添加: 风险' }).click();
    await page.keyboard.type('供应商交期未定');
    await form.getByRole('button', { name: '添加: 待解决问题' }).click();
    await page.keyboard.type('测试环境何时就绪？');
    await form.getByRole('button', { name: '添加行动项' }).click();
    await page.keyboard.type('联系供应商');
    const item2 = form.getByRole('group', { name: '行动项 2' });
    await item2.getByRole('textbox', { name: '行动项 2 · 负责人', exact: true }).fill('王五');
    await item2.getByRole('textbox', { name: '行动项 2 · 完成时间', exact: true }).fill('2026-02-30');
    // A new card starts open; the user marks it done.
    const status2 = item2.getByRole('combobox', { name: '行动项 2 · 状态', exact: true });
    await expect(status2.inputValue()).resolves.toBe('open');
    await status2.selectOption({ label: '已完成' });

    // A day that is not on the calendar: a sentence at the field, and nothing can be downloaded or inserted.
    await item2.getByText('“2026-02-30”这一天不存在：请检查月份和日期。').waitFor();
    await page.getByText('请先改正上面标出的内容；改正之前不会下载或插入。').waitFor();
    await expect(page.getByRole('button', { name: '下载 .md' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: '预览' }).count()).resolves.toBe(0);
    await item2.scrollIntoViewIfNeeded();
    await screenshot(page, 'record-minutes-bad-date-320-zh');
    await item2.getByRole('textbox', { name: '行动项 2 · 完成时间', exact: true }).fill('2026-03-10');

    // The preview and every download are the edited record.
    const preview = page.getByRole('region', { name: '预览' });
    await preview.getByRole('heading', { name: '产品周会（第 9 周）' }).waitFor();
    await expect(preview.getByRole('table').getByRole('row').nth(2).innerText()).resolves.toMatch(/联系供应商\s+王五\s+2026-03-10\s+已完成/);
    await preview.getByText('2号会议室（线上：腾讯会议）').waitFor();
    await preview.getByRole('heading', { name: '待解决问题' }).waitFor();
    await preview.getByRole('table').scrollIntoViewIfNeeded();
    await screenshot(page, 'record-minutes-preview-status-320-zh');
    const md = await download(page, '下载 .md');
    expect(md).toContain('# 产品周会（第 9 周）');
    expect(md).toContain('**时间**：2026-03-02　**地点**：2号会议室（线上：腾讯会议）');
    expect(md).toContain('**参会人员**：张三、王五、赵六');
    expect(md).toContain('1. 3月15日上线\n2. 预算说明由财务复核');
    expect(md).toContain('| 1 | 提交预算说明 | 张三 | 周五 | 进行中 |\n| 2 | 联系供应商 | 王五 | 2026-03-10 | 已完成 |');
    expect(md).toContain('## 风险\n\n- 供应商交期未定');
    expect(md).toContain('## 待解决问题\n\n- 灰度名单由谁确认？\n- 测试环境何时就绪？');
    const json = JSON.parse(await download(page, '下载 .json'));
    expect(json.attendees).toEqual(['张三', '王五', '赵六']);
    expect(json.place).toBe('2号会议室（线上：腾讯会议）');
    expect(json.actionItems).toEqual([
      { task: '提交预算说明', owner: '张三', due: '周五', status: 'in_progress' },
      { task: '联系供应商', owner: '王五', due: '2026-03-10', status: 'done' },
    ]);
    expect(json.openQuestions).toEqual(['灰度名单由谁确认？', '测试环境何时就绪？']);
    const [docxFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .docx' }).click()]);
    const { value: docx } = await mammoth.convertToHtml({ buffer: await readFile((await docxFile.path())!) });
    expect(docx).toContain('<strong>地点</strong>：2号会议室（线上：腾讯会议）');
    expect(docx).toMatch(/<table>.*<strong>状态<\/strong>.*提交预算说明.*进行中.*联系供应商.*已完成.*<\/table>/);
    expect(docx).toContain('<h2>待解决问题</h2><ul><li>灰度名单由谁确认？</li><li>测试环境何时就绪？</li></ul>');

    // Removing rows, then undoing every edit brings the model's record back.
    await form.getByRole('button', { name: '删除行动项 1' }).click();
    await expect(form.getByRole('group', { name: /^行动项 \d/ }).count()).resolves.toBe(1);
    await expect(form.getByRole('textbox', { name: '行动项 1 · 事项', exact: true }).inputValue()).resolves.toBe('联系供应商');
    await form.getByRole('button', { name: '删除决定 2' }).click();
    await expect(form.getByRole('textbox', { name: /^决定/ }).count()).resolves.toBe(1);
    expect(await overflowing(page)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
    const v = await axeSerious(page);
    if (v.length) console.log(JSON.stringify(v, null, 1));
    expect(v).toEqual([]);
    await page.getByRole('button', { name: '撤销我的修改' }).click();
    await expect(form.getByRole('textbox', { name: '标题', exact: true }).inputValue()).resolves.toBe('产品周会');
    await expect(form.getByRole('group', { name: /^行动项 \d/ }).count()).resolves.toBe(1);
  });

  it('is labelled and fits in en-US dark at 320 px; an empty title is refused with a sentence', async () => {
    const { page } = await e2e.open({ locale: 'en-US', dark: true, storage: settingsStorage(llm.url), viewport: NARROW });
    await page.getByRole('tab', { name: 'Writing' }).click();
    await page.getByLabel('Text').fill(NOTES);
    await page.getByRole('button', { name: 'Write minutes' }).click();
    const form = page.getByRole('form', { name: 'Minutes record' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await form.getByText('The minutes need a title: write what the meeting was.').waitFor();
    await expect(page.getByRole('button', { name: 'Download .docx' }).isDisabled()).resolves.toBe(true);
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Weekly product sync');
    await page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Weekly product sync' }).waitFor();
    expect(await overflowing(page)).toEqual([]);
    await expect(axeSerious(page)).resolves.toEqual([]);
    await form.getByRole('group', { name: 'Action item 1' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'record-minutes-form-320-en-dark');
  });

  it('inserts the edited record into Word (host double)', async () => {
    const { page } = await e2e.open({
      host: 'word',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url),
      requirementSets: { WordApi: '1.4' },
      doubleState: { paragraphs: [{ text: NOTES }], selection: [0] },
      viewport: NARROW,
    });
    await page.getByRole('tab', { name: '写作' }).click();
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '生成会议纪要' }).click();
    const form = page.getByRole('form', { name: '纪要内容' });
    await form.getByRole('textbox', { name: '行动项 1 · 负责人', exact: true }).fill('李四');
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('产品周会（修订）');
    await form.getByRole('textbox', { name: '地点', exact: true }).fill('5楼大会议室');
    await form.getByRole('combobox', { name: '行动项 1 · 状态', exact: true }).selectOption({ label: '已完成' });
    await form.getByRole('textbox', { name: '待解决问题 1', exact: true }).fill('灰度名单由产品部确认吗？');
    await page.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByText('已插入文档').waitFor();
    const tree = await page.evaluate(() => (window as unknown as { __WORD_TREE__: () => { type: string; children?: unknown[] }[] }).__WORD_TREE__());
    const unit = tree.find((n) => n.type === 'contentControl') as { children: { type: string; style?: string; text?: string; rows?: string[][] }[] };
    expect(unit.children.find((n) => n.style === 'Heading1')?.text).toBe('产品周会（修订）');
    expect(unit.children[1]).toMatchObject({ type: 'paragraph', text: '时间：2026-03-02　地点：5楼大会议室' });
    expect(unit.children.find((n) => n.type === 'table')?.rows?.slice(0, 2)).toEqual([
      ['#', '事项', '负责人', '完成时间', '状态'],
      ['1', '提交预算说明', '李四', '周五', '已完成'],
    ]);
    const questions = unit.children.findIndex((n) => n.style === 'Heading2' && n.text === '待解决问题');
    expect(unit.children[questions + 1]).toMatchObject({ type: 'listItem', text: '灰度名单由产品部确认吗？' });
  });
});

browser.describe('proofreading suggestions: accept, reject or reword each, then apply only the accepted ones', () => {
  it('standalone (zh-CN, 320 px): reworded, rejected, undone, accept all; the downloads hold exactly the accepted wording', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url), viewport: NARROW });
    await page.getByRole('tab', { name: '写作' }).click();
    await page.getByRole('tab', { name: '校对' }).click();
    await page.getByLabel('文本').fill(DRAFT);
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('共 3 条建议').waitFor();
    await list.getByText('已接受 0 · 已拒绝 0 · 待定 3').waitFor();
    // Nothing is accepted yet: nothing to download.
    await expect(page.getByRole('button', { name: '下载带修订的 .docx' }).count()).resolves.toBe(0);

    // Reword the typo's fix: the same text as the original is refused with a sentence, then a real edit.
    await list.getByRole('button', { name: '修改: 项目进渡 → 项目进度' }).click();
    const box = list.getByRole('textbox', { name: '把“项目进渡”改为' });
    await expect(box.inputValue()).resolves.toBe('项目进度');
    await box.fill('项目进渡');
    await list.getByText('改后的文字与原文相同：请改一下，或拒绝这条建议。').waitFor();
    await expect(list.getByRole('button', { name: '接受此修改' }).isDisabled()).resolves.toBe(true);
    await box.fill('项目进展');
    await box.press('Enter');
    const typo = list.getByRole('listitem', { name: '项目进渡 → 项目进展' });
    await typo.getByText('已接受（按你的改法）').waitFor();

    // Reject the style suggestion, change our mind, reject it again.
    await list.getByRole('button', { name: '拒绝: 下月完成 → 下月如期完工' }).click();
    await list.getByRole('button', { name: '撤销: 下月完成 → 下月如期完工' }).click();
    await list.getByRole('button', { name: '拒绝: 下月完成 → 下月如期完工' }).click();
    await list.getByText('已接受 1 · 已拒绝 1 · 待定 1').waitFor();
    // Accept all takes the one still open (the comma) and leaves the rejected one rejected.
    await expect(list.getByRole('button', { name: '全部接受' }).count()).resolves.toBe(0);
    await list.getByRole('button', { name: '接受: 好,预 → 好，预' }).click();
    await list.getByText('已接受 2 · 已拒绝 1 · 待定 0').waitFor();
    await screenshot(page, 'record-proofread-reviewed-320-zh');

    const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修改后的文本（保持原格式）' }).click()]);
    await expect(readFile((await text.path())!, 'utf8')).resolves.toBe('本月项目进展良好，预计下月完成。\n');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带修订的 .docx' }).click()]);
    const { value } = await mammoth.extractRawText({ buffer: await readFile((await docx.path())!) });
    // mammoth reads a tracked .docx with its insertions in and its deletions out.
    expect(value.trim()).toBe('本月项目进展良好，预计下月完成。');
    expect(await overflowing(page)).toEqual([]);
    const v = await axeSerious(page);
    if (v.length) console.log(JSON.stringify(v, null, 1));
    expect(v).toEqual([]);
  });

  it('Accept all and Reject all decide every open suggestion (en-US dark, 320 px)', async () => {
    const { page } = await e2e.open({ locale: 'en-US', dark: true, storage: settingsStorage(llm.url), viewport: NARROW });
    await page.getByRole('tab', { name: 'Writing' }).click();
    await page.getByRole('tab', { name: 'Proofread' }).click();
    await page.getByLabel('Text').fill(DRAFT);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const list = page.getByRole('region', { name: 'Suggestions' });
    await list.getByText('0 accepted · 0 rejected · 3 to decide').waitFor();
    await list.getByRole('button', { name: 'Reject all' }).click();
    await list.getByText('0 accepted · 3 rejected · 0 to decide').waitFor();
    await expect(page.getByRole('button', { name: 'Download .docx with tracked changes' }).count()).resolves.toBe(0);
    await list.getByRole('button', { name: 'Undo: 项目进渡 → 项目进度' }).click();
    await list.getByRole('button', { name: 'Undo: 好,预 → 好，预' }).click();
    await list.getByRole('button', { name: 'Accept all' }).click();
    await list.getByText('2 accepted · 1 rejected · 0 to decide').waitFor();
    const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download corrected text (as opened)' }).click()]);
    await expect(readFile((await text.path())!, 'utf8')).resolves.toBe('本月项目进度良好，预计下月完成。\n');
    expect(await overflowing(page)).toEqual([]);
    await expect(axeSerious(page)).resolves.toEqual([]);
    await screenshot(page, 'record-proofread-320-en-dark');
  });

  it('in Word (host double): only the accepted suggestions, with the user’s wording, become tracked changes', async () => {
    const { page } = await e2e.open({
      host: 'word',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url),
      requirementSets: { WordApi: '1.4' },
      doubleState: { paragraphs: [{ text: DRAFT }], selection: [0] },
      viewport: NARROW,
    });
    await page.getByRole('tab', { name: '写作' }).click();
    await page.getByRole('tab', { name: '校对' }).click();
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('共 3 条建议').waitFor();
    await list.getByRole('button', { name: '修改: 下月完成 → 下月如期完工' }).click();
    await list.getByRole('textbox', { name: '把“下月完成”改为' }).fill('下月底完成');
    await list.getByRole('button', { name: '接受此修改' }).click();
    await list.getByRole('button', { name: '拒绝: 项目进渡 → 项目进度' }).click();
    await list.getByRole('button', { name: '接受: 好,预 → 好，预' }).click();
    await list.getByRole('button', { name: '应用已接受的 2 条' }).click();
    await page.getByText('已作为修订应用').waitFor();
    await list.getByRole('listitem', { name: '下月完成 → 下月底完成' }).getByText('已应用').waitFor();
    const doc = await page.evaluate(() => (window as unknown as { __WORD_DOC__: { revisions: unknown[]; paragraphs: { text: string }[] } }).__WORD_DOC__);
    // The rejected typo fix is not in the document; the reworded one is, as the user wrote it.
    expect(doc.revisions).toMatchObject([
      { original: ',', replacement: '，', tracked: true },
      { original: '下月完成', replacement: '下月底完成', tracked: true },
    ]);
    expect(doc.paragraphs[0]!.text).toBe('本月项目进渡良好，预计下月底完成。');
    // Applied cards have nothing left to press; the rejected one can still be reconsidered.
    await expect(list.getByRole('button', { name: /^(接受|拒绝|修改): 下月完成/ }).count()).resolves.toBe(0);
    await list.getByRole('button', { name: '撤销: 项目进渡 → 项目进度' }).waitFor();
    await screenshot(page, 'record-proofread-word-320-zh');
  });
});
