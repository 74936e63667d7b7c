// The records a model returns, edited in forms made for them (issue #14): the minutes record. What the user
// sees after an edit, and what is downloaded or inserted into Word, at 320 px without sideways scroll.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { overflowing } from '../support/pane-fit';
import { WEEKLY_MEETING } from '../support/minutes-record';

const NOTES = '周会 2026-03-02\n参会：张三、李四\n上线定在3月15日。张三周五前提交预算说明。';
const NARROW = { width: 320, height: 800 };

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const all = body.messages.map((m) => String(m.content)).join('\n');
    if (all.includes('会议秘书') || all.includes('meeting secretary')) return { content: JSON.stringify(WEEKLY_MEETING) };
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
    await expect(form.getByRole('list', { name: '参会人员' }).getByRole('listitem').allInnerTexts()).resolves.toEqual(['张三\n✕', '李四\n✕']);
    await expect(form.getByRole('textbox', { name: '会议概要', exact: true }).inputValue()).resolves.toBe('确定上线时间和预算说明。');
    await expect(form.getByRole('textbox', { name: '议题 1：标题', exact: true }).inputValue()).resolves.toBe('上线计划');
    await expect(form.getByRole('textbox', { name: '议题 1 要点 1', exact: true }).inputValue()).resolves.toBe('3月15日上线');
    await expect(form.getByRole('textbox', { name: '决定 1', exact: true }).inputValue()).resolves.toBe('3月15日上线');
    const item1 = form.getByRole('group', { name: '行动项 1' });
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 事项', exact: true }).inputValue()).resolves.toBe('提交预算说明');
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 负责人', exact: true }).inputValue()).resolves.toBe('张三');
    await expect(item1.getByRole('textbox', { name: '行动项 1 · 完成时间', exact: true }).inputValue()).resolves.toBe('周五');
    await screenshot(page, 'record-minutes-form-320-zh');

    // Edits: the title, an attendee out and two in (typed together), a second decision, a risk, an action item.
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('产品周会（第 9 周）');
    await form.getByRole('button', { name: '移除参会人员 李四' }).click();
    await form.getByRole('textbox', { name: '添加参会人员', exact: true }).fill('王五、赵六');
    await form.getByRole('textbox', { name: '添加参会人员', exact: true }).press('Enter');
    await form.getByRole('button', { name: '添加: 会议决定' }).click();
    // The new entry takes the focus: the user types straight away.
    await page.keyboard.type('预算说明由财务复核');
    await form.getByRole('button', { name: '添加: 风险与待解决问题' }).click();
    await page.keyboard.type('供应商交期未定');
    await form.getByRole('button', { name: '添加行动项' }).click();
    await page.keyboard.type('联系供应商');
    const item2 = form.getByRole('group', { name: '行动项 2' });
    await item2.getByRole('textbox', { name: '行动项 2 · 负责人', exact: true }).fill('王五');
    await item2.getByRole('textbox', { name: '行动项 2 · 完成时间', exact: true }).fill('2026-02-30');

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
    await expect(preview.getByRole('table').getByRole('row').nth(2).innerText()).resolves.toMatch(/联系供应商\s+王五\s+2026-03-10/);
    const md = await download(page, '下载 .md');
    expect(md).toContain('# 产品周会（第 9 周）');
    expect(md).toContain('**参会人员**：张三、王五、赵六');
    expect(md).toContain('1. 3月15日上线\n2. 预算说明由财务复核');
    expect(md).toContain('| 2 | 联系供应商 | 王五 | 2026-03-10 |');
    expect(md).toContain('## 风险与待解决问题\n\n- 供应商交期未定');
    const json = JSON.parse(await download(page, '下载 .json'));
    expect(json.attendees).toEqual(['张三', '王五', '赵六']);
    expect(json.actionItems).toEqual([
      { task: '提交预算说明', owner: '张三', due: '周五' },
      { task: '联系供应商', owner: '王五', due: '2026-03-10' },
    ]);

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
    await page.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByText('已插入文档').waitFor();
    const tree = await page.evaluate(() => (window as unknown as { __WORD_TREE__: () => { type: string; children?: unknown[] }[] }).__WORD_TREE__());
    const unit = tree.find((n) => n.type === 'contentControl') as { children: { type: string; style?: string; text?: string; rows?: string[][] }[] };
    expect(unit.children.find((n) => n.style === 'Heading1')?.text).toBe('产品周会（修订）');
    expect(unit.children.find((n) => n.type === 'table')?.rows?.[1]).toEqual(['1', '提交预算说明', '李四', '周五']);
  });
});
