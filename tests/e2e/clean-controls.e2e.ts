import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { overflowing } from '../support/pane-fit';
import { readTable } from '../../src/sheets/read-table';

// Issue #14: a table pasted into the pane, cleaned with steps edited through controls (a value list, a
// from → to mapping, a column list), the before → after preview with its counts, and the download — at
// 320 px, with no model involved.
const PASTED = [
  '订单号\t地区\t金额\t备注',
  'SO-1\t华东区\t100\tN/A',
  'SO-2\t東北\t200\t无',
  'SO-3\t华东\t300\t加急',
  'SO-1\t华东区\t100\tN/A',
  'SO-4\t华北\t400\t-',
  'SO-5\t東北\t500\t未知',
].join('\n');

let e2e: E2E;
let llm: MockLlm;

beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: 'unexpected request' }));
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function noSidewaysScroll(page: Page) {
  await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
}

browser.describe('Clean tab: paste, controls, before → after (320 px)', () => {
  it('pastes a table, edits a value list, a mapping and a column list with controls, previews the counts and downloads the result', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url), viewport: { width: 320, height: 900 } });
    await page.getByRole('tab', { name: '数据' }).click();

    // Text that is not a table is refused with a sentence, and nothing is loaded.
    await page.getByRole('button', { name: '粘贴表格…' }).click();
    const box = page.getByLabel('粘贴表格（来自 Excel、WPS、网页、CSV 或 Markdown）');
    await box.fill('各位好，周会改到周五。\n请带上报告、幻灯片和预算，谢谢！');
    await page.getByRole('button', { name: '使用这张表' }).click();
    await page.getByText(/这段文字读不成表格/).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await box.fill(PASTED);
    await page.getByRole('button', { name: '使用这张表' }).click();
    await page.getByText('粘贴的表格：6 行 × 4 列').waitFor();

    await page.getByRole('tab', { name: '清洗' }).click();
    const step = (n: number) => page.getByRole('listitem', { name: `第 ${n} 步`, exact: true });

    // 1. Blank out placeholders: 无 is an answer here (taken out of the list), 未知 is not (added).
    await page.getByRole('combobox', { name: '新步骤的操作' }).selectOption({ label: '清空占位值' });
    await page.getByRole('button', { name: '添加步骤' }).click();
    await step(1).getByRole('button', { name: '移除“无”' }).click();
    await step(1).getByRole('textbox', { name: '第 1 步：新的“视为空值的写法”' }).fill('未知');
    await step(1).getByRole('textbox', { name: '第 1 步：新的“视为空值的写法”' }).press('Enter');
    await step(1).getByText('所有列中的 “N/A” “NA” “null” “-” “--” “空” “未知” 视为空值').waitFor();

    // 2. One spelling per region, typed as from → to rows.
    await page.getByRole('combobox', { name: '新步骤的操作' }).selectOption({ label: '替换值' });
    await page.getByRole('button', { name: '添加步骤' }).click();
    await step(2).getByRole('combobox', { name: '第 2 步的列' }).selectOption('地区');
    await step(2).getByRole('button', { name: '添加一条替换' }).click();
    await step(2).getByRole('textbox', { name: '第 2 步：原值（第 1 行）' }).fill('华东区');
    await step(2).getByRole('textbox', { name: '第 2 步：改为（第 1 行）' }).fill('华东');
    await step(2).getByRole('button', { name: '添加一条替换' }).click();
    await step(2).getByRole('textbox', { name: '第 2 步：原值（第 2 行）' }).fill('東北');
    await step(2).getByRole('textbox', { name: '第 2 步：改为（第 2 行）' }).fill('东北');
    await step(2).getByText('统一“地区”列的 2 种写法（华东区 → 华东, 東北 → 东北）').waitFor();
    // Each row's ✕ stays inside the step's card (a small button is 64 px wide unless told otherwise).
    expect(await overflowing(page)).toEqual([]);

    // 3. Repeated orders, by the order number picked from the headers.
    await page.getByRole('combobox', { name: '新步骤的操作' }).selectOption({ label: '删除重复行' });
    await page.getByRole('button', { name: '添加步骤' }).click();
    await step(3).getByText('完全相同的行只保留第一行').waitFor();
    await step(3)
      .getByRole('combobox', { name: /^第 3 步：新的/ })
      .selectOption('订单号');
    await step(3).getByText('“订单号”重复时保留第一行').waitFor();
    await step(3).getByRole('radio', { name: '最后一行' }).check();
    await step(3).getByText('“订单号”重复时保留最后一行').waitFor();
    await step(3).getByRole('radio', { name: '第一行' }).check();
    // The JSON is still there, behind "advanced", and says what the controls made.
    await step(2).getByRole('button', { name: '高级（JSON）' }).click();
    await expect(step(2).getByLabel('第 2 步设置（JSON）').inputValue()).resolves.toBe(
      '{"op":"mapValues","column":"地区","mapping":{"华东区":"华东","東北":"东北"}}',
    );
    await noSidewaysScroll(page);
    expect(await axeSerious(page)).toEqual([]);
    await step(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'clean-controls-320-zh');

    // Before → after, computed in the pane: counts per step and in all, the touched rows, the removed row.
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByText('合计：改了 8 个单元格，删了 1 行；剩 5 行。').waitFor();
    await page.getByText('第 1 步 清空占位值：改了 4 个单元格，删了 0 行').waitFor();
    await page.getByText('第 2 步 替换值：改了 4 个单元格，删了 0 行').waitFor();
    await page.getByText('第 3 步 删除重复行：改了 0 个单元格，删了 1 行').waitFor();
    const touched = page.getByRole('table', { name: '第 2 步：改前 → 改后' });
    await expect(touched.getByRole('row').nth(1).innerText()).resolves.toMatch(/^2\s+华东区 → 华东$/);
    await expect(touched.getByRole('row').count()).resolves.toBe(5);
    const removed = page.getByRole('table', { name: '第 3 步：删掉的行' });
    await expect(removed.getByRole('row').nth(1).innerText()).resolves.toMatch(/^5\s+SO-1\s+华东\s+100\s+∅$/);
    // Wide tables scroll sideways inside their own box; the pane itself never does.
    const region = page.getByRole('region', { name: '第 3 步：删掉的行' });
    await expect(region.evaluate((el) => getComputedStyle(el).overflowX)).resolves.toBe('auto');
    await noSidewaysScroll(page);
    expect(await axeSerious(page)).toEqual([]);
    await page.getByText('第 1 步 清空占位值：改了 4 个单元格，删了 0 行').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'clean-preview-320-zh');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('粘贴的表格-clean.csv');
    const out = await readTable('clean.csv', new Uint8Array(readFileSync((await download.path())!)));
    expect(out.table.headers).toEqual(['订单号', '地区', '金额', '备注']);
    expect(out.table.rows).toEqual([
      ['SO-1', '华东', '100', null],
      ['SO-2', '东北', '200', '无'],
      ['SO-3', '华东', '300', '加急'],
      ['SO-4', '华北', '400', null],
      ['SO-5', '东北', '500', null],
    ]);
    expect(llm.requests.length).toBe(0);
  });

  it('moves steps up and down by keyboard, the focus staying with the moved step, the buttons that cannot move it disabled', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url), viewport: { width: 320, height: 900 } });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByRole('button', { name: 'Paste a table…' }).click();
    await page.getByLabel('Paste a table (from Excel, WPS, a web page, CSV or Markdown)').fill('| Region | Sales |\n|---|---:|\n| East | 120 |\n| West | 80 |');
    await page.getByRole('button', { name: 'Use this table' }).click();
    await page.getByRole('tab', { name: 'Clean' }).click();
    for (const op of ['Trim spaces', 'Remove duplicate rows', 'Full-width to half-width']) {
      await page.getByRole('combobox', { name: 'Operation for the new step' }).selectOption({ label: op });
      await page.getByRole('button', { name: 'Add step' }).click();
    }
    const sentences = () => page.getByTestId('step-sentence').allInnerTexts();
    const [trim, dedupe, empty] = await sentences();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.getByRole('button', { name: 'Move step 1 down' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(sentences).toEqual([dedupe, trim, empty]);
    await expect.poll(focused).toBe('Move step 2 down');
    await page.keyboard.press('Enter');
    await expect.poll(sentences).toEqual([dedupe, empty, trim]);
    // At the end of the list the focus goes to the way it can still move.
    await expect.poll(focused).toBe('Move step 3 up');
    await expect(page.getByRole('button', { name: 'Move step 3 down' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Move step 1 up' }).isDisabled()).resolves.toBe(true);
    await noSidewaysScroll(page);
    expect(await axeSerious(page)).toEqual([]);
  });

  it('pastes a Markdown table in English and analyses it', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url), viewport: { width: 320, height: 900 } });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByRole('button', { name: 'Paste a table…' }).click();
    await page
      .getByLabel('Paste a table (from Excel, WPS, a web page, CSV or Markdown)')
      .fill('| Region | Sales |\n|---|---:|\n| East | 120 |\n| West | 80 |\n| East | 40 |');
    await page.getByRole('button', { name: 'Use this table' }).click();
    await page.getByText('Pasted table: 3 rows × 2 columns').waitFor();
    await page.getByRole('tab', { name: 'Clean' }).click();
    await page.getByRole('combobox', { name: 'Operation for the new step' }).selectOption({ label: 'Replace values' });
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('button', { name: 'Add a replacement' }).click();
    await page.getByRole('textbox', { name: 'Step 1: replace (row 1)' }).fill('East');
    await page.getByRole('textbox', { name: 'Step 1: with (row 1)' }).fill('E');
    await page.getByRole('combobox', { name: 'Step 1: Column' }).selectOption('Region');
    await page.getByText('In “Region”, write 1 variants one way (East → E)').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('In all: changed 2 cells, removed 0 rows; 3 rows remain.').waitFor();
    await noSidewaysScroll(page);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'clean-preview-320-en');
    await page.getByRole('tab', { name: 'Analyze' }).click();
    await page.getByRole('table').first().waitFor();
  });

  it('a table copied from a web page (text/html, zh-CN 320 px): its spanning header rows and hidden sort keys read as the page shows them', async () => {
    const { page, context } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url), viewport: { width: 320, height: 900 } });
    await page.getByRole('tab', { name: '数据' }).click();
    await page.getByRole('button', { name: '粘贴表格…' }).click();
    const box = page.getByLabel('粘贴表格（来自 Excel、WPS、网页、CSV 或 Markdown）');
    // The clipboard as a browser fills it when a Wikipedia table is copied: the table's HTML and a plain-text
    // form whose header rows no longer line up with the data (read alone, it is refused as ragged).
    const html = readFileSync('tests/fixtures/real/sheets/wikipedia-us-area-table.html', 'utf8');
    const plain = '\tTotal area[2]\tLand area[2]\tWater[2]\nState/territory\tRank\tsq mi\nAlaska\t1\t665,384.04\t1,723,337\t1\t570,640.95';
    // The system clipboard, written as a page writes it (Chromium sanitises the HTML as it would a copy),
    // then a real Ctrl+V into the box: the browser fires the paste and puts the plain text in the box.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseUrl });
    await page.evaluate(
      async (data) => {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([data.html], { type: 'text/html' }), 'text/plain': new Blob([data.plain], { type: 'text/plain' }) }),
        ]);
      },
      { html, plain },
    );
    await box.focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => box.inputValue()).toBe(plain);
    await page.getByRole('button', { name: '使用这张表' }).click();
    await page.getByText('粘贴的表格：3 行 × 11 列').waitFor();
    await page.getByText('Total area[2] / sq mi').first().waitFor();
    await expect(page.getByText('!C').count()).resolves.toBe(0);
    await noSidewaysScroll(page);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'paste-html-table-320-zh');

    // Typed over, the box is text again: the same plain text alone is refused with its sentence.
    await page.getByRole('button', { name: '粘贴表格…' }).click();
    await box.fill(plain);
    await page.getByRole('button', { name: '使用这张表' }).click();
    await page.getByRole('alert').waitFor();
    expect(llm.requests.length).toBe(0);
  });
});
