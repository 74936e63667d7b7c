import { markdownPlainText } from '../markdown/inline-text';
import { chartFromTable, chooseKind, mixedScales, tableAsMarkdown } from './chart-data';
import { layoutTable } from './layout-media';
import { pages, type LayoutContext } from './layout-slides';
import type { PlannedSlide } from './plan-slides';
import type { DeckSlide } from './types';

type TableSlide = Extract<PlannedSlide, { kind: 'table' }>;

/**
 * A table slide, or a chart slide when the table is numbers under labels: the chart fills the area under
 * the title and the table, as written, goes into the speaker notes. Columns on very different scales stay a
 * table unless a `图表:` line asks for a chart. A `图表:` line that asked for a chart
 * the table cannot be, and any chart in a template deck (its writer has no chart parts), leave the table
 * and a warning that says why.
 */
export function layoutTableOrChart(p: TableSlide, ctx: LayoutContext): DeckSlide[] {
  if (p.chart === 'table') return layoutTable(p, ctx);
  const read = chartFromTable(p.header, p.rows);
  const title = markdownPlainText(p.title);
  if ('not' in read) {
    if (p.chart !== 'auto') ctx.warn(`slides.warn.chartNot.${read.not}`, { title });
    return layoutTable(p, ctx);
  }
  if (p.chart === 'auto' && mixedScales(read.chart)) return layoutTable(p, ctx);
  if (!ctx.frames.decorate) {
    ctx.warn('slides.warn.chartTemplate', { title });
    return layoutTable(p, ctx);
  }
  const { kind, pieRefused } = chooseKind(read.chart, p.chart === 'auto' ? null : p.chart);
  if (pieRefused) ctx.warn('slides.warn.chartPie', { title });
  const table = tableAsMarkdown(p.header, p.rows);
  const notes = [p.notes, table].filter(Boolean).join('\n\n');
  return pages(
    { ...p, notes },
    'chart',
    [[{ type: 'chart', box: ctx.frames.free.area, chart: { kind, ...read.chart } }]],
    ctx,
    'titleOnly',
    ctx.frames.free.title,
  );
}
