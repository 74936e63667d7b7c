import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious, screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { scriptedRun } from '../support/agent-script';

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
    llm.setHandler(
      scriptedRun([
        { calls: [{ name: 'list_sheets', arguments: {} }, { name: 'read_range', arguments: { sheet: 'Sales', range: 'A1:C4' } }] },
        {
          calls: [
            { name: 'write_range', arguments: { sheet: 'Sales', range: 'D1', values: [['Total'], ['=B2*C2'], ['=B3*C3'], ['=B4*C4']] } },
            { name: 'add_sheet', arguments: { name: 'Summary' } },
            { name: 'write_range', arguments: { sheet: 'Summary', range: 'A1', values: [['Items', 'Revenue'], [3, 26]] } },
          ],
        },
        { content: 'Added a Total column (D) and a Summary sheet.' },
      ]),
    );
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
    const results = llm.requests.at(-1)?.messages.filter((m) => m.role === 'tool').map((m) => String(m.content)) ?? [];
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
    llm.setHandler(scriptedRun([{ calls: [{ name: 'write_range', arguments: { sheet: 'Sales', range: 'E1', values: [['Note']] } }] }, { content: 'You skipped the note.' }]));
    const { page } = await e2e.open({ host: 'excel', storage: settingsStorage(llm.url, { provider: 'deepseek' }), doubleState: { sheets: [{ name: 'Sales', values: SALES }] }, viewport: { width: 320, height: 900 } });
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
