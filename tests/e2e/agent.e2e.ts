import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious, screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { SALES_TOTALS_RUN, scriptedRun } from '../support/agent-script';

let e2e: E2E;
let llm: MockLlm;

beforeAll(async () => {
  llm = await startMockLlm();
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

const SALES = [
  ['Item', 'Qty', 'Price'],
  ['pen', 2, 3],
  ['ink', 1, 10],
  ['pad', 4, 2.5],
];

type Book = { sheets: { name: string; values: unknown[][]; formulas: Record<string, string> }[]; runs: { mergeUndoGroup?: boolean }[] };

describe('Agent mode in Excel', () => {
  it('proposes changes, the user reviews and applies them, and one Undo restores the cells and removes the added sheet', async () => {
    llm.setHandler(scriptedRun(SALES_TOTALS_RUN));
    const { page } = await e2e.open({
      host: 'excel',
      storage: settingsStorage(llm.url, { provider: 'deepseek' }),
      requirementSets: { ExcelApi: '1.20' },
      doubleState: { sheets: [{ name: 'Sales', values: SALES }] },
      viewport: { width: 320, height: 900 },
    });
    await page.getByRole('tab', { name: 'Agent' }).click();
    await page.getByLabel('What should the agent do?').fill('Add a Total column and a summary sheet');
    await page.getByRole('button', { name: 'Run' }).click();

    const changes = page.getByRole('list', { name: 'Proposed changes' });
    await changes.getByRole('listitem', { name: 'Write 4 cells to Sales!D1:D4 (3 formulas)' }).waitFor();
    await changes.getByRole('listitem', { name: 'Write 4 cells to Summary!A1:B2 (0 formulas)' }).waitFor();
    await page.getByText('Tools: native function calling').waitFor();
    // Nothing has changed in the workbook while the changes wait for review.
    let book = (await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: unknown }).__EXCEL_BOOK__)) as Book;
    expect(book.sheets.map((s) => s.name)).toEqual(['Sales']);
    const diff = changes.getByRole('listitem', { name: 'Write 4 cells to Sales!D1:D4 (3 formulas)' });
    await expect(diff.getByRole('cell', { name: '=B2*C2' }).count()).resolves.toBe(1);
    await screenshot(page, 'agent-excel-review-320');
    expect(await axeSerious(page)).toEqual([]);

    await page.getByRole('button', { name: 'Apply all' }).click();
    await page.getByText('Added a Total column (D) and a Summary sheet.').waitFor();
    await page.getByText(/^Done: 5 tool calls/).waitFor();
    book = (await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: unknown }).__EXCEL_BOOK__)) as Book;
    expect(book.sheets.map((s) => s.name)).toEqual(['Sales', 'Summary']);
    expect(book.sheets[0].formulas).toMatchObject({ D2: '=B2*C2', D4: '=B4*C4' });
    expect(book.sheets[0].values.map((r) => r[3])).toEqual(['Total', 6, 10, 10]);
    // ExcelApi 1.20: every write ran as one merged undo group.
    expect(book.runs.some((r) => r.mergeUndoGroup === true)).toBe(true);
    // The model was told the computed values of the formulas it wrote.
    const results =
      llm.requests
        .at(-1)
        ?.messages.filter((m) => m.role === 'tool')
        .map((m) => String(m.content)) ?? [];
    expect(results.join('\n')).toContain('"computed":[{"cell":"D2","value":6}');
    await screenshot(page, 'agent-excel-applied-320');

    await page.getByRole('button', { name: 'Undo the whole run' }).click();
    await page.getByText('Undid 3 changes.').waitFor();
    book = (await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: unknown }).__EXCEL_BOOK__)) as Book;
    expect(book.sheets.map((s) => s.name)).toEqual(['Sales']);
    expect(book.sheets[0].values.map((r) => r[3] ?? '')).toEqual(['', '', '', '']);
    expect(book.sheets[0].formulas).toEqual({});
    expect(book.sheets[0].values.slice(0, 4).map((r) => r.slice(0, 3))).toEqual(SALES);
    await screenshot(page, 'agent-excel-undone-320');
  });

  it('Skip leaves the cells alone and the model is told', async () => {
    llm.setHandler(
      scriptedRun([{ calls: [{ name: 'write_range', arguments: { sheet: 'Sales', range: 'E1', values: [['Note']] } }] }, { content: 'You skipped the note.' }]),
    );
    const { page } = await e2e.open({
      host: 'excel',
      storage: settingsStorage(llm.url, { provider: 'deepseek' }),
      doubleState: { sheets: [{ name: 'Sales', values: SALES }] },
      viewport: { width: 320, height: 900 },
    });
    await page.getByRole('tab', { name: 'Agent' }).click();
    await page.getByLabel('What should the agent do?').fill('Add a note');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByText('You skipped the note.').waitFor();
    const book = (await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: unknown }).__EXCEL_BOOK__)) as Book;
    expect(book.sheets[0].values[0]).toEqual(['Item', 'Qty', 'Price']);
    expect(String(llm.requests.at(-1)?.messages.at(-1)?.content)).toContain('"status":"skipped"');
  });
});

type Ppt = { slides: string[]; shapes: Record<string, { id: string; name: string; text: string }[]>; deleted: string[] };

describe('Agent mode in PowerPoint', () => {
  it('inserts slides from an outline and replaces a title; Undo deletes the slides and puts the text back', async () => {
    llm.setHandler(
      scriptedRun([
        { calls: [{ name: 'list_slides', arguments: {} }] },
        {
          calls: [
            {
              name: 'insert_slides',
              arguments: { after_slide: 1, outline: '### 市场概况\n- 规模 120 亿\n- 增速 18%\n\nNotes: 先讲规模。\n\n### 下一步\n- 试点两个城市' },
            },
            { name: 'replace_shape_text', arguments: { slide: 1, shape: 'Title 1', text: '2026 年度计划' } },
          ],
        },
        { content: '插入了两张幻灯片，并改了标题。' },
      ]),
    );
    const { page } = await e2e.open({
      host: 'powerpoint',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url, { provider: 'deepseek' }),
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: {
        slides: [
          {
            id: '256#',
            shapes: [
              { id: '2', name: 'Title 1', text: '年度计划' },
              { id: '3', name: 'Content 2', text: '目标' },
            ],
          },
          { id: '257#', shapes: [{ id: '2', name: 'Title 1', text: '谢谢' }] },
        ],
        selected: ['256#'],
      },
      viewport: { width: 320, height: 900 },
    });
    const first = llm.requests.length;
    await page.getByRole('tab', { name: '智能体' }).click();
    await page.getByLabel('要智能体做什么？').fill('在第一张后加市场概况和下一步两页，标题改为 2026 年度计划');
    await page.getByRole('switch', { name: /自动应用更改/ }).check();
    await page.getByRole('button', { name: '运行' }).click();
    await page.getByText('插入了两张幻灯片，并改了标题。').waitFor();
    await screenshot(page, 'agent-powerpoint-applied-320');
    const changes = page.getByRole('list', { name: '待审阅的更改' });
    await changes.getByRole('listitem', { name: '在第 1 张幻灯片后插入 2 张幻灯片' }).getByText('2. 市场概况').waitFor();
    let ppt = (await page.evaluate(() => (window as unknown as { __PPT__: unknown }).__PPT__)) as Ppt;
    expect(ppt.slides).toHaveLength(4);
    expect(ppt.slides[0]).toBe('256#');
    expect(ppt.slides[3]).toBe('257#');
    expect(ppt.shapes['256#'][0].text).toBe('2026 年度计划');
    // The model was told plainly that speaker notes of existing slides have no API.
    expect(String(llm.requests[first].messages[0].content)).toMatch(/no API to read or write the speaker notes/);

    await page.getByRole('button', { name: '撤销整次运行' }).click();
    await page.getByText('已撤销 2 项更改。').waitFor();
    ppt = (await page.evaluate(() => (window as unknown as { __PPT__: unknown }).__PPT__)) as Ppt;
    expect(ppt.slides).toEqual(['256#', '257#']);
    expect(ppt.deleted).toHaveLength(2);
    expect(ppt.shapes['256#'][0].text).toBe('年度计划');
  });

  it('draws a diagram slide from Mermaid after slide 1 for review (native shapes and connectors); Undo deletes it', async () => {
    const mermaid = 'flowchart LR\n  A[提交申请] --> B{经理同意？}\n  B -->|是| C[财务付款]\n  B -->|否| D[退回修改]';
    llm.setHandler(scriptedRun([{ calls: [{ name: 'insert_diagram', arguments: { after_slide: 1, mermaid } }] }, { content: '画好了审批流程图。' }]));
    const { page } = await e2e.open({
      host: 'powerpoint',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url, { provider: 'deepseek' }),
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: {
        slides: [
          { id: '256#', shapes: [{ id: '2', name: 'Title 1', text: '年度计划' }] },
          { id: '257#', shapes: [{ id: '2', name: 'Title 1', text: '谢谢' }] },
        ],
        selected: ['256#'],
      },
      viewport: { width: 320, height: 900 },
    });
    await page.getByRole('tab', { name: '智能体' }).click();
    await page.getByLabel('要智能体做什么？').fill('在第一张后画报销审批流程图');
    await page.getByRole('button', { name: '运行' }).click();
    const change = page.getByRole('list', { name: '待审阅的更改' }).getByRole('listitem', { name: '在第 1 张幻灯片后插入图示幻灯片（4 个框，3 条线）' });
    await change.getByText('B -->|是| C[财务付款]', { exact: false }).waitFor();
    let ppt = (await page.evaluate(() => (window as unknown as { __PPT__: unknown }).__PPT__)) as Ppt & {
      inserted: { base64: string; options: { targetSlideId?: string } }[];
    };
    expect(ppt.slides).toHaveLength(2); // nothing before Apply
    await screenshot(page, 'agent-powerpoint-diagram-review-320');
    await change.getByRole('button', { name: '应用' }).click();
    await page.getByText('画好了审批流程图。').waitFor();
    ppt = (await page.evaluate(() => (window as unknown as { __PPT__: unknown }).__PPT__)) as typeof ppt;
    expect(ppt.slides).toHaveLength(3);
    const last = ppt.inserted[ppt.inserted.length - 1];
    expect(last.options.targetSlideId).toBe('256#');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(last.base64, { base64: true })).file('ppt/slides/slide1.xml')!.async('string');
    expect(xml.match(/<p:cxnSp>/g)).toHaveLength(3);
    for (const text of ['提交申请', '经理同意？', '财务付款', '退回修改']) expect(xml).toContain(text);

    await page.getByRole('button', { name: '撤销整次运行' }).click();
    await page.getByText('已撤销 1 项更改。').waitFor();
    ppt = (await page.evaluate(() => (window as unknown as { __PPT__: unknown }).__PPT__)) as typeof ppt;
    expect(ppt.slides).toEqual(['256#', '257#']);
  });
});

type WordDoc = {
  paragraphs: { text: string; styleBuiltIn: string }[];
  revisions: { original: string; replacement: string; tracked: boolean }[];
  comments: { text: string; anchor: string }[];
  trackingMode: string;
};

describe('Agent mode in Word', () => {
  it('replaces as a tracked change, styles, inserts a list and comments; Undo rejects its revisions and removes the rest', async () => {
    llm.setHandler(
      scriptedRun([
        {
          calls: [
            { name: 'read_outline', arguments: {} },
            { name: 'read_section', arguments: { from: 1, to: 3 } },
          ],
        },
        {
          calls: [
            { name: 'replace_text', arguments: { paragraph: 2, find: '百分之十五', replace: '15%' } },
            { name: 'set_style', arguments: { paragraph: 3, style: 'Heading2' } },
            { name: 'insert_markdown', arguments: { after_paragraph: 2, markdown: '- 新客户 120 家\n- 复购率 38%' } },
            { name: 'add_comment', arguments: { paragraph: 2, text: '请核对数据来源', anchor_text: '客户满意度' } },
          ],
        },
        { content: '已改为 15%，补充了要点并加了批注。' },
      ]),
    );
    const PARAS = [{ text: '季度报告', styleBuiltIn: 'Heading1' }, { text: '本季度销售额增长了百分之十五，客户满意度有所提升。' }, { text: '下一步计划' }];
    const { page } = await e2e.open({
      host: 'word',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url, { provider: 'deepseek' }),
      requirementSets: { WordApi: '1.6' },
      doubleState: { paragraphs: PARAS, selection: [0] },
      viewport: { width: 320, height: 900 },
    });
    await page.getByRole('tab', { name: '智能体' }).click();
    await page.getByLabel('要智能体做什么？').fill('把百分之十五改成数字，下一步计划设为二级标题，补充要点并批注');
    await page.getByRole('button', { name: '运行' }).click();
    const changes = page.getByRole('list', { name: '待审阅的更改' });
    await changes.getByRole('listitem', { name: '在第 2 段中将“百分之十五”替换为“15%”（修订）' }).waitFor();
    await screenshot(page, 'agent-word-review-320');
    await page.getByRole('button', { name: '全部应用' }).click();
    await page.getByText('已改为 15%，补充了要点并加了批注。').waitFor();
    let doc = (await page.evaluate(() => (window as unknown as { __WORD_DOC__: unknown }).__WORD_DOC__)) as WordDoc;
    expect(doc.paragraphs[1].text).toBe('本季度销售额增长了15%，客户满意度有所提升。');
    expect(doc.revisions).toEqual([{ original: '百分之十五', replacement: '15%', tracked: true, at: 9 }]);
    // The user's own tracking mode is back as it was.
    expect(doc.trackingMode).toBe('Off');
    expect(doc.comments).toEqual([{ id: 'comment-1', text: '请核对数据来源', anchor: '客户满意度' }]);
    const tree = (await page.evaluate(() => (window as unknown as { __WORD_TREE__: () => unknown }).__WORD_TREE__())) as {
      type: string;
      tag?: string;
      style?: string;
      text?: string;
      children?: { text: string }[];
    }[];
    const unit = tree.find((n) => n.type === 'contentControl');
    expect(unit?.tag).toMatch(/^dsplus:agent:/);
    expect(unit?.children?.map((c) => c.text)).toEqual(['新客户 120 家', '复购率 38%']);
    expect(tree.at(-1)).toMatchObject({ style: 'Heading2', text: '下一步计划' });
    await screenshot(page, 'agent-word-applied-320');

    await page.getByRole('button', { name: '撤销整次运行' }).click();
    await page.getByText('已撤销 4 项更改。').waitFor();
    doc = (await page.evaluate(() => (window as unknown as { __WORD_DOC__: unknown }).__WORD_DOC__)) as WordDoc;
    expect(doc.paragraphs.map((p) => [p.text, p.styleBuiltIn])).toEqual([
      ['季度报告', 'Heading1'],
      ['本季度销售额增长了百分之十五，客户满意度有所提升。', 'Normal'],
      ['下一步计划', 'Normal'],
    ]);
    expect(doc.comments).toEqual([]);
    const log = (await page.evaluate(() => (window as unknown as { __OFFICE_LOG__: { call: string; type?: string }[] }).__OFFICE_LOG__)) as {
      call: string;
      type?: string;
    }[];
    // WordApi 1.6: the run's own revisions were rejected, not overwritten.
    expect(log.filter((l) => l.call === 'rejectRevision').map((l) => l.type)).toEqual(['Added', 'Deleted']);
  });
});
