import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { markdownToDocx } from '../../src/writing/markdown-to-docx';
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { WEEKLY_MEETING } from '../support/minutes-record';

const NOTES = `周会 2026-03-02
参会：张三、李四
上线定在3月15日。张三周五前提交预算说明。`;

const MINUTES = WEEKLY_MEETING;

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const system = body.messages.map((m) => String(m.content)).join('\n');
    if (system.includes('会议秘书') || system.includes('meeting secretary')) return { content: '```json\n' + JSON.stringify(MINUTES) + '\n```' };
    if (system.includes('校对') || system.includes('copy editor')) {
      return {
        content: JSON.stringify({ suggestions: [{ original: '项目进渡', replacement: '项目进度', reason: '错别字：“进渡”应为“进度”', category: 'typo' }] }),
      };
    }
    if (system.includes('办公文档写作助手')) return { content: '# 商业计划书\n\n## 执行摘要\n\n- 目标市场：**中小企业**', chunkSize: 4, chunkDelayMs: 10 };
    if (system.includes('Polish') || system.includes('润色')) return { content: '项目进展顺利，预计下月如期完成。', chunkSize: 3, chunkDelayMs: 20 };
    return { content: 'unexpected request' };
  });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function openWriting(locale = 'zh-CN') {
  const { page } = await e2e.open({ locale, storage: settingsStorage(llm.url) });
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '写作' : 'Writing' }).click();
  return page;
}

browser.describe('Word writing tools, standalone', () => {
  it('turns pasted notes into minutes with an action-item table, and downloads them as .docx', async () => {
    const page = await openWriting();
    await page.getByLabel('文本').fill(NOTES);
    await page.getByRole('button', { name: '生成会议纪要' }).click();
    const preview = page.getByRole('region', { name: '预览' });
    await preview.getByRole('heading', { name: '产品周会' }).waitFor();
    const table = preview.getByRole('table');
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['#', '事项', '负责人', '完成时间', '状态']);
    await expect(table.getByRole('row').nth(1).innerText()).resolves.toMatch(/提交预算说明\s+张三\s+周五\s+进行中/);
    // The notes were sent to the model.
    expect(JSON.stringify(llm.requests.at(-1)?.messages)).toContain('张三周五前提交预算说明');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('minutes.docx');
    const { value } = await mammoth.convertToHtml({ buffer: await readFile((await download.path())!) });
    expect(value).toMatch(/<table>.*提交预算说明.*<\/table>/);
    await screenshot(page, 'word-minutes-zh');
    await expect(axeSerious(page)).resolves.toEqual([]);
  });

  it('lists proofreading suggestions, model and local, and applies one into a tracked .docx', async () => {
    const page = await openWriting();
    await page.getByRole('tab', { name: '校对' }).click();
    await page.getByLabel('文本').fill('本月项目进渡良好,预计下月完成。');
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('共 2 条建议').waitFor();
    await expect(list.getByRole('listitem').nth(0).innerText()).resolves.toContain('项目进渡 → 项目进度');
    await expect(list.getByRole('listitem').nth(1).innerText()).resolves.toContain('好,预 → 好，预');
    await list.getByRole('button', { name: '接受: 项目进渡 → 项目进度' }).click();
    await list.getByText('已接受', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带修订的 .docx' }).click()]);
    const { value } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
    // Accepted: the typo; not decided: the comma, which stays as it was.
    expect(value.trim()).toBe('本月项目进度良好,预计下月完成。');
    await screenshot(page, 'word-proofread-zh');
    const v = await axeSerious(page);
    if (v.length) console.log(JSON.stringify(v, null, 1));
    expect(v).toEqual([]);
  });

  it('opens a .docx, proofreads it and downloads it with the corrections as revisions in place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'word-e2e-'));
    const file = join(dir, '月报.docx');
    await writeFile(file, await markdownToDocx('# 月报\n\n本月**项目进渡**良好。'));
    const page = await openWriting();
    await page.getByRole('tab', { name: '校对' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await chooser.setFiles(file);
    await page.getByText('已打开 月报.docx。').waitFor();
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByRole('button', { name: '接受: 项目进渡 → 项目进度' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带修订的 .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('月报-reviewed.docx');
    const xml = await (await JSZip.loadAsync(await readFile((await download.path())!))).file('word/document.xml')!.async('string');
    // The bold run stays bold on both sides of the revision.
    expect(xml).toMatch(
      /<w:del [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText xml:space="preserve">渡<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">度<\/w:t>/,
    );
    await rm(dir, { recursive: true, force: true });
  });

  it('names the table cell of a suggestion in an opened .docx, and the revision goes into that cell', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'word-e2e-'));
    const file = join(dir, '进度表.docx');
    await writeFile(file, await markdownToDocx('# 进度表\n\n| 事项 | 状态 |\n| --- | --- |\n| 合同审核 | 已完成 |\n| 项目进渡 | 进行中 |\n'));
    const page = await openWriting();
    await page.getByRole('tab', { name: '校对' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await chooser.setFiles(file);
    await page.getByText('已打开 进度表.docx。').waitFor();
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('表 1，第 3 行，第 1 列').waitFor();
    await list.scrollIntoViewIfNeeded();
    await screenshot(page, 'word-proof-table-cell-zh');
    await list.getByRole('button', { name: '接受: 项目进渡 → 项目进度' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带修订的 .docx' }).click()]);
    const xml = await (await JSZip.loadAsync(await readFile((await download.path())!))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
    expect(rows[2]).toMatch(/<w:ins\b/);
    expect(rows.slice(0, 2).join('')).not.toMatch(/<w:ins\b/);
    await rm(dir, { recursive: true, force: true });
  });

  it('rewrites text with a streamed preview', async () => {
    const page = await openWriting('en-US');
    await page.getByRole('tab', { name: 'Rewrite' }).click();
    await page.getByLabel('Text').fill('项目进展还行吧，下个月大概能做完。');
    await page.getByRole('button', { name: 'Polish' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByText('项目进展顺利，预计下月如期完成。').waitFor();
    await page.getByRole('button', { name: 'Copy' }).waitFor();
    const sent = llm.requests.at(-1)?.messages ?? [];
    expect(String(sent[0]?.content)).toContain('润色');
    expect(String(sent[1]?.content)).toBe('项目进展还行吧，下个月大概能做完。');
    await screenshot(page, 'word-rewrite-en');
  });

  it('shows the template form with RTGO fields and streams a draft', async () => {
    const page = await openWriting();
    await page.getByRole('tab', { name: '起草' }).click();
    await expect(page.getByLabel('角色（Role）').inputValue()).resolves.toContain('企业管理者');
    await page.getByLabel('模板').selectOption('business-plan');
    await expect(page.getByLabel('受众（Audience）').inputValue()).resolves.toBe('投资人和潜在合作伙伴');
    await page.getByLabel('背景（Context）：背景信息和事实').fill('一家做企业记账软件的初创公司，年收入500万元。');
    await page.getByRole('button', { name: '生成草稿' }).click();
    const preview = page.getByRole('region', { name: '预览' });
    await preview.getByRole('heading', { name: '执行摘要' }).waitFor();
    await expect(preview.locator('b').innerText()).resolves.toBe('中小企业');
    const sent =
      llm.requests
        .at(-1)
        ?.messages.map((m) => String(m.content))
        .join('\n') ?? '';
    expect(sent).toContain('## 背景 (Context)\n一家做企业记账软件的初创公司');
    expect(sent).toContain('## 受众 (Audience)\n投资人和潜在合作伙伴');
    await page.getByRole('button', { name: '下载 .docx' }).waitFor();
    await screenshot(page, 'word-draft-zh');
    await expect(axeSerious(page)).resolves.toEqual([]);
  });
});

browser.describe('Word writing tools, in Word (Office.js host double)', () => {
  const paragraphs = [
    { text: '周会记录', styleBuiltIn: 'Heading1' },
    { text: '参会：张三、李四' },
    { text: '张三周五前提交预算说明,李四负责测试。' },
    { text: '本月项目进渡良好。' },
  ];

  async function openInWord(requirementSets: Record<string, string>) {
    const { page } = await e2e.open({
      host: 'word',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url),
      requirementSets,
      doubleState: { paragraphs, selection: [2] },
    });
    await page.getByRole('tab', { name: '写作' }).click();
    return page;
  }
  /** The document as the host double records it: [paragraphs before the unit, the unit, paragraphs after]. */
  async function docTree(page: Page): Promise<[unknown[], unknown, unknown[]]> {
    const tree = await page.evaluate(() => (window as unknown as { __WORD_TREE__: () => { type: string }[] }).__WORD_TREE__());
    const i = tree.findIndex((n) => n.type === 'contentControl');
    return [tree.slice(0, i), tree[i], tree.slice(i + 1)];
  }
  const docTexts = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { __WORD_DOC__: { paragraphs: { text: string; styleBuiltIn: string }[] } }).__WORD_DOC__.paragraphs.map(
        (p) => `${p.styleBuiltIn}:${p.text}`,
      ),
    );

  it('reads the whole document as Markdown and inserts the minutes after the selection, keeping the text', async () => {
    const page = await openInWord({ WordApi: '1.4' });
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '生成会议纪要' }).click();
    await page.getByRole('region', { name: '预览' }).getByRole('heading', { name: '产品周会' }).waitFor();
    // The document went to the model as Outline Markdown, heading included.
    expect(JSON.stringify(llm.requests.at(-1)?.messages)).toContain('# 周会记录\\n\\n参会：张三、李四');
    await page.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByText('已插入文档').waitFor();
    const [before, unit, after] = await docTree(page);
    // The paragraphs before and after are the user's, unchanged; the minutes are one titled block of
    // Word headings, a bulleted list and a table with a header row and one row per action item.
    expect(before).toEqual([
      { type: 'paragraph', style: 'Heading1', text: '周会记录' },
      { type: 'paragraph', style: 'Normal', text: '参会：张三、李四' },
      { type: 'paragraph', style: 'Normal', text: '张三周五前提交预算说明,李四负责测试。' },
    ]);
    expect(after).toEqual([{ type: 'paragraph', style: 'Normal', text: '本月项目进渡良好。' }]);
    expect(unit).toMatchObject({ type: 'contentControl', tag: expect.stringMatching(/^dsplus:minutes:/), title: 'DeepSeek+ · 会议纪要' });
    const children = (
      unit as { children: { type: string; style?: string; text?: string; level?: number; kind?: string; rows?: string[][]; headerRowCount?: number }[] }
    ).children;
    expect(children.filter((n) => n.type === 'paragraph' && n.style?.startsWith('Heading')).map((n) => `${n.style}:${n.text}`)).toEqual([
      'Heading1:产品周会',
      'Heading2:会议概要',
      'Heading2:议题与讨论',
      'Heading3:1. 上线计划',
      'Heading2:会议决定',
      'Heading2:行动项',
      'Heading2:待解决问题',
    ]);
    expect(children.filter((n) => n.type === 'listItem').map((n) => [n.text, n.level, n.kind])).toEqual([
      ['3月15日上线', 0, 'bullet'],
      ['3月15日上线', 0, 'number'],
      ['灰度名单由谁确认？', 0, 'bullet'],
    ]);
    expect(children.find((n) => n.type === 'table')).toMatchObject({
      headerRowCount: 1,
      rows: [
        ['#', '事项', '负责人', '完成时间', '状态'],
        ['1', '提交预算说明', '张三', '周五', '进行中'],
      ],
    });
    await page.getByRole('button', { name: '移除插入的内容' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'word-host-minutes-inserted');
    // The block comes out again in one go, and only it.
    await page.getByRole('button', { name: '移除插入的内容' }).click();
    await page.getByText('已移除插入的内容。').waitFor();
    expect(await docTexts(page)).toEqual([
      'Heading1:周会记录',
      'Normal:参会：张三、李四',
      'Normal:张三周五前提交预算说明,李四负责测试。',
      'Normal:本月项目进渡良好。',
    ]);
  });

  it('without WordApi 1.3 inserts a draft through Word’s HTML import and says what to check', async () => {
    const page = await openInWord({ WordApi: '1.1' });
    await page.getByRole('tab', { name: '起草' }).click();
    await page.getByLabel('模板').selectOption('business-plan');
    await page.getByLabel('背景（Context）：背景信息和事实').fill('一家做企业记账软件的初创公司。');
    await page.getByRole('button', { name: '生成草稿' }).click();
    await page.getByRole('region', { name: '预览' }).getByRole('heading', { name: '执行摘要' }).waitFor();
    await page.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByText('缺少 WordApi 1.3').waitFor();
    const [, unit] = await docTree(page);
    expect(unit).toMatchObject({ type: 'contentControl', title: 'DeepSeek+ · 草稿' });
    await page.getByRole('button', { name: '移除插入的内容' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'word-host-html-fallback');
  });

  it('accepts all proofreading suggestions and applies them as tracked changes under WordApi 1.4', async () => {
    const page = await openInWord({ WordApi: '1.4' });
    await page.getByRole('tab', { name: '校对' }).click();
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('共 2 条建议').waitFor();
    await list.getByRole('button', { name: '全部接受' }).click();
    await list.getByRole('button', { name: '应用已接受的 2 条' }).click();
    await page.getByText('已作为修订应用').waitFor();
    const doc = await page.evaluate(() => (window as unknown as { __WORD_DOC__: { revisions: unknown[]; trackingMode: string } }).__WORD_DOC__);
    // Each revision also records where it is (`at`), which the agent's undo uses.
    expect(doc.revisions).toMatchObject([
      { original: ',', replacement: '，', tracked: true },
      { original: '渡', replacement: '度', tracked: true },
    ]);
    expect(doc.trackingMode).toBe('Off');
    expect((await docTexts(page)).slice(2)).toEqual(['Normal:张三周五前提交预算说明，李四负责测试。', 'Normal:本月项目进度良好。']);
    await screenshot(page, 'word-host-proofread-applied');
  });

  it('applies directly and says so without WordApi 1.4, and never applies a suggestion whose text changed', async () => {
    const page = await openInWord({ WordApi: '1.3' });
    await page.getByRole('tab', { name: '校对' }).click();
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '开始校对' }).click();
    const list = page.getByRole('region', { name: '修改建议' });
    await list.getByText('共 2 条建议').waitFor();
    // The user edits the sentence with the typo after the check.
    await page.evaluate(() => {
      const d = (window as unknown as { __WORD_DOC__: { paragraphs: { text: string }[] } }).__WORD_DOC__;
      d.paragraphs[3]!.text = '本月项目进渡很好。';
    });
    await list.getByRole('button', { name: '全部接受' }).click();
    await list.getByRole('button', { name: '应用已接受的 2 条' }).click();
    await page.getByText('缺少 WordApi 1.4').waitFor();
    await page.getByText('有 1 条建议与当前文档不再相符').waitFor();
    await list.getByText('原文已变化，未应用').waitFor();
    const doc = await page.evaluate(() => (window as unknown as { __WORD_DOC__: { revisions: unknown[] } }).__WORD_DOC__);
    expect(doc.revisions).toMatchObject([{ original: ',', replacement: '，', tracked: false }]);
    await screenshot(page, 'word-host-proofread-direct');
  });
});
