// Tools that add workbook objects — native charts, PivotTables, conditional formats, filters. Only a
// backend that can make them offers them (Excel in the pane, by requirement set); a file run says why not.
import { z } from 'zod';
import { AppError } from '../../errors';
import { message } from '../../messages';
import { qualified } from '../../sheets/a1';
import { cellText, type Cell } from '../../sheets/table';
import { writeTool, type AgentTool } from '../tool';
import type { ConditionalRule, WorkbookBackend } from './backend';
import { columnOf, resolveRange, type WorkbookState } from './resolve';

const newName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export function objectTools(b: WorkbookBackend, st: WorkbookState): AgentTool[] {
  const tools: AgentTool[] = [];
  const { addChart, deleteChart, addPivot, deletePivot, addConditionalFormat, deleteConditionalFormat, applyFilter, clearFilter } = b;
  if (addChart && deleteChart)
    tools.push(
      writeTool({
        name: 'add_chart',
        description: 'Proposes a native Excel chart of a range (first column = categories, first row = series names), placed beside the data.',
        schema: z.object({
          sheet: z.string().min(1),
          range: z.string().min(1),
          type: z.enum(['column', 'bar', 'line', 'pie', 'scatter', 'area']).default('column'),
          title: z.string().default(''),
        }),
        async propose(a, ctx) {
          const r = await resolveRange(b, st, a.sheet, a.range);
          const read = await b.read(r.sheet, { ...r.rect, rows: Math.min(r.rect.rows, 6) }, ctx.signal);
          const name = newName('dsplus-chart-');
          return {
            summary: message('agent.change.chart', { type: a.type, range: r.address }),
            preview: {
              kind: 'chart',
              lines: [`${a.type}${a.title ? ` — ${a.title}` : ''}`, r.address],
              grid: read.values.map((row) => row.map((v) => cellText(v as Cell))),
            },
            async apply() {
              await addChart.call(b, r.sheet, r.rect, a.type, a.title, name);
              return {
                result: { chart: name, source: r.address },
                undo: { label: message('agent.undo.chart', { range: r.address }), run: () => deleteChart.call(b, r.sheet, name) },
              };
            },
          };
        },
      }),
    );
  if (addPivot && deletePivot)
    tools.push(
      writeTool({
        name: 'create_pivot',
        description: 'Proposes a PivotTable of a table (header row first) on a NEW sheet: row fields and value fields with how to summarize them.',
        schema: z.object({
          sheet: z.string().min(1),
          range: z.string().min(1),
          rows: z.array(z.string().min(1)).min(1).describe('Header texts of the row fields'),
          values: z.array(z.object({ column: z.string().min(1), summarize: z.enum(['sum', 'count', 'average', 'max', 'min']).default('sum') })).min(1),
          target_sheet: z.string().min(1).max(31),
        }),
        async propose(a, ctx) {
          const r = await resolveRange(b, st, a.sheet, a.range);
          const head = await b.read(r.sheet, { ...r.rect, rows: 1 }, ctx.signal);
          for (const c of [...a.rows, ...a.values.map((v) => v.column)]) columnOf(head.values[0], c, r.rect);
          const { sheets } = await b.listSheets();
          if (sheets.some((s) => s.name.toLowerCase() === a.target_sheet.toLowerCase()))
            throw new AppError('agent.error.sheetExists', { name: a.target_sheet });
          const name = newName('dsplusPivot');
          return {
            summary: message('agent.change.pivot', { range: r.address, target: a.target_sheet }),
            preview: {
              kind: 'pivot',
              lines: [`rows: ${a.rows.join(', ')}`, `values: ${a.values.map((v) => `${v.summarize}(${v.column})`).join(', ')}`, `→ ${a.target_sheet}`],
            },
            async apply() {
              await addPivot.call(b, { sheet: r.sheet, rect: r.rect, rows: a.rows, values: a.values, targetSheet: a.target_sheet, name });
              return {
                result: { pivot: name, sheet: a.target_sheet },
                undo: { label: message('agent.undo.pivot', { name: a.target_sheet }), run: () => deletePivot.call(b, a.target_sheet, name) },
              };
            },
          };
        },
      }),
    );
  if (addConditionalFormat && deleteConditionalFormat)
    tools.push(
      writeTool({
        name: 'add_conditional_format',
        description: 'Proposes conditional formatting on a range: cellValue (operator + value, fill colour), containsText, colorScale or dataBar.',
        schema: z.object({
          sheet: z.string().min(1),
          range: z.string().min(1),
          rule: z.discriminatedUnion('type', [
            z.object({
              type: z.literal('cellValue'),
              operator: z.enum(['greaterThan', 'lessThan', 'between', 'equalTo', 'notEqualTo', 'greaterThanOrEqual', 'lessThanOrEqual']),
              value: z.string(),
              value2: z.string().optional(),
              fill: z.string().default('#FFC7CE'),
            }),
            z.object({ type: z.literal('containsText'), text: z.string().min(1), fill: z.string().default('#FFEB9C') }),
            z.object({ type: z.literal('colorScale') }),
            z.object({ type: z.literal('dataBar') }),
          ]),
        }),
        async propose(a) {
          const r = await resolveRange(b, st, a.sheet, a.range);
          const rule = a.rule as ConditionalRule;
          return {
            summary: message('agent.change.format', { range: r.address, rule: rule.type }),
            preview: { kind: 'format', lines: [JSON.stringify(rule)] },
            async apply() {
              const id = await addConditionalFormat.call(b, r.sheet, r.rect, rule);
              return {
                result: { formatted: r.address, rule: rule.type },
                undo: { label: message('agent.undo.format', { range: r.address }), run: () => deleteConditionalFormat.call(b, r.sheet, r.rect, id) },
              };
            },
          };
        },
      }),
    );
  if (applyFilter && clearFilter)
    tools.push(
      writeTool({
        name: 'filter_range',
        description:
          'Proposes an AutoFilter on a table (header row first): show only rows whose column is one of `values`, or matches `condition` (">100", "<=5").',
        schema: z
          .object({
            sheet: z.string().min(1),
            range: z.string().min(1),
            column: z.string().min(1),
            values: z.array(z.string()).optional(),
            condition: z.string().optional(),
          })
          .refine((a) => a.values?.length || a.condition, { message: 'give values or a condition' }),
        async propose(a, ctx) {
          const r = await resolveRange(b, st, a.sheet, a.range);
          const head = await b.read(r.sheet, { ...r.rect, rows: 1 }, ctx.signal);
          const col = columnOf(head.values[0], a.column, r.rect);
          const what = a.values?.length ? a.values.join(', ') : (a.condition ?? '');
          return {
            summary: message('agent.change.filter', { range: r.address, column: a.column, what }),
            preview: { kind: 'filter', lines: [`${a.column}: ${what}`] },
            async apply() {
              await applyFilter.call(b, r.sheet, r.rect, col, { values: a.values, condition: a.condition });
              return {
                result: { filtered: qualified(r.sheet, r.rect), column: a.column },
                undo: { label: message('agent.undo.filter', { range: r.address }), run: () => clearFilter.call(b, r.sheet, r.rect) },
              };
            },
          };
        },
      }),
    );
  return tools;
}

/** Why a tool the model asks for is missing here (a file run, an Excel without the requirement set). */
export function unavailableObjectTools(b: WorkbookBackend, file: boolean): Record<string, string> {
  const why = (what: string, set: string) =>
    file
      ? `${what} cannot be made in a workbook file by this tool; open the workbook in Excel and use agent mode there, or say so to the user.`
      : `${what} needs ${set}, which this Excel does not have.`;
  const out: Record<string, string> = {};
  if (!b.addChart) out.add_chart = why('A native chart', 'ExcelApi 1.1');
  if (!b.addPivot) out.create_pivot = why('A PivotTable', 'ExcelApi 1.8');
  if (!b.addConditionalFormat) out.add_conditional_format = why('Conditional formatting', 'ExcelApi 1.6');
  if (!b.applyFilter) out.filter_range = why('A filter', 'ExcelApi 1.9');
  return out;
}
