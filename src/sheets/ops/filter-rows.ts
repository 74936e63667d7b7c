import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex, recordUnparseable } from '../plan-state';
import { columnMissingTest, isMissing as isMissingToken, type Cell } from '../table';
import { parseNumberCell } from '../parse-number';
import { dayNumber, parseDateCell } from '../parse-date';
import { defineOp } from './define-op';
import { cellValueSchema, columnSchema, commonFields, firstHeader, keepRows } from './shared';
import { alias, fold } from './spelling';

// filterRows has its own comparison beside the step's op. `{"op":"filterRows","op":"eq"}` cannot hold
// both, so the comparison is `where` in our plans; the model's `operator`/`cmp` spellings are accepted.
export const filterOps = ['eq', 'ne', 'gt', 'lt', 'contains', 'empty', 'notEmpty'] as const;

const WHERE: Record<string, (typeof filterOps)[number]> = {
  ...Object.fromEntries(filterOps.map((w) => [fold(w), w])),
  equals: 'eq',
  equal: 'eq',
  is: 'eq',
  '=': 'eq',
  '==': 'eq',
  '===': 'eq',
  neq: 'ne',
  notequals: 'ne',
  notequal: 'ne',
  isnot: 'ne',
  '!=': 'ne',
  '<>': 'ne',
  '!==': 'ne',
  greaterthan: 'gt',
  '>': 'gt',
  lessthan: 'lt',
  '<': 'lt',
  includes: 'contains',
  like: 'contains',
  isempty: 'empty',
  missing: 'empty',
  isnull: 'empty',
  null: 'empty',
  isnotempty: 'notEmpty',
  nonempty: 'notEmpty',
  notnull: 'notEmpty',
  isnotnull: 'notEmpty',
  notmissing: 'notEmpty',
};
const FILTER_ALIASES = ['operator', 'cmp', 'compare', 'comparison', 'condition', 'test'];

type Comparable = { kind: 'number'; n: number } | { kind: 'date'; n: number } | { kind: 'text'; s: string };

function comparable(v: Cell, isMissing: (v: Cell) => boolean = isMissingToken): Comparable | null {
  if (isMissing(v)) return null;
  const num = parseNumberCell(v);
  if (num) return { kind: 'number', n: num.value };
  const d = typeof v === 'string' ? parseDateCell(v) : null;
  if (d) return { kind: 'date', n: dayNumber(d) };
  return { kind: 'text', s: String(v).trim() };
}

function compare(a: Comparable, b: Comparable): number | null {
  if (a.kind !== b.kind) return null;
  if (a.kind === 'text') return a.s.localeCompare((b as { s: string }).s, 'zh-CN');
  return a.n - (b as { n: number }).n;
}

const schema = z.object({ op: z.literal('filterRows'), column: columnSchema, where: z.enum(filterOps), value: cellValueSchema.optional(), ...commonFields });

export const filterRows = defineOp<typeof schema>({
  name: 'filterRows',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const isMissing = columnMissingTest(ctx.state.rows, c);
    const target = s.value === undefined || s.value === null ? null : comparable(s.value, isMissing);
    const targetText = s.value === undefined || s.value === null ? '' : String(s.value).trim();
    let test: (v: Cell) => boolean;
    switch (s.where) {
      case 'empty':
        test = isMissing;
        break;
      case 'notEmpty':
        test = (v) => !isMissing(v);
        break;
      case 'contains':
        test = (v) => v !== null && String(v).includes(targetText);
        break;
      case 'eq':
      case 'ne': {
        const eq = (v: Cell) => {
          if (isMissing(v)) return target === null;
          if (target === null) return false;
          const a = comparable(v, isMissing);
          const cmp = a ? compare(a, target) : null;
          return cmp === null ? String(v).trim() === targetText : cmp === 0;
        };
        test = s.where === 'eq' ? eq : (v) => !eq(v);
        break;
      }
      default: {
        const sign = s.where === 'gt' ? 1 : -1;
        test = (v) => {
          if (target === null) return false;
          const a = comparable(v, isMissing);
          if (!a) return false;
          const cmp = compare(a, target);
          if (cmp === null) {
            recordUnparseable(ctx, v);
            return false;
          }
          return cmp * sign > 0;
        };
      }
    }
    keepRows(ctx, (row) => test(row[c]));
  },
  columns: { reads: (s) => s.column },
  describe: (s) => message(`sheets.step.filterRows.${s.where}`, { column: s.column, value: String(s.value ?? '') }),
  template: (headers) => ({ op: 'filterRows', column: firstHeader(headers), where: 'notEmpty' }),
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    { key: 'where', kind: 'choice', label: 'sheets.field.where', choices: filterOps, choiceLabel: 'where' },
    { key: 'value', kind: 'cell', label: 'sheets.field.compareValue', when: (s) => s.where !== 'empty' && s.where !== 'notEmpty' },
  ],
  guide: '{"op":"filterRows","column":"..","where":"eq"|"ne"|"gt"|"lt"|"contains"|"empty"|"notEmpty","value":..} keeps matching rows',
  aliases: ['filter', 'filterRow'],
  normalize: (o) => {
    if (o.where === undefined) {
      const a = FILTER_ALIASES.find((k) => typeof o[k] === 'string');
      if (a) alias(o, a, 'where');
    }
    if (typeof o.where === 'string') o.where = WHERE[fold(o.where)] ?? o.where;
  },
});
