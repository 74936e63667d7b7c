import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { generateMessySales } from '../fixtures/sheets/messy-sales';
import { toCsv } from '../../src/sheets/read-csv';
import { readTable } from '../../src/sheets/read-table';

const PLAN = {
  steps: [
    { op: 'trim', columns: '*', note: '去掉首尾空格' },
    { op: 'toHalfWidth', columns: '*' },
    { op: 'nullify', columns: '*', values: ['N/A', '无', '-'] },
    { op: 'parseDate', column: '下单日期' },
    { op: 'parseNumber', column: '销售额' },
    { op: 'mapValues', column: '地区', mapping: { 华东区: '华东', 华北地区: '华北', 華南: '华南', 西南区: '西南', 東北: '东北' } },
    { op: 'dedupe', keys: ['订单编号'] },
  ],
};

let e2e: E2E;
let llm: MockLlm;
const dir = mkdtempSync(join(tmpdir(), 'sheets-e2e-'));
const csv = join(dir, '销售.csv');

beforeAll(async () => {
  writeFileSync(csv, toCsv(generateMessySales(500, 21)));
  llm = await startMockLlm((body) => {
    const all = body.messages.map((m) => String(m.content)).join('\n');
    if (all.includes('data-cleaning assistant')) return { content: JSON.stringify(PLAN) };
    if (all.includes('You write Excel formulas'))
      return { content: JSON.stringify({ formula: '=SUMIFS(H2:H6001,D2:D6001,"华东")', explanation: '对地区为华东的销售额求和。' }) };
    if (all.includes('business analyst'))
      return { content: JSON.stringify({ summary: '华东领先。', trends: ['销售额合计 99,999,999。'], anomalies: [], suggestions: [] }) };
    return { content: 'unexpected request' };
  });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

browser.describe('Data tools, standalone', () => {
  it('opens a CSV, profiles it, takes a suggested plan from the model, previews and downloads the cleaned CSV', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: '数据' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开 CSV 或 XLSX…' }).click()]);
    await chooser.setFiles(csv);
    await page.getByText('销售：500 行 × 10 列').waitFor();
    const profile = page.getByRole('list', { name: '概况' });
    await expect(profile.getByRole('listitem', { name: '下单日期' }).innerText()).resolves.toMatch(/日期[\s\S]*6 种格式/);
    await screenshot(page, 'sheets-profile');

    await page.getByRole('tab', { name: '清洗' }).click();
    await page.getByRole('button', { name: '建议清洗方案' }).click();
    await page.getByText('“订单编号”重复时保留第一行').waitFor();
    const sent = JSON.stringify(llm.requests.at(-1)?.messages);
    expect(sent).not.toMatch(/1[3-9]\d{9}/);
    expect((sent.match(/SO-\d{6}/g) ?? []).length).toBeLessThanOrEqual(25);

    // The plan survives a look at another tab.
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByRole('tab', { name: '清洗' }).click();
    await page.getByText('“订单编号”重复时保留第一行').waitFor();

    // The user turns off the dedupe step, previews, then turns it back on.
    await page.getByRole('checkbox', { name: '启用第 7 步' }).uncheck();
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByText('第 7 步 删除重复行：已跳过（未启用）').waitFor();
    await page.getByText(/^共 \d+ 步，已应用 \d+ 步；1 步未启用，已跳过。$/).waitFor();
    await page.getByRole('checkbox', { name: '启用第 7 步' }).check();
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByText(/第 7 步 删除重复行：改了 0 个单元格，删了 [1-9]\d* 行/).waitFor();

    // The user adds a step from the list and picks its column from the headers.
    await page.getByRole('combobox', { name: '新步骤的操作' }).selectOption({ label: '转换为数字' });
    await page.getByRole('button', { name: '添加步骤' }).click();
    await page.getByRole('combobox', { name: '第 8 步的列' }).selectOption('单价');
    // Each step reads as a sentence; its JSON is one click away, behind "advanced".
    await page.getByText('把“单价”列转成数字').waitFor();
    await expect(page.getByLabel('第 8 步设置（JSON）').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '高级（JSON）' }).nth(7).click();
    await expect(page.getByLabel('第 8 步设置（JSON）').inputValue()).resolves.toBe('{"op":"parseNumber","column":"单价"}');
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByText(/第 8 步 转换为数字：改了 [1-9]\d* 个单元格，删了 0 行/).waitFor();
    const changes = page.getByRole('table', { name: '第 8 步：改前 → 改后' });
    await expect(changes.getByRole('row').nth(1).innerText()).resolves.toMatch(/\d/);
    await changes.scrollIntoViewIfNeeded();
    await screenshot(page, 'sheets-clean-preview');
    expect(await axeSerious(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('销售-clean.csv');
    const path = join(dir, 'out.csv');
    await download.saveAs(path);
    const out = await readTable(path, readFileSync(path));
    expect(out.table.rows.length).toBeLessThan(500);
    const dates = out.table.rows.map((r) => r[1]).filter((v) => v !== null);
    expect(dates.every((d) => /^2024-\d{2}-\d{2}$/.test(String(d)))).toBe(true);
    expect(new Set(out.table.rows.map((r) => r[3]).filter((v) => v !== null))).toEqual(new Set(['华东', '华北', '华南', '西南', '东北']));
    expect(out.table.rows.every((r) => /^\d+(\.\d+)?$/.test(String(r[6])))).toBe(true);
  });

  it('analyzes with exact facts and flags a narrative number that is not in them', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: '数据' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开 CSV 或 XLSX…' }).click()]);
    await chooser.setFiles(csv);
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByRole('table', { name: '描述统计' }).waitFor();
    await page.getByRole('combobox', { name: '分组依据' }).selectOption('地区');
    await page.getByRole('table', { name: '按地区分组' }).waitFor();
    await page.getByRole('button', { name: '撰写分析说明' }).click();
    await page.getByText(/以下数字在计算结果中找不到.*99,999,999/).waitFor();
    await screenshot(page, 'sheets-analyze');
    expect(await axeSerious(page)).toEqual([]);
  });
});

browser.describe('Data tools in Excel (host double)', () => {
  const sales = generateMessySales(6000, 22);
  const grid = [sales.headers, ...sales.rows.map((r) => r.map((v) => (v === null ? '' : v)))];

  /** The Data panel in Excel (the host double) with the 6,000-row sales selection read. */
  async function openSalesInExcel() {
    const { page } = await e2e.open({
      host: 'excel',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url),
      doubleState: { sheets: [{ name: '销售', values: grid }], activeCell: 'L2' },
    });
    await page.getByRole('tab', { name: '数据' }).click();
    await page.getByRole('button', { name: '读取数据' }).click();
    await page.getByText('销售：6000 行 × 10 列').waitFor();
    return page;
  }

  it('reads the selection in blocks, applies the plan to a new sheet with a change log, never touching the source', async () => {
    const page = await openSalesInExcel();
    const loads = await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: { loads: { rows: number }[] } }).__EXCEL_BOOK__.loads.map((l) => l.rows));
    expect(loads).toEqual([5000, 1001]);

    await page.getByRole('tab', { name: '清洗' }).click();
    await page.getByRole('button', { name: '建议清洗方案' }).click();
    await page.getByText('“订单编号”重复时保留第一行').waitFor();
    await page.getByRole('button', { name: '应用到新工作表' }).click();
    await page.getByText(/已写入新工作表“销售 \(清洗\)”；更改记录在“销售 更改记录”/).waitFor();
    await screenshot(page, 'sheets-excel-applied');
    const book = await page.evaluate(
      () => (window as unknown as { __EXCEL_BOOK__: { sheets: { name: string; values: unknown[][]; frozenRows: number }[] } }).__EXCEL_BOOK__.sheets,
    );
    expect(book.map((s) => s.name)).toEqual(['销售', '销售 (清洗)', '销售 更改记录']);
    expect(book[0].values).toEqual(grid);
    const cleaned = book[1].values;
    expect(cleaned[0]).toEqual(sales.headers);
    expect(cleaned.length).toBeLessThan(grid.length);
    expect(cleaned.slice(1).every((r) => r[1] === '' || /^2024-\d{2}-\d{2}$/.test(String(r[1])))).toBe(true);
    expect(book[1].frozenRows).toBe(1);
    expect(book[2].values.length).toBe(PLAN.steps.length + 1);

    // Applying again never overwrites: a second sheet gets a new name.
    await page.getByRole('button', { name: '应用到新工作表' }).click();
    await page.getByText(/已写入新工作表“销售 \(清洗\) 2”/).waitFor();
  });

  it('inserts a formula into the active cell only on Insert, and writes an Analysis sheet with native charts', async () => {
    const page = await openSalesInExcel();
    await page.getByRole('tab', { name: '公式' }).click();
    await page.getByLabel('描述要做的计算').fill('华东地区的销售额合计');
    await page.getByRole('button', { name: '生成公式' }).click();
    await page.getByText('=SUMIFS(H2:H6001,D2:D6001,"华东")').waitFor();
    const before = await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: { sheets: { formulas: object }[] } }).__EXCEL_BOOK__.sheets[0].formulas);
    expect(before).toEqual({});
    await page.getByRole('button', { name: '插入到单元格' }).click();
    await page.getByText(/已插入到/).waitFor();
    const after = await page.evaluate(() => (window as unknown as { __EXCEL_BOOK__: { sheets: { formulas: object }[] } }).__EXCEL_BOOK__.sheets[0].formulas);
    expect(after).toEqual({ L2: '=SUMIFS(H2:H6001,D2:D6001,"华东")' });
    await screenshot(page, 'sheets-excel-formula');
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByRole('button', { name: '写入“分析”工作表' }).click();
    await page.getByText('已写入工作表“分析”。').waitFor();
    const analysis = await page.evaluate(() =>
      (window as unknown as { __EXCEL_BOOK__: { sheets: { name: string; charts: { type: string }[] }[] } }).__EXCEL_BOOK__.sheets.find(
        (s) => s.name === '分析',
      ),
    );
    expect(analysis?.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Line']);
  });
});
