// Real input: public datasets nobody here wrote (tests/fixtures/real/SOURCES.md), read as a user would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/sheets/read-table';
import { profileTable } from '../../src/sheets/profile';
import { analyzeTable } from '../../src/sheets/analysis';
import { applyPlan } from '../../src/sheets/apply-plan';
import { writeXlsx } from '../../src/sheets/xlsx';
import { factsTables, profileToMarkdown } from '../../src/sheets/render';
import { translate, type Translate } from '../../src/locales';

const dir = new URL('../fixtures/real/sheets/', import.meta.url);
const load = (name: string) => readTable(name, new Uint8Array(readFileSync(new URL(name, dir))));
const en: Translate = (key, params) => translate('en-US', key, params);

describe('real datasets: years, ids and flags are not measures', () => {
  it('Grunfeld (1950): the year column is a year, never summed; group-by sums only investment figures', async () => {
    const { table } = await load('grunfeld.csv');
    const p = profileTable(table);
    const year = p.columns.find((c) => c.name === 'year');
    expect(year?.type).toBe('year');
    expect(year?.dateRange).toEqual({ min: '1935', max: '1954' });
    const f = analyzeTable(table, {}, p);
    expect(f.measures).not.toContain('year');
    expect(f.measures).toEqual(expect.arrayContaining(['invest', 'value', 'capital']));
    expect(f.groupBy?.by).toBe('firm');
    const rendered = factsTables(f, en)
      .map((x) => x.table.headers.join('|'))
      .join('\n');
    expect(rendered).not.toMatch(/sum of year/);
  });

  it('US macro data: year is a year; the quarter and rate columns stay measures', async () => {
    const { table } = await load('macrodata.csv');
    const p = profileTable(table);
    expect(p.columns.find((c) => c.name === 'year')?.type).toBe('year');
    expect(analyzeTable(table, {}, p).measures).not.toContain('year');
  });

  it('a survey of 0/1 answers: flag columns are yes/no, with no outliers among their ones', async () => {
    const { table } = await load('survata-2016-flags.csv');
    const p = profileTable(table);
    const stein = p.columns.find((c) => c.name === 'Jill Stein');
    // 6% of respondents chose her: an IQR rule would call every one of them an outlier.
    expect(stein?.type).toBe('boolean');
    expect(stein?.stats).toBeUndefined();
    expect(p.columns.every((c) => c.type === 'boolean')).toBe(true);
    expect(profileToMarkdown(p, en)).not.toMatch(/outliers/);
  });

  it('the raw survey export: an unnamed row-number column is an id (no mean), "Don\'t Know" answers are listed', async () => {
    const { table } = await load('survata-survey-raw.csv');
    const p = profileTable(table);
    expect(p.columns[0].name).toBe('Column 1');
    expect(p.columns[0].type).toBe('id');
    expect(p.columns[0].stats).toBeUndefined();
    expect(analyzeTable(table, {}, p).measures).not.toContain('Column 1');
    // A Likert column: 1–5 agreement plus "Don't Know"; the non-answers are named with their count.
    const likert = p.columns.find((c) => c.nonAnswers.some((n) => n.value === "Don't Know"));
    expect(likert).toBeDefined();
    const dk = likert?.nonAnswers.find((n) => n.value === "Don't Know");
    const cells = table.rows.filter((r) => r[table.headers.indexOf(likert?.name ?? '')] === "Don't Know").length;
    expect(dk?.count).toBe(cells);
    expect(profileToMarkdown(p, en)).toMatch(/non-answers and null tokens: “Don't Know” \d+/);
  });
});

describe('real datasets: cleaned dates are dates in the .xlsx', () => {
  it('the survey timestamps, parsed, are written as Excel dates with a date format; numbers as numbers', async () => {
    const { table } = await load('survata-survey-raw.csv');
    const { table: out } = applyPlan(table, {
      steps: [
        { op: 'parseDate', column: 'Date (UTC)' },
        { op: 'dropColumns', columns: table.headers.slice(14) },
      ],
    });
    const bytes = await writeXlsx([{ name: 'clean', table: out }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0];
    const dateCol = out.headers.indexOf('Date (UTC)') + 1;
    const lenCol = out.headers.indexOf('Length of Interview (seconds)') + 1;
    const first = ws.getRow(2).getCell(dateCol);
    expect(first.value).toBeInstanceOf(Date);
    expect(first.numFmt).toBe('yyyy-mm-dd');
    expect((first.value as Date).toISOString().slice(0, 10)).toBe(String(out.rows[0][dateCol - 1]));
    expect(typeof ws.getRow(2).getCell(lenCol).value).toBe('number');
    // The header stays text, and the ids (UUIDs) stay text.
    expect(ws.getRow(1).getCell(dateCol).value).toBe('Date (UTC)');
    expect(typeof ws.getRow(2).getCell(2).value).toBe('string');
  });
});
