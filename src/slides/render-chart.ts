import type PptxGenJS from 'pptxgenjs';
import type { ChartData } from './chart-data';
import type { Palette, Theme } from './themes';
import type { ChartElement } from './types';

// A chart element → pptxgenjs addChart: a native chart with its numbers in an embedded workbook, so
// "Edit Data" works in PowerPoint. Colours start at the theme's accent; fonts are the theme's.

const MORE_COLORS = ['ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '43682B', 'BF4C8C'];

/** One colour per series (per slice for a pie), never fewer than the chart needs. */
export function chartColors(chart: ChartData, p: Palette): string[] {
  const n = chart.kind === 'pie' ? chart.labels.length : chart.series.length;
  const base = [p.accent, ...MORE_COLORS.filter((c) => c !== p.accent.toUpperCase())];
  return Array.from({ length: Math.max(n, 1) }, (_, i) => base[i % base.length]);
}

export function drawChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, el: ChartElement, theme: Theme, p: Palette, lang: string): void {
  const { chart } = el;
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.labels, values: s.values }));
  const text = { fontFace: theme.font, color: p.text };
  const type = chart.kind === 'pie' ? pptx.ChartType.pie : chart.kind === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
  const opts: PptxGenJS.IChartOpts = {
    ...el.box,
    lang,
    chartColors: chartColors(chart, p),
    showLegend: chart.kind === 'pie' || chart.series.length > 1,
    legendPos: chart.kind === 'pie' ? 'r' : 'b',
    legendFontFace: text.fontFace,
    legendFontSize: 14,
    legendColor: text.color,
    altText: [chart.series.map((s) => s.name).join(', '), chart.labels.join(', ')].join(': '),
  };
  if (chart.kind === 'pie') {
    Object.assign(opts, {
      showPercent: true,
      showValue: false,
      dataLabelColor: p.onAccent,
      dataLabelFontFace: text.fontFace,
      dataLabelFontSize: 14,
    });
  } else {
    Object.assign(opts, {
      barDir: 'col',
      catAxisLabelFontFace: text.fontFace,
      catAxisLabelFontSize: 14,
      catAxisLabelColor: text.color,
      valAxisLabelFontFace: text.fontFace,
      valAxisLabelFontSize: 12,
      valAxisLabelColor: p.muted,
      valGridLine: { color: p.panel, size: 0.75 },
      lineSize: 2.5,
      lineDataSymbolSize: 7,
      // Values on the bars while they are few enough to read.
      showValue: chart.kind === 'bar' && chart.labels.length * chart.series.length <= 12,
      dataLabelFontFace: text.fontFace,
      dataLabelFontSize: 12,
      dataLabelColor: text.color,
      dataLabelPosition: 'outEnd',
    });
  }
  slide.addChart(type, data, opts);
}
