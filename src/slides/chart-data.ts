import { markdownPlainText } from '../markdown/inline-text';
import { parseNumberCell } from '../sheets/parse-number';
import { toHalfWidthText } from '../sheets/text';

// When a Markdown table is a chart: a label column, then columns of numbers as people write them
// (1,234 · 12% · ¥3.5 · １２ · 1.2万 · 3亿元), at least two rows. Anything else stays a table.

export type ChartKind = 'bar' | 'line' | 'pie';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartData {
  kind: ChartKind;
  labels: string[];
  series: ChartSeries[];
}

/** What an outline line such as `图表: 柱状图` / `Chart: line` asks for: a kind, or to keep the table. */
export type ChartHint = ChartKind | 'table';

const HINT_LINE = /^\s*(?:图表|图|chart)\s*[:：]\s*(.+?)\s*[。.]?\s*$/iu;
const HINT_WORDS: Array<[RegExp, ChartHint]> = [
  [/^(?:柱状图|柱形图|条形图|直方图|柱图|bar(?:\s*chart)?|column(?:\s*chart)?|bars|columns)$/iu, 'bar'],
  [/^(?:折线图|曲线图|趋势图|线图|line(?:\s*chart)?|lines|trend)$/iu, 'line'],
  [/^(?:饼图|饼状图|扇形图|pie(?:\s*chart)?)$/iu, 'pie'],
  [/^(?:表格|表|无|不用|none|no|off|table)$/iu, 'table'],
];

/** The chart kind a `图表: …` / `Chart: …` paragraph names, or null when the paragraph is not such a line. */
export function chartHint(paragraph: string): ChartHint | null {
  const m = HINT_LINE.exec(markdownPlainText(paragraph));
  if (!m) return null;
  const word = m[1].replace(/[*_`]/g, '').trim();
  return HINT_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
}

/** Why a table is not a chart, for the warning when a `图表:` line asked for one. */
export type NotAChart = 'rows' | 'columns' | 'numbers';

const UNIT_EXP: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };
const MAX_ROWS = 60;
const MAX_SERIES = 8;
/** More slices than this make a pie nobody can read. */
const MAX_SLICES = 12;

interface Cell {
  value: number;
  percent: boolean;
  /** Decimal exponent of a 千/万/亿 suffix, 0 without one. */
  unit: number;
}

function readCell(text: string): Cell | null {
  const plain = toHalfWidthText(markdownPlainText(text)).trim();
  const n = parseNumberCell(plain);
  if (!n) return null;
  const unitChar = /([千万亿])(?:元)?$/u.exec(plain)?.[1];
  return { value: n.value, percent: n.format === 'percent', unit: unitChar ? UNIT_EXP[unitChar] : 0 };
}

const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * The table as chart data, or why it is not one. A column of percentages is charted in percent (12% → 12,
 * "(%)" after its name); 万/亿 amounts in the smallest unit the column uses ("(万)").
 */
export function chartFromTable(header: string[], rows: string[][]): { chart: Omit<ChartData, 'kind'> } | { not: NotAChart } {
  if (rows.length < 2 || rows.length > MAX_ROWS) return { not: 'rows' };
  const width = header.length;
  if (width < 2 || width - 1 > MAX_SERIES) return { not: 'columns' };
  const cells: Cell[][] = [];
  for (const r of rows) {
    if (r.length > width && r.slice(width).some((c) => c.trim())) return { not: 'columns' };
    const line: Cell[] = [];
    for (let c = 1; c < width; c++) {
      const cell = readCell(r[c] ?? '');
      if (!cell) return { not: 'numbers' };
      line.push(cell);
    }
    cells.push(line);
  }
  const labels = rows.map((r) => markdownPlainText(r[0] ?? '').trim());
  if (labels.some((l) => !l)) return { not: 'numbers' };
  const series = header.slice(1).map((h, i) => {
    const col = cells.map((line) => line[i]);
    const units = col.filter((c) => c.unit > 0).map((c) => c.unit);
    const unit = units.length ? Math.min(...units) : 0;
    const unitName = unit === 8 ? '亿' : unit === 4 ? '万' : unit === 3 ? '千' : '';
    const percent = col.every((c) => c.percent);
    const scale = percent ? -2 : unit;
    const values = col.map((c) => tidy(c.value * 10 ** -scale));
    const name = markdownPlainText(h).trim() || `#${i + 1}`;
    const suffix = percent && !/%/.test(name) ? '%' : unitName && !name.includes(unitName) ? unitName : '';
    return { name: suffix ? `${name} (${suffix})` : name, values };
  });
  return { chart: { labels, series } };
}

/**
 * Columns on very different scales (a rating in the thousands beside percentages): one axis flattens the
 * small ones, so a careful presenter keeps such a table a table unless a `图表:` line asks for a chart.
 */
export function mixedScales(data: Omit<ChartData, 'kind'>): boolean {
  const tops = data.series.map((s) => Math.max(...s.values.map(Math.abs))).filter((v) => v > 0);
  return tops.length > 1 && Math.max(...tops) / Math.min(...tops) > 10;
}

const TIME_LABEL =
  /^(?:(?:19|20)\d{2}(?:\s*年(?:\s*\d{1,2}\s*月)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?|\d{1,2}\s*月(?:份)?|[一二三四五六七八九十]{1,3}月|(?:Q|第)\s*[1-4一二三四]\s*(?:季度)?|(?:19|20)\d{2}\s*Q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|周[一二三四五六日天]|mon|tue|wed|thu|fri|sat|sun)\.?$/iu;

/**
 * The chart a table becomes: the kind asked for when it suits the data; otherwise a line over time
 * labels (years, months, quarters) and bars for anything else. Pie only for one series of shares
 * (non-negative, some above zero); a pie asked of other data becomes bars and says so.
 */
export function chooseKind(data: Omit<ChartData, 'kind'>, hint: ChartKind | null): { kind: ChartKind; pieRefused: boolean } {
  const one = data.series.length === 1 ? data.series[0].values : null;
  const pieOk = one !== null && one.length <= MAX_SLICES && one.every((v) => v >= 0) && one.some((v) => v > 0);
  if (hint === 'pie') return pieOk ? { kind: 'pie', pieRefused: false } : { kind: 'bar', pieRefused: true };
  if (hint) return { kind: hint, pieRefused: false };
  const timeline = data.labels.length >= 3 && data.labels.every((l) => TIME_LABEL.test(toHalfWidthText(l).trim()));
  return { kind: timeline ? 'line' : 'bar', pieRefused: false };
}

/** The table as Markdown, for the chart slide's speaker notes (the numbers as written). */
export function tableAsMarkdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => markdownPlainText(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
