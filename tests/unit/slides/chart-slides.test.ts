// A table of numbers under labels becomes a native PowerPoint chart (bar, line or pie) with the table in
// the notes; a `图表:` / `Chart:` line picks the kind; anything else stays a table, with a warning when a
// chart was asked for.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import type { Message } from '../../../src/messages';

/** Warnings as the user reads them. */
const said = (ws: Message[], locale: 'en-US' | 'zh-CN' = 'en-US') => ws.map((w) => translate(locale, w.key, w.params));
import { markdownToDeck, renderPptx } from '../../../src/slides';
import { chartFromTable, chartHint } from '../../../src/slides/chart-data';
import { chartToSvg } from '../../../src/slides/chart-svg';
import type { ChartElement, DeckSlide } from '../../../src/slides/types';
import { renderWith, unzipParts } from '../slides-template/helpers';

const charts = (slides: DeckSlide[]) => slides.flatMap((s) => s.elements.filter((e): e is ChartElement => e.type === 'chart'));

const SALES = `# 年度经营报告

## 各区域销售额

| 区域 | 2023 年 | 2024 年 |
|---|---|---|
| 华东 | ¥1,200 | ¥1,560 |
| 华南 | ¥980 | ¥1,020 |
| 华北 | ¥760 | ¥905 |
`;

/** The chart parts of a .pptx: each chart's XML by part name. */
function chartParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(files)
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => [n, strFromU8(files[n])]),
  );
}

/** The numbers a chart part holds, series by series (c:ser → c:val → c:v). */
function seriesValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(m[1])?.[1] ?? '';
    return [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1]));
  });
}

describe('numbers in a table become a chart', () => {
  it('reads numbers as people write them: thousands, currency, percent, full-width digits, 万 and 亿 (each column in its own unit)', () => {
    const r = chartFromTable(
      ['城市', '人口', '增速', 'GDP'],
      [
        ['上海', '2,487万', '８％', '47,218亿'],
        ['北京', '2189万', '5.2%', '43,760亿元'],
      ],
    );
    expect(r).toEqual({
      chart: {
        labels: ['上海', '北京'],
        series: [
          { name: '人口 (万)', values: [2487, 2189] },
          { name: '增速 (%)', values: [8, 5.2] },
          { name: 'GDP (亿)', values: [47218, 43760] },
        ],
      },
    });
  });

  it('a table with a word among the numbers, one row, or only labels stays a table', () => {
    expect(
      chartFromTable(
        ['a', 'b'],
        [
          ['x', '12'],
          ['y', 'n/a'],
        ],
      ),
    ).toEqual({ not: 'numbers' });
    expect(chartFromTable(['a', 'b'], [['x', '12']])).toEqual({ not: 'rows' });
    expect(chartFromTable(['a'], [['x'], ['y']])).toEqual({ not: 'columns' });
    expect(
      chartFromTable(
        ['Model', 'Params'],
        [
          ['R1', '671B'],
          ['V3', '671B'],
        ],
      ),
    ).toEqual({ not: 'numbers' });
  });

  it('understands the chart lines people write above a table', () => {
    expect(chartHint('图表: 柱状图')).toBe('bar');
    expect(chartHint('图表：折线图')).toBe('line');
    expect(chartHint('**图表：饼图**')).toBe('pie');
    expect(chartHint('Chart: line')).toBe('line');
    expect(chartHint('chart: table')).toBe('table');
    expect(chartHint('图表说明了一切')).toBeNull();
    expect(chartHint('Chart: something else')).toBeNull();
  });

  it('a region table becomes a bar chart with every value, the table in the notes, and no table on the slide', async () => {
    const built = await markdownToDeck(SALES);
    const slide = built.value.slides.find((s) => s.title === '各区域销售额')!;
    expect(slide.layout).toBe('chart');
    expect(slide.elements.some((e) => e.type === 'table')).toBe(false);
    expect(charts([slide])[0].chart).toEqual({
      kind: 'bar',
      labels: ['华东', '华南', '华北'],
      series: [
        { name: '2023 年', values: [1200, 980, 760] },
        { name: '2024 年', values: [1560, 1020, 905] },
      ],
    });
    expect(slide.notes).toContain('| 华东 | ¥1,200 | ¥1,560 |');
    expect(built.warnings).toEqual([]);

    const bytes = await renderPptx(built.value);
    const parts = chartParts(bytes);
    expect(Object.keys(parts)).toHaveLength(1);
    const xml = Object.values(parts)[0];
    expect(xml).toContain('<c:barChart>');
    expect(seriesValues(xml)).toEqual([
      [1200, 980, 760],
      [1560, 1020, 905],
    ]);
    expect(xml).toContain('华东');
    // Editable in PowerPoint: the numbers travel in an embedded workbook the chart points at.
    const files = unzipSync(bytes);
    expect(Object.keys(files).some((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toBe(true);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('/ppt/charts/chart');
  });

  it('years, months or quarters make a line; a 图表 line picks the kind; a pie of shares is a pie', async () => {
    const md = `# Report

## Users by year

| Year | Users |
|---|---|
| 2021 | 1.2万 |
| 2022 | 3.5万 |
| 2023 | 6万 |

## Channels

图表: 饼图

| 渠道 | 占比 |
|---|---|
| 线上 | 45% |
| 门店 | 35% |
| 代理 | 20% |

## Costs

Chart: line

| Item | Cost |
|---|---|
| Rent | 300 |
| Staff | 900 |
`;
    const built = await markdownToDeck(md);
    const [users, channels, costs] = charts(built.value.slides);
    expect(users.chart.kind).toBe('line');
    expect(users.chart.series[0]).toEqual({ name: 'Users (万)', values: [1.2, 3.5, 6] });
    expect(channels.chart.kind).toBe('pie');
    expect(channels.chart.series[0].values).toEqual([45, 35, 20]);
    expect(costs.chart.kind).toBe('line');
    // The chart line is not slide text.
    expect(JSON.stringify(built.value.slides)).not.toMatch(/饼图|Chart: line/);
    const xml = Object.values(chartParts(await renderPptx(built.value))).join('');
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<c:pieChart>');
  });

  it('a pie asked of several series or a negative number is drawn as bars, and the warning says why', async () => {
    const md = `# R\n\n## Profit\n\n图表: 饼图\n\n| Unit | Q1 | Q2 |\n|---|---|---|\n| A | 5 | -2 |\n| B | 7 | 3 |\n`;
    const built = await markdownToDeck(md);
    expect(charts(built.value.slides)[0].chart.kind).toBe('bar');
    expect(said(built.warnings).join(' ')).toMatch(/pie chart shows one series of shares.*“Profit”.*bar chart/);
  });

  it('a chart asked of a table that is not numbers keeps the table and says why; 图表: 表格 keeps a table of numbers', async () => {
    const md = `# R\n\n## Plan\n\n图表: 柱状图\n\n| Step | Owner |\n|---|---|\n| Design | Ann |\n| Build | Bo |\n\n## Figures\n\nChart: table\n\n| Item | Cost |\n|---|---|\n| Rent | 300 |\n| Staff | 900 |\n`;
    const built = await markdownToDeck(md);
    expect(charts(built.value.slides)).toEqual([]);
    expect(built.value.slides.filter((s) => s.layout === 'table').map((s) => s.title)).toEqual(['Plan', 'Figures']);
    expect(said(built.warnings, 'zh-CN')).toEqual(['“Plan”中的表格仍为表格：图表需要第一列是标签、其余每格都是数字（可读 1,234、12%、¥3.5、1.2万 等写法）。']);
  });

  it('a table of text stays a table without a warning when no chart was asked for', async () => {
    const built = await markdownToDeck(`# R\n\n## Plan\n\n| Step | Owner |\n|---|---|\n| Design | Ann |\n| Build | Bo |\n`);
    expect(built.value.slides.map((s) => s.layout)).toContain('table');
    expect(built.warnings).toEqual([]);
  });

  it('the preview draws the same chart: a bar per value, a legend entry per series', async () => {
    const el = charts((await markdownToDeck(SALES)).value.slides)[0];
    const svg = chartToSvg(el.chart, el.box.w, el.box.h, { colors: ['2E75B6', 'ED7D31'], text: '262626', muted: '595959', grid: 'EEEEEE', font: 'sans-serif' });
    expect(svg.match(/<rect [^>]*fill="#2E75B6"/g)).toHaveLength(3 + 1);
    expect(svg.match(/<rect [^>]*fill="#ED7D31"/g)).toHaveLength(3 + 1);
    for (const word of ['华东', '华南', '华北', '2023 年', '2024 年']) expect(svg).toContain(word);
  });

  it('in a template deck the numbers stay a table, and the warning says charts are drawn in the built-in themes', async () => {
    const r = await renderWith('onlyoffice-zh-CN.pptx', SALES);
    expect(charts(r.deck.slides)).toEqual([]);
    expect(r.deck.slides.find((s) => s.title === '各区域销售额')?.elements.some((e) => e.type === 'table')).toBe(true);
    expect(said(r.warnings).join(' ')).toMatch(/numbers on “各区域销售额” stay a table: charts are drawn in the built-in themes/);
    expect((await unzipParts(r.bytes)).names.some((n) => n.startsWith('ppt/charts/'))).toBe(false);
  });
});
