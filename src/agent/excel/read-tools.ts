// Workbook tools that only read: they run without asking. Whatever the range, the model gets at most
// READ_ROWS rows of cells; bigger ranges come with a summary (and profile/analyze compute over every row).
import { z } from 'zod';
import { addressesIn, cellName, qualified, rectToA1, type CellRect } from '../../sheets/a1';
import { analyzeTable } from '../../sheets/analysis';
import { compactProfile } from '../../sheets/model-view';
import { profileTable } from '../../sheets/profile';
import { tableFromGrid, type Cell } from '../../sheets/table';
import { readTool, type AgentTool } from '../tool';
import { isErrorValue, type RangeRead, type Scalar, type WorkbookBackend } from './backend';
import { clipText, resolveRange, usedRange, type WorkbookState } from './resolve';

/** Rows of cells a read shows the model; the rest is summarised. */
export const READ_ROWS = 40;
const MAX_FORMULAS_SHOWN = 200;

const sheetRange = {
  sheet: z.string().min(1).describe('Sheet name'),
  range: z.string().min(1).describe('A1 range, e.g. "A1:D20", "B:B"'),
};

const optionalRange = {
  sheet: z.string().min(1).describe('Sheet name'),
  range: z.string().min(1).optional().describe("A1 range with the header row first; default: the sheet's used range"),
};

function summary(read: RangeRead): Record<string, unknown>[] {
  const cols = read.values[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, c) => {
    let filled = 0;
    let numbers = 0;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let r = 1; r < read.values.length; r++) {
      const v = read.values[r][c];
      if (v === null || v === '') continue;
      filled++;
      if (typeof v === 'number') {
        numbers++;
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
    }
    return { column: String(read.values[0][c] ?? ''), filled, ...(numbers ? { numbers, min, max, sum: Math.round(sum * 1e6) / 1e6 } : {}) };
  });
}

/** The first rows of a read as the model sees them, with the formulas and number formats of those rows. */
export function describeRead(sheet: string, rect: CellRect, read: RangeRead): Record<string, unknown> {
  const shownRows = Math.min(READ_ROWS, read.values.length);
  const formulas: Record<string, string> = {};
  let formulaCount = 0;
  read.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (!f) return;
      formulaCount++;
      if (r < shownRows && Object.keys(formulas).length < MAX_FORMULAS_SHOWN) formulas[cellName(rect.row + r, rect.col + c)] = f;
    }),
  );
  const formats: Record<string, string> = {};
  read.formats[Math.min(1, read.formats.length - 1)]?.forEach((f, c) => {
    if (f && f !== 'General') formats[cellName(rect.row, rect.col + c).replace(/\d+$/, '')] = f;
  });
  const out: Record<string, unknown> = {
    address: qualified(sheet, rect),
    rows: rect.rows,
    columns: rect.cols,
    values: read.values.slice(0, shownRows).map((row) => row.map(clipText)),
  };
  if (formulaCount) out.formulas = formulas;
  if (formulaCount > Object.keys(formulas).length) out.formulaCount = formulaCount;
  if (Object.keys(formats).length) out.numberFormats = formats;
  if (read.values.length > shownRows) {
    out.shown = `the first ${shownRows} of ${read.values.length} rows; the summary covers every row (row 1 taken as headers). Use profile_range or analyze_range for statistics, or read a narrower range.`;
    out.summary = summary(read);
  }
  return out;
}

function asTable(read: RangeRead) {
  return tableFromGrid(read.values as Cell[][]);
}

export function readTools(b: WorkbookBackend, st: WorkbookState): AgentTool[] {
  return [
    readTool({
      name: 'list_sheets',
      description: 'Lists the sheets with their used ranges and the Excel tables on them (name, range, headers).',
      schema: z.object({}),
      async run() {
        const { sheets, active } = await b.listSheets();
        return {
          ...(active ? { activeSheet: active } : {}),
          sheets: sheets.map((s) => ({
            name: s.name,
            usedRange: s.used ? rectToA1(s.used) : null,
            rows: s.used?.rows ?? 0,
            columns: s.used?.cols ?? 0,
            tables: s.tables.map((t) => ({ name: t.name, range: rectToA1(t.rect), headers: t.headers })),
          })),
        };
      },
    }),
    readTool({
      name: 'read_range',
      description: `Reads a range: values (computed), formulas and number formats. At most ${READ_ROWS} rows are shown; a bigger range comes with a per-column summary.`,
      schema: z.object(sheetRange),
      async run(a, ctx) {
        const r = await resolveRange(b, st, a.sheet, a.range);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        ctx.noteRead(r.sheet, r.rect);
        return describeRead(r.sheet, r.rect, read);
      },
    }),
    readTool({
      name: 'profile_range',
      description:
        'Profiles a table (header row first) over every row: type, missing values, distinct and top values, statistics, date ranges, formats, stray spaces and full-width characters per column, duplicate rows.',
      schema: z.object(optionalRange),
      async run(a, ctx) {
        const r = a.range ? await resolveRange(b, st, a.sheet, a.range) : await usedRange(b, a.sheet);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        ctx.noteRead(r.sheet, r.rect);
        return { address: r.address, profile: compactProfile(profileTable(asTable(read))) };
      },
    }),
    readTool({
      name: 'analyze_range',
      description:
        'Computes exact statistics of a table (header row first) over every row: per numeric column count/sum/mean/median/min/max, totals by a group column, a monthly trend, top values. Use these numbers rather than computing by hand.',
      schema: z.object({
        ...optionalRange,
        by: z.string().optional().describe('Column to group by (header text)'),
        measures: z.array(z.string()).optional().describe('Numeric columns to aggregate (header texts)'),
      }),
      async run(a, ctx) {
        const r = a.range ? await resolveRange(b, st, a.sheet, a.range) : await usedRange(b, a.sheet);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        ctx.noteRead(r.sheet, r.rect);
        return { address: r.address, facts: analyzeTable(asTable(read), { by: a.by, measures: a.measures }) };
      },
    }),
    readTool({
      name: 'explain_formula',
      description: "Returns a cell's formula, its computed value and the values of the ranges it refers to, so you can explain it.",
      schema: z.object({ sheet: z.string().min(1), cell: z.string().min(1).describe('A1 cell, e.g. "E2"') }),
      async run(a, ctx) {
        const r = await resolveRange(b, st, a.sheet, a.cell);
        const read = await b.read(r.sheet, { ...r.rect, rows: 1, cols: 1 }, ctx.signal);
        const formula = read.formulas[0]?.[0] ?? null;
        const refs = formula ? addressesIn(formula).slice(0, 6) : [];
        const references = [];
        for (const ref of refs) {
          const sheet = ref.sheet ?? r.sheet;
          try {
            const rr = await resolveRange(b, st, sheet, rectToA1(ref.rect));
            const part = await b.read(sheet, { ...rr.rect, rows: Math.min(rr.rect.rows, 10), cols: Math.min(rr.rect.cols, 5) }, ctx.signal);
            references.push({ ref: qualified(sheet, rr.rect), cells: rr.rect.rows * rr.rect.cols, firstValues: part.values.map((row) => row.map(clipText)) });
          } catch {
            references.push({ ref: qualified(sheet, ref.rect), note: 'could not be read' });
          }
        }
        ctx.noteRead(r.sheet, r.rect);
        return {
          cell: r.address,
          formula,
          value: read.values[0]?.[0] ?? null,
          ...(formula ? { references } : { note: 'This cell holds a constant, not a formula.' }),
        };
      },
    }),
    readTool({
      name: 'check_formulas',
      description:
        'Re-checks formulas after writing them: reads back the computed values in a range and lists errors (#DIV/0!, #NAME?, #REF!…) and a sample of results.',
      schema: z.object(sheetRange),
      async run(a, ctx) {
        const r = await resolveRange(b, st, a.sheet, a.range);
        const read = await b.read(r.sheet, r.rect, ctx.signal);
        ctx.noteRead(r.sheet, r.rect);
        const errors: { cell: string; formula: string; value: Scalar }[] = [];
        const sample: { cell: string; formula: string; value: Scalar }[] = [];
        let count = 0;
        read.formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            if (!f) return;
            count++;
            const item = { cell: cellName(r.rect.row + i, r.rect.col + j), formula: f, value: read.values[i][j] };
            if (isErrorValue(item.value)) {
              if (errors.length < 50) errors.push(item);
            } else if (sample.length < 10) sample.push(item);
          }),
        );
        return {
          range: r.address,
          formulas: count,
          errors,
          errorCount: read.values.flat().filter(isErrorValue).length,
          sample,
          verdict: count === 0 ? 'no formulas in this range' : errors.length ? 'some formulas return errors' : 'every formula returns a value',
        };
      },
    }),
  ];
}
