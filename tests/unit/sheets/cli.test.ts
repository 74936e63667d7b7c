import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { main } from '../../../src/cli/main';
import { readTable } from '../../../src/sheets/read-table';
import { toCsv } from '../../../src/sheets/read-csv';
import { writeXlsx } from '../../../src/sheets/xlsx';
import { generateMessySales, SALES_PLAN } from '../../fixtures/sheets/messy-sales';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

const dir = mkdtempSync(join(tmpdir(), 'dsplus-sheets-'));
const sales = generateMessySales(120, 11);
const csvPath = join(dir, 'sales.csv');
const gbkPath = join(dir, 'sales-gbk.csv');
const xlsxPath = join(dir, 'sales.xlsx');
const planPath = join(dir, 'plan.json');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const w = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    out += `${a.join(' ')}\n`;
  });
  const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
    err += `${a.join(' ')}\n`;
  });
  try {
    const code = await main(['node', 'dsplus', ...args]);
    return { code, out, err };
  } finally {
    w.mockRestore();
    log.mockRestore();
    e.mockRestore();
  }
}

const savedEnv = { ...process.env };
afterAll(() => {
  for (const k of ['DSPLUS_LANG', 'DSPLUS_CONFIG', 'DSPLUS_BASE_URL', 'DSPLUS_API_KEY']) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

beforeAll(async () => {
  process.env.DSPLUS_LANG = 'en-US';
  writeFileSync(csvPath, toCsv(sales));
  // GBK has no half-width ¥ (U+00A5); Chinese Excel writes ￥, so the GBK file does too.
  writeFileSync(gbkPath, iconv.encode(toCsv(sales, false).replace(/¥/g, '￥'), 'gbk'));
  writeFileSync(xlsxPath, await writeXlsx([{ name: '销售明细', table: sales }]));
  writeFileSync(planPath, JSON.stringify(SALES_PLAN));
});

describe('dsplus profile', () => {
  it('profiles a CSV as a table of columns with types and issues', async () => {
    const r = await run('profile', csvPath);
    expect(r.code).toBe(0);
    expect(r.out).toContain('120 rows, 10 columns');
    expect(r.out).toMatch(/\| 下单日期 \| date \|/);
    expect(r.out).toMatch(/\| 单价 \| currency \|/);
    expect(r.out).toMatch(/stray spaces/);
  });

  it('reads GBK-encoded CSV the same as UTF-8', async () => {
    const utfPath = join(dir, 'sales-fullwidth-yen.csv');
    writeFileSync(utfPath, toCsv(sales).replace(/¥/g, '￥'));
    const utf = await run('profile', utfPath, '--json');
    const gbk = await run('profile', gbkPath, '--json');
    expect(gbk.code).toBe(0);
    expect(JSON.parse(gbk.out)).toEqual(JSON.parse(utf.out));
    expect(JSON.parse(gbk.out).columns[0].name).toBe('订单编号');
  });

  it('reads a named sheet of an .xlsx and explains an unknown one', async () => {
    const r = await run('profile', xlsxPath, '--sheet', '销售明细', '--json');
    expect(JSON.parse(r.out).rows).toBe(120);
    const bad = await run('profile', xlsxPath, '--sheet', 'Nope');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('no sheet “Nope”');
    expect(bad.err).toContain('销售明细');
  });
});

describe('dsplus clean', () => {
  it('applies a plan to CSV, prints per-step counts and writes UTF-8 with BOM', async () => {
    const out = join(dir, 'clean.csv');
    const r = await run('clean', csvPath, '--plan', planPath, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. trim columns="\*": \d+ cells changed, 0 rows removed, 0 not parsed$/m);
    expect(r.out).toMatch(/^10\. dedupe .*: 0 cells changed, [1-9]\d* rows removed/m);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await readTable(out, bytes);
    const dates = back.table.rows.map((row) => row[1]).filter((v) => v !== null);
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(String(d)))).toBe(true);
    expect(back.table.rows.every((row) => /^\d+(\.\d+)?$/.test(String(row[6])))).toBe(true);
  });

  it('writes .xlsx with the cleaned sheet and a change log; GBK input works', async () => {
    const out = join(dir, 'clean.xlsx');
    const r = await run('clean', gbkPath, '--plan', planPath, '-o', out);
    expect(r.code).toBe(0);
    const data = await readTable(out, readFileSync(out));
    expect(data.sheets).toEqual(['sales-gbk', 'Change log']);
    expect(typeof data.table.rows[0][5]).toBe('number');
    const log = await readTable(out, readFileSync(out), 'Change log');
    expect(log.table.rows).toHaveLength(10);
    expect(log.table.rows[9][1]).toContain('dedupe');
  });

  it('refuses a plan with an unknown column before writing anything', async () => {
    const bad = join(dir, 'bad.json');
    const out = join(dir, 'never.csv');
    writeFileSync(
      bad,
      JSON.stringify({
        steps: [
          { op: 'trim', columns: '*' },
          { op: 'parseNumber', column: '金 额' },
        ],
      }),
    );
    const r = await run('clean', csvPath, '--plan', bad, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Step 2 names the column “金 额”');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('dsplus analyze', () => {
  it('writes Markdown with the computed facts, offline', async () => {
    const r = await run('analyze', csvPath, '--by', '产品');
    expect(r.code).toBe(0);
    expect(r.out).toContain('### Descriptive statistics');
    expect(r.out).toMatch(/### By 产品\n\n\| 产品 \| rows \| sum of 销售额/);
    expect(r.out).toContain('### Monthly trend (下单日期)');
  });

  it('writes the same report for Word as .docx', async () => {
    const out = join(dir, 'report.docx');
    const r = await run('analyze', csvPath, '-o', out);
    expect(r.code).toBe(0);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Descriptive statistics');
    expect(xml).toContain('<w:tbl>');
  });

  it('names a --by column that does not exist', async () => {
    const r = await run('analyze', csvPath, '--by', '城市');
    expect(r.code).toBe(1);
    expect(r.err).toContain('The column “城市” is not in the table');
  });
});

describe('with the model', () => {
  let llm: MockLlm;
  beforeAll(async () => {
    llm = await startMockLlm();
    process.env.DSPLUS_CONFIG = join(dir, 'no-config.json');
    process.env.DSPLUS_BASE_URL = llm.url;
    process.env.DSPLUS_API_KEY = 'sk-mock';
  });
  afterEach(() => {
    llm.requests.length = 0;
  });
  afterAll(async () => {
    await llm.close();
    delete process.env.DSPLUS_BASE_URL;
    delete process.env.DSPLUS_API_KEY;
  });

  it('clean --suggest writes the model plan without applying it; the model saw 20 masked rows at most', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({
        steps: [
          { op: 'trim', columns: '*' },
          { op: 'parseNumber', column: '单价' },
          { op: 'parseNumber', column: 'Nope' },
        ],
      }),
    }));
    const plan = join(dir, 'suggested.json');
    const r = await run('clean', csvPath, '--suggest', '--plan', plan);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(plan, 'utf8')).steps).toEqual([
      { op: 'trim', columns: '*' },
      { op: 'parseNumber', column: '单价' },
    ]);
    expect(r.err).toContain('Nope');
    const sent = llm.requests[0].messages.map((m) => m.content).join('\n');
    const sampleLines = sent.split('Sample rows')[1].trim().split('\n').slice(1);
    expect(sampleLines.length).toBeLessThanOrEqual(21);
    expect(sent).not.toMatch(/1[3-9]\d{9}/);
    expect(sent).toContain('[PHONE_');
  });

  it('analyze --narrate writes Markdown and flags numbers the facts do not hold', async () => {
    llm.setHandler((body) => {
      const facts = JSON.parse(body.messages.at(-1)!.content.replace(/^Facts \(JSON\):\n/, ''));
      const top = facts.groupBy.groups[0];
      return {
        content: JSON.stringify({
          summary: `${top.key} leads with ${top.sums[facts.groupBy.measure]} in sales.`,
          trends: ['Sales grew 987.65% overall.'],
          anomalies: [],
          suggestions: [],
        }),
      };
    });
    const out = join(dir, 'report.md');
    const r = await run('analyze', csvPath, '--by', '地区', '--narrate', '-o', out);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## Narrative');
    expect(md).toContain('### By 地区');
    expect(md).toContain('987.65%');
    expect(md).toMatch(/Numbers not found in the computed facts.*987\.65%/);
    expect(r.err).toContain('987.65%');
  });
});
