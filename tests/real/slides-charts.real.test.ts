// Real input: DeepSeek-R1's README (MIT; tests/fixtures/real/SOURCES.md), whose tables are the kind people
// put in decks: a benchmark table of numbers under model names, a model table of "671B"/"128K" sizes, and
// an evaluation table with category cells left blank and "-" for no result.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/locales';
import type { Message } from '../../src/messages';

/** Warnings as the user reads them. */
const said = (ws: Message[], locale: 'en-US' | 'zh-CN' = 'en-US') => ws.map((w) => translate(locale, w.key, w.params));
import { markdownToDeck, renderPptx } from '../../src/slides';
import type { ChartElement } from '../../src/slides/types';
import { findOnPath, requires } from '../support/requires-program';

const readme = readFileSync(new URL('../fixtures/real/markdown/deepseek-r1-readme.md', import.meta.url), 'utf8');
/** The Markdown table that follows a heading of the README, as written there. */
const tableAfter = (heading: string) => {
  const rest = readme.slice(readme.indexOf(heading));
  return rest
    .slice(rest.indexOf('\n|') + 1)
    .split('\n')
    .filter((l, i, all) => all.slice(0, i + 1).every((x) => x.trimStart().startsWith('|')))
    .join('\n');
};
const DISTILLED = tableAfter('### Distilled Model Evaluation');
const MODELS = tableAfter('### DeepSeek-R1 Models');

const chartsOf = (deck: Awaited<ReturnType<typeof markdownToDeck>>['value']) =>
  deck.slides.flatMap((s) => s.elements.filter((e): e is ChartElement => e.type === 'chart').map((e) => ({ title: s.title, chart: e.chart, notes: s.notes })));

describe('tables of a real README in a deck', () => {
  it('the whole README: every table stays a table, since none is one scale of numbers under labels', async () => {
    const built = await markdownToDeck(readme);
    // The distilled table mixes a rating in the thousands with percentages: one axis would flatten the
    // percentages, so it stays a table unless a chart line asks for one.
    expect(chartsOf(built.value)).toEqual([]);
    expect(built.value.slides.filter((s) => s.layout === 'table').map((s) => s.title)).toEqual(
      expect.arrayContaining(['DeepSeek-R1 Models', 'DeepSeek-R1-Distill Models', 'DeepSeek-R1-Evaluation', 'Distilled Model Evaluation']),
    );
    expect(said(built.warnings).join(' ')).not.toMatch(/stays a table/);
  });

  it('asked for a chart, the distilled-model table is a bar chart of all 60 numbers with the table in the notes', async () => {
    const built = await markdownToDeck(`# DeepSeek-R1\n\n## Distilled models\n\nChart: bar\n\n${DISTILLED}\n`);
    const [c] = chartsOf(built.value);
    expect(c.chart.kind).toBe('bar');
    expect(c.chart.labels).toHaveLength(10);
    expect(c.chart.labels[7]).toBe('DeepSeek-R1-Distill-Qwen-32B');
    expect(c.chart.series.map((s) => s.name)).toEqual([
      'AIME 2024 pass@1',
      'AIME 2024 cons@64',
      'MATH-500 pass@1',
      'GPQA Diamond pass@1',
      'LiveCodeBench pass@1',
      'CodeForces rating',
    ]);
    // Bold cells (**72.6**) are numbers too.
    expect(c.chart.series[0].values[7]).toBe(72.6);
    expect(c.chart.series[5].values).toEqual([759, 717, 1820, 1316, 954, 1189, 1481, 1691, 1205, 1633]);
    expect(c.notes).toContain('DeepSeek-R1-Distill-Llama-70B | 70.0 | 86.7');
    const files = unzipSync(await renderPptx(built.value));
    // pptxgenjs numbers chart parts across every deck a process makes: chart1, chart2, …
    const xml = strFromU8(files[Object.keys(files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!]);
    expect((xml.match(/<c:ser>/g) ?? []).length).toBe(6);
    expect(xml).toContain('<c:v>1820</c:v>');
  });

  it('sizes written as 671B and 128K are not numbers: asked for a chart, the table stays and the warning says why', async () => {
    const built = await markdownToDeck(`# DeepSeek-R1\n\n## Models\n\n图表: 柱状图\n\n${MODELS}\n`);
    expect(chartsOf(built.value)).toEqual([]);
    expect(said(built.warnings)).toEqual([
      expect.stringMatching(/The table on “Models” stays a table: a chart needs a label in the first column and a number/),
    ]);
  });
});

const lo = requires('soffice', 'pdftoppm');
const SOFFICE = findOnPath('soffice') ?? findOnPath('libreoffice');

lo.describe('a chart deck opened by LibreOffice', () => {
  it('converts with one page per slide, and the chart pages show their legends and shares', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dsplus-chart-'));
    try {
      const md = `# 蒸馏模型评测\n\n## 数学与推理\n\n图表: 柱状图\n\n${DISTILLED.split('\n')
        .map((l) => l.split('|').slice(0, 5).join('|') + '|')
        .join('\n')}\n\n## 渠道占比\n\n图表: 饼图\n\n| 渠道 | 占比 |\n|---|---|\n| 线上 | 45% |\n| 门店 | 35% |\n| 代理 | 20% |\n`;
      const built = await markdownToDeck(md);
      expect(chartsOf(built.value).map((c) => c.chart.kind)).toEqual(['bar', 'pie']);
      writeFileSync(join(work, 'charts.pptx'), await renderPptx(built.value));
      execFileSync(
        SOFFICE!,
        [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'charts.pptx')],
        {
          stdio: 'ignore',
          timeout: 170_000,
        },
      );
      const pdf = join(work, 'charts.pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(built.value.slides.length);
      // The category labels are drawn rotated (pdftotext breaks them up); the legend and the pie's labels are level.
      const page = (title: string) => {
        const n = built.value.slides.findIndex((s) => s.title === title) + 1;
        return spawnSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;
      };
      for (const word of ['AIME 2024 pass@1', 'AIME 2024 cons@64', 'MATH-500 pass@1']) expect(page('数学与推理')).toContain(word);
      for (const word of ['线上', '门店', '代理', '45%']) expect(page('渠道占比')).toContain(word);
      const out = resolve('test-output/real/slides-charts');
      mkdirSync(out, { recursive: true });
      spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'charts')]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
