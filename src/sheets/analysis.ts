import type { Cell, Table } from './table';
import { columnMissingTest, isMissing } from './table';
import type { TableProfile } from './profile';
import { profileTable } from './profile';
import { parseNumberCell } from './parse-number';
import { parseDateCell } from './parse-date';
import { pearson, round, summarize } from './stats';
import { analysisColumnMissing } from './errors';

export interface AnalysisOptions {
  /** Column to group by; default: the category column with the fewest groups above one. */
  by?: string;
  /** Numeric columns to aggregate; default: every numeric column. */
  measures?: string[];
  /** Date column for the monthly trend; default: the first date column. */
  dateColumn?: string;
  topN?: number;
}

export interface ColumnStats {
  column: string;
  count: number;
  sum: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  stdev: number;
}

export interface GroupRow {
  key: string;
  count: number;
  sums: Record<string, number>;
  means: Record<string, number>;
  /** Share of the first measure's total (of the rows when there is no measure), in percent. */
  sharePct: number;
}

export interface MonthRow {
  month: string;
  count: number;
  sums: Record<string, number>;
  /** Change of the first measure's sum against the previous month, in percent. */
  changePct: number | null;
}

/** Everything the analysis computed; this JSON is all the model sees, and what its numbers are checked against. */
export interface Facts {
  rows: number;
  columns: number;
  measures: string[];
  describe: ColumnStats[];
  groupBy?: { by: string; measure: string; groups: GroupRow[]; otherGroups: number };
  monthly?: { dateColumn: string; measure: string; months: MonthRow[] };
  /** sharePct: the value's rows as a percent of all rows (blank cells included), so shares add up to 100. */
  top: { column: string; values: { value: string; count: number; sharePct: number }[] }[];
  correlations: { a: string; b: string; r: number }[];
}

const NUMERIC = new Set(['number', 'integer', 'percent', 'currency']);
// Caps keep the facts (and so the request) the same size for 200 rows or 200,000.
const MAX_GROUPS = 15;
const MAX_MONTHS = 36;
const MAX_MEASURES = 8;

function numbersOf(rows: Cell[][], c: number): Float64Array {
  const out = new Float64Array(rows.length).fill(NaN);
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][c];
    if (isMissing(v)) continue;
    const p = parseNumberCell(v);
    if (p) out[r] = p.value;
  }
  return out;
}

function finite(xs: Float64Array): Float64Array {
  return xs.filter((x) => !Number.isNaN(x));
}

const AMOUNT_HEADER = /(销售额|金额|收入|营收|总额|总价|amount|sales|revenue|total)/i;

/** The measure that leads group-by and trend: an amount-like header, else the largest total. */
function primaryFirst(measures: string[], nums: Map<string, Float64Array>): string[] {
  const total = (m: string) => finite(nums.get(m) as Float64Array).reduce((a, x) => a + Math.abs(x), 0);
  const named = measures.find((m) => AMOUNT_HEADER.test(m));
  const lead = named ?? [...measures].sort((a, b) => total(b) - total(a))[0];
  return lead ? [lead, ...measures.filter((m) => m !== lead)] : measures;
}

function need(t: Table, name: string): number {
  const i = t.headers.indexOf(name);
  if (i < 0) throw analysisColumnMissing(name, t.headers);
  return i;
}

export function analyzeTable(t: Table, options: AnalysisOptions = {}, profile: TableProfile = profileTable(t)): Facts {
  const byType = (pred: (type: string) => boolean) => profile.columns.filter((c) => pred(c.type)).map((c) => c.name);
  let measures = (options.measures ?? byType((x) => NUMERIC.has(x))).slice(0, MAX_MEASURES);
  const nums = new Map<string, Float64Array>();
  for (const m of measures) nums.set(m, numbersOf(t.rows, need(t, m)));
  if (!options.measures) measures = primaryFirst(measures, nums);

  const describe: ColumnStats[] = [];
  for (const m of measures) {
    const s = summarize(finite(nums.get(m) as Float64Array));
    if (s)
      describe.push({
        column: m,
        count: s.count,
        sum: round(s.sum),
        mean: round(s.mean),
        median: round(s.median),
        min: round(s.min),
        max: round(s.max),
        stdev: round(s.stdev),
      });
  }
  const facts: Facts = { rows: t.rows.length, columns: t.headers.length, measures, describe, top: [], correlations: [] };
  const first = measures[0];

  const categories = profile.columns.filter((c) => c.type === 'category' && c.distinct > 1).sort((a, b) => a.distinct - b.distinct);
  const by = options.by ?? categories[0]?.name;
  if (by) {
    const bc = need(t, by);
    const missingKey = columnMissingTest(t.rows, bc);
    const groups = new Map<string, { count: number; sums: number[]; counts: number[] }>();
    const arrays = measures.map((m) => nums.get(m) as Float64Array);
    for (let r = 0; r < t.rows.length; r++) {
      const v = t.rows[r][bc];
      const key = missingKey(v) ? '(blank)' : String(v).trim();
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { count: 0, sums: measures.map(() => 0), counts: measures.map(() => 0) }));
      g.count++;
      for (let k = 0; k < arrays.length; k++) {
        const x = arrays[k][r];
        if (!Number.isNaN(x)) {
          g.sums[k] += x;
          g.counts[k]++;
        }
      }
    }
    const total = [...groups.values()].reduce((a, g) => a + (g.sums[0] ?? g.count), 0);
    const rows: GroupRow[] = [...groups].map(([key, g]) => ({
      key,
      count: g.count,
      sums: Object.fromEntries(measures.map((m, k) => [m, round(g.sums[k])])),
      means: Object.fromEntries(measures.map((m, k) => [m, g.counts[k] ? round(g.sums[k] / g.counts[k]) : 0])),
      sharePct: total ? round(((first ? g.sums[0] : g.count) / total) * 100) : 0,
    }));
    rows.sort((a, b) => (first ? b.sums[first] - a.sums[first] : b.count - a.count));
    facts.groupBy = { by, measure: first ?? 'count', groups: rows.slice(0, MAX_GROUPS), otherGroups: Math.max(0, rows.length - MAX_GROUPS) };
  }

  const dateColumn = options.dateColumn ?? profile.columns.find((c) => c.type === 'date')?.name;
  if (dateColumn) {
    const dc = need(t, dateColumn);
    const months = new Map<string, { count: number; sums: number[] }>();
    const arrays = measures.map((m) => nums.get(m) as Float64Array);
    for (let r = 0; r < t.rows.length; r++) {
      const p = parseDateCell(t.rows[r][dc]);
      if (!p) continue;
      const key = `${p.y}-${p.m < 10 ? '0' : ''}${p.m}`;
      let g = months.get(key);
      if (!g) months.set(key, (g = { count: 0, sums: measures.map(() => 0) }));
      g.count++;
      for (let k = 0; k < arrays.length; k++) if (!Number.isNaN(arrays[k][r])) g.sums[k] += arrays[k][r];
    }
    const sorted = [...months].sort(([a], [b]) => (a < b ? -1 : 1)).slice(-MAX_MONTHS);
    const out: MonthRow[] = sorted.map(([month, g], i) => {
      const prev = i > 0 ? sorted[i - 1][1] : null;
      const cur = first ? g.sums[0] : g.count;
      const before = prev ? (first ? prev.sums[0] : prev.count) : 0;
      return {
        month,
        count: g.count,
        sums: Object.fromEntries(measures.map((m, k) => [m, round(g.sums[k])])),
        changePct: prev && before ? round(((cur - before) / Math.abs(before)) * 100) : null,
      };
    });
    facts.monthly = { dateColumn, measure: first ?? 'count', months: out };
  }

  const topN = options.topN ?? 5;
  for (const c of categories.slice(0, 4)) {
    facts.top.push({
      column: c.name,
      values: c.top.slice(0, topN).map((v) => ({ value: v.value, count: v.count, sharePct: round((v.count / Math.max(1, t.rows.length)) * 100) })),
    });
  }

  for (let i = 0; i < measures.length; i++) {
    for (let j = i + 1; j < measures.length; j++) {
      const a = nums.get(measures[i]) as Float64Array;
      const b = nums.get(measures[j]) as Float64Array;
      const xs: number[] = [];
      const ys: number[] = [];
      for (let r = 0; r < a.length; r++) {
        if (!Number.isNaN(a[r]) && !Number.isNaN(b[r])) {
          xs.push(a[r]);
          ys.push(b[r]);
        }
      }
      const r = pearson(xs, ys);
      if (r !== null) facts.correlations.push({ a: measures[i], b: measures[j], r: Math.round(r * 100) / 100 });
    }
  }
  facts.correlations.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
  facts.correlations = facts.correlations.slice(0, 10);
  return facts;
}
