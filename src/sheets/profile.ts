import type { Cell, Table } from './table';
import { isBlank, missingTest } from './table';
import { hasFullWidth, hasStraySpaces } from './text';
import { parseDateCell, dayNumber, formatISODate } from './parse-date';
import { parseNumberCell } from './parse-number';
import { round, summarize } from './stats';

export type ColumnType = 'number' | 'integer' | 'percent' | 'currency' | 'date' | 'year' | 'text' | 'category' | 'boolean' | 'id' | 'phone' | 'email' | 'empty';

export interface CountOf {
  value: string;
  count: number;
}

export interface NumericStats {
  min: number;
  max: number;
  mean: number;
  median: number;
  stdev: number;
  outliers: number;
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Non-missing cells. */
  count: number;
  missing: number;
  /** Missing cells by what they held: "" for blank, or the null token. */
  missingBy: CountOf[];
  distinct: number;
  /** Most frequent values, null tokens and survey non-answers (不知道, N/A) included; blanks are not. */
  top: CountOf[];
  /** Survey non-answers and null tokens, each with its count: answers a survey user wants to see. */
  nonAnswers: CountOf[];
  stats?: NumericStats;
  dateRange?: { min: string; max: string };
  /** How many cells use each written format (date and number columns); "other" did not parse. */
  formats: CountOf[];
  fullWidth: number;
  straySpaces: number;
}

export interface TableProfile {
  rows: number;
  columns: ColumnProfile[];
  duplicateRows: number;
}

const BOOLEANS = new Set(['true', 'false', 'yes', 'no', '是', '否', '对', '错', '有', '无']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const PHONE = /^(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$|^0\d{2,3}-?\d{7,8}$/;
const ID_CARD = /^\d{17}[\dXx]$/;
const CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_-]*$/;
const ID_HEADER = /(^id$|_id$|\bid\b|编号|编码|单号|序号|工号|学号|代码|No\.?$)/i;
const PLAIN_DIGITS = /^\d+(\.\d+)?$/;
// A gapless run of whole numbers under no header (pandas' unnamed index) or an index-like one is row numbers.
const ROW_NUMBER_HEADER = /^(Column \d+|#|index|idx|row|rowid|rownum|unnamed.*|行号|行)$/i;
const DATE_HEADER = /(date|日期|时间|年月|day)/i;
const YEAR_HEADER = /(^|[^a-z])(year|yr|fy)s?([^a-z]|$)|年份|年度|出生年|年$/i;
/** "I don't know" and "refused" in the ways surveys write them: shown as answers, never as "other". */
const NON_ANSWER =
  /^(不知道|不清楚|说不清|说不清楚|不确定|拒绝回答|拒答|不愿回答|不愿透露|无法回答|不适用|不详|未知|n\/?a|n\.a\.|not applicable|don'?t know|do not know|dk|refused|prefer not to (say|answer)|not sure|i'?m not sure|unsure|no answer|unknown)$/i;

type Kind = 'number' | 'percent' | 'currency' | 'date' | 'serial' | 'boolean' | 'phone' | 'email' | 'idcard' | 'code' | 'text';

interface Classified {
  kind: Kind;
  format?: string;
  num?: number;
  day?: number;
}

// Whole-number values that read as Excel serial dates between 1954 and 2099, counted as dates only
// when the rest of the column is dates.
const SERIAL_MIN = 20000;
const CLASSIFY_SAMPLE = 5000;
const SERIAL_MAX = 73050;

function classify(v: Cell): Classified {
  if (typeof v === 'boolean') return { kind: 'boolean' };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= SERIAL_MIN && v <= SERIAL_MAX) return { kind: 'serial', format: 'plain', num: v };
    return { kind: 'number', format: 'plain', num: v };
  }
  const s = (v as string).trim();
  if (BOOLEANS.has(s.toLowerCase())) return { kind: 'boolean' };
  if (s.includes('@') && EMAIL.test(s)) return { kind: 'email' };
  if (ID_CARD.test(s)) return { kind: 'idcard' };
  if (PHONE.test(s)) return { kind: 'phone' };
  // Plain digit strings are numbers unless they are an 8-digit YYYYMMDD date.
  const plain = PLAIN_DIGITS.test(s);
  if (!plain || s.length === 8) {
    const d = parseDateCell(s, 'YMD') ?? parseDateCell(s, 'MDY') ?? parseDateCell(s, 'DMY');
    if (d && (!plain || d.format === 'YYYYMMDD')) {
      const format = d.format === 'M/D/YYYY' || d.format === 'D/M/YYYY' ? 'M/D/YYYY or D/M/YYYY' : d.format;
      return { kind: 'date', format, day: dayNumber(d) };
    }
  }
  const p = parseNumberCell(s);
  if (p) {
    if (plain && Number.isInteger(p.value) && p.value >= SERIAL_MIN && p.value <= SERIAL_MAX) return { kind: 'serial', format: 'plain', num: p.value };
    return { kind: p.format === 'percent' ? 'percent' : p.format === 'currency' ? 'currency' : 'number', format: p.format, num: p.value };
  }
  if (CODE.test(s)) return { kind: 'code' };
  return { kind: 'text' };
}

interface Shape {
  /** Every number is 0 or 1. */
  flags: boolean;
  /** Every number is a whole year between 1800 and 2100. */
  years: boolean;
  /** Distinct whole numbers that run without a gap (row numbers). */
  sequence: boolean;
}

function decideType(name: string, kinds: Map<Kind, number>, count: number, distinct: number, allInt: boolean, shape?: Shape): ColumnType {
  if (count === 0) return 'empty';
  const k = (x: Kind) => kinds.get(x) ?? 0;
  const most = (n: number) => n >= count * 0.8;
  // Near-unique: an ID column in a messy export still holds the duplicated rows.
  const unique = count >= 2 && distinct >= count * 0.95;
  const numeric = k('number') + k('percent') + k('currency') + k('serial');
  if (most(k('idcard'))) return 'id';
  if (most(k('email'))) return 'email';
  if (most(k('phone'))) return 'phone';
  if (most(k('boolean'))) return 'boolean';
  if (most(k('date') + k('serial')) && (k('date') > 0 || DATE_HEADER.test(name))) return 'date';
  if (most(numeric)) {
    if (unique && allInt && (ID_HEADER.test(name) || (shape?.sequence && count >= 10 && ROW_NUMBER_HEADER.test(name)))) return 'id';
    // A 0/1 column is a yes/no answer: no sum of "smoker", no outliers among its ones.
    if (allInt && shape?.flags && distinct === 2 && count >= 10) return 'boolean';
    if (allInt && shape?.years && YEAR_HEADER.test(name)) return 'year';
    if (k('percent') >= numeric * 0.5) return 'percent';
    if (k('currency') >= numeric * 0.3) return 'currency';
    return allInt ? 'integer' : 'number';
  }
  if (unique && (most(k('code')) || ID_HEADER.test(name))) return 'id';
  if (distinct <= Math.min(50, Math.max(2, count * 0.5))) return 'category';
  return 'text';
}

function topOf(m: Map<Cell, number>, n: number, skip?: (v: Cell) => boolean): CountOf[] {
  const out: CountOf[] = [];
  for (const [value, count] of m) {
    if (skip?.(value)) continue;
    if (out.length < n || count > out[out.length - 1].count) {
      out.push({ value: String(value), count });
      out.sort((a, b) => b.count - a.count);
      if (out.length > n) out.pop();
    }
  }
  return out;
}

function serialToDay(serial: number): number {
  return serial - 25569;
}

function profileColumn(name: string, rows: Cell[][], c: number, ids: Int32Array): ColumnProfile {
  // Counting distinct cells first and classifying each distinct value once keeps a 200,000-row column
  // with a few thousand distinct values cheap. Each row also gets the value's id, for duplicate rows.
  const idOf = new Map<Cell, number>();
  const tally: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][c];
    let id = idOf.get(v);
    if (id === undefined) {
      id = tally.length;
      idOf.set(v, id);
      tally.push(0);
    }
    tally[id]++;
    ids[r] = id;
  }
  const counts = new Map<Cell, number>();
  for (const [v, id] of idOf) counts.set(v, tally[id]);
  const missingBy = new Map<string, number>();
  let distinct = 0;
  const kinds = new Map<Kind, number>();
  const classified: { c: Classified; n: number }[] = [];
  let fullWidth = 0;
  let straySpaces = 0;
  let missing = 0;
  let allInt = true;
  // A column of 200,000 distinct IDs or phone numbers is typed from its first distinct values; the rest
  // are parsed only when the column turns out to be dates or numbers and needs exact stats.
  const pending: [Cell, number][] = [];
  const take = (cl: Classified, n: number) => {
    kinds.set(cl.kind, (kinds.get(cl.kind) ?? 0) + n);
    if (cl.num !== undefined && !Number.isInteger(cl.num)) allInt = false;
    classified.push({ c: cl, n });
  };
  const isMissing = missingTest(counts.keys());
  const nonAnswers = new Map<string, number>();
  for (const [v, n] of counts) {
    if (typeof v === 'string') {
      const t = v.trim();
      if (t && (NON_ANSWER.test(t) || isMissing(v))) nonAnswers.set(t, (nonAnswers.get(t) ?? 0) + n);
      if (hasFullWidth(v)) fullWidth += n;
      if (hasStraySpaces(v)) straySpaces += n;
    }
    if (isMissing(v)) {
      const key = v === null ? '' : v.toString().trim();
      missingBy.set(key, (missingBy.get(key) ?? 0) + n);
      missing += n;
      continue;
    }
    distinct++;
    if (classified.length < CLASSIFY_SAMPLE) take(classify(v), n);
    else pending.push([v, n]);
  }
  if (pending.length) {
    const seen = classified.reduce((a, x) => a + x.n, 0);
    const guess = decideType(name, kinds, seen, Math.round((distinct * seen) / (rows.length - missing)), allInt);
    if (guess === 'date' || guess === 'number' || guess === 'integer' || guess === 'percent' || guess === 'currency') {
      for (const [v, n] of pending) take(classify(v), n);
    } else {
      const rest = pending.reduce((a, x) => a + x[1], 0);
      for (const [k, n] of [...kinds]) kinds.set(k, n + Math.round((n / seen) * rest));
    }
  }
  const count = rows.length - missing;
  const type = decideType(name, kinds, count, distinct, allInt, shapeOf(classified));
  const profile: ColumnProfile = {
    name,
    type,
    count,
    missing,
    missingBy: topOf(missingBy, 10),
    distinct,
    top: topOf(counts, 5, isBlank),
    nonAnswers: topOf(nonAnswers, 10),
    formats: [],
    fullWidth,
    straySpaces,
  };
  if (type === 'year') {
    const ys = classified.filter((x) => x.c.num !== undefined).map((x) => x.c.num as number);
    if (ys.length) profile.dateRange = { min: String(Math.min(...ys)), max: String(Math.max(...ys)) };
    return profile;
  }
  const numericType = type === 'number' || type === 'integer' || type === 'percent' || type === 'currency' || type === 'id';
  const formats = new Map<string, number>();
  let parsed = 0;
  if (type === 'date') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const { c: cl, n } of classified) {
      const day = cl.kind === 'date' ? cl.day : cl.kind === 'serial' && cl.num !== undefined ? serialToDay(cl.num) : undefined;
      if (day === undefined) continue;
      formats.set(cl.kind === 'serial' ? 'Excel serial' : (cl.format ?? ''), (formats.get(cl.kind === 'serial' ? 'Excel serial' : (cl.format ?? '')) ?? 0) + n);
      parsed += n;
      if (day < lo) lo = day;
      if (day > hi) hi = day;
    }
    if (parsed) profile.dateRange = { min: isoOfDay(lo), max: isoOfDay(hi) };
  } else if (numericType) {
    const nums = new Float64Array(count);
    let w = 0;
    for (const { c: cl, n } of classified) {
      if (cl.num === undefined) continue;
      formats.set(cl.format ?? 'plain', (formats.get(cl.format ?? 'plain') ?? 0) + n);
      nums.fill(cl.num, w, w + n);
      w += n;
    }
    parsed = w;
    const s = summarize(nums.subarray(0, w));
    if (s && type !== 'id') {
      const iqr = s.q3 - s.q1;
      const lo = s.q1 - 1.5 * iqr;
      const hi = s.q3 + 1.5 * iqr;
      let outliers = 0;
      for (const { c: cl, n } of classified) if (cl.num !== undefined && (cl.num < lo || cl.num > hi)) outliers += n;
      profile.stats = { min: s.min, max: s.max, mean: round(s.mean), median: round(s.median), stdev: round(s.stdev), outliers };
    }
  }
  if (type === 'date' || (numericType && type !== 'id')) {
    if (count > parsed) formats.set('other', count - parsed);
    profile.formats = topOf(formats, 12);
  }
  return profile;
}

function shapeOf(classified: readonly { c: Classified }[]): Shape {
  let flags = true;
  let years = true;
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const { c } of classified) {
    const x = c.num;
    if (x === undefined) continue;
    n++;
    if (x !== 0 && x !== 1) flags = false;
    if (!Number.isInteger(x) || x < 1800 || x > 2100) years = false;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  // classified holds distinct values, so n distinct integers spanning n values are a gapless run.
  return { flags: n > 0 && flags, years: n > 0 && years, sequence: n >= 2 && Number.isInteger(lo) && hi - lo + 1 === n };
}

function isoOfDay(n: number): string {
  const dt = new Date(n * 86_400_000);
  return formatISODate({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
}

/** Rows equal in every column, found by hashing each row's value ids (no per-row strings). */
function countDuplicateRows(ids: Int32Array[], rowCount: number): number {
  const first = new Map<number, number>();
  const collided = new Set<string>();
  let dups = 0;
  const same = (a: number, b: number) => ids.every((col) => col[a] === col[b]);
  for (let r = 0; r < rowCount; r++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (const col of ids) {
      h1 = Math.imul(h1 ^ col[r], 0x01000193);
      h2 = Math.imul(h2 ^ col[r], 0x85ebca6b) ^ (h2 >>> 13);
    }
    const key = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, r);
    else if (same(seen, r)) dups++;
    else {
      // A true hash collision (rare): fall back to the exact key for this row.
      const exact = ids.map((col) => col[r]).join(',');
      if (collided.has(exact)) dups++;
      else collided.add(exact);
    }
  }
  return dups;
}

/** The local profile: types, missing values, formats, spaces, outliers and duplicates for every column. */
export function profileTable(t: Table): TableProfile {
  const ids = t.headers.map(() => new Int32Array(t.rows.length));
  const columns = t.headers.map((h, c) => profileColumn(h, t.rows, c, ids[c]));
  return { rows: t.rows.length, columns, duplicateRows: countDuplicateRows(ids, t.rows.length) };
}
