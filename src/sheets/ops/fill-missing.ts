import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex, recordChange, type StepContext } from '../plan-state';
import { columnMissingTest, type Cell } from '../table';
import { parseNumberCell, tidyNumber } from '../parse-number';
import { defineOp } from './define-op';
import { cellValueSchema, columnSchema, commonFields, firstHeader } from './shared';
import { alias } from './spelling';

const schema = z
  .object({
    op: z.literal('fillMissing'),
    column: columnSchema,
    strategy: z.enum(['value', 'previous', 'mean', 'median', 'mode']),
    value: cellValueSchema.optional(),
    ...commonFields,
  })
  .refine((s) => s.strategy !== 'value' || (s.value !== undefined && s.value !== null), { message: 'strategy "value" needs a value', path: ['value'] });
type Step = z.infer<typeof schema>;

function numericValues(rows: Cell[][], c: number, isMissing: (v: Cell) => boolean): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const v = row[c];
    if (isMissing(v)) continue;
    const p = parseNumberCell(v);
    if (p) out.push(p.value);
  }
  return out;
}

function mostCommon(rows: Cell[][], c: number, isMissing: (v: Cell) => boolean): Cell | undefined {
  const counts = new Map<Cell, number>();
  let best: Cell | undefined;
  let bestN = 0;
  for (const row of rows) {
    const v = row[c];
    if (isMissing(v)) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      bestN = n;
      best = v;
    }
  }
  return best;
}

function fillValue(ctx: StepContext, s: Step, c: number, isMissing: (v: Cell) => boolean): Cell | undefined {
  const rows = ctx.state.rows;
  if (s.strategy === 'value') return s.value ?? null;
  if (s.strategy === 'mode') return mostCommon(rows, c, isMissing);
  const xs = numericValues(rows, c, isMissing);
  if (xs.length === 0) return undefined;
  if (s.strategy === 'mean') return tidyNumber(xs.reduce((a, b) => a + b, 0) / xs.length);
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  return tidyNumber(xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2);
}

export const fillMissing = defineOp<typeof schema>({
  name: 'fillMissing',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const rows = ctx.state.rows;
    // In a 有/无 column 无 is an answer: filling it with the mode would turn every "no" into "yes".
    const isMissing = columnMissingTest(rows, c);
    if (s.strategy === 'previous') {
      let prev: Cell = null;
      for (let r = 0; r < rows.length; r++) {
        const v = rows[r][c];
        if (!isMissing(v)) prev = v;
        else if (prev !== null) {
          rows[r][c] = prev;
          recordChange(ctx, r, c, v, prev);
        }
      }
      return;
    }
    const fill = fillValue(ctx, s, c, isMissing);
    if (fill === undefined) return;
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (isMissing(v)) {
        rows[r][c] = fill;
        recordChange(ctx, r, c, v, fill);
      }
    }
  },
  columns: { reads: (s) => s.column },
  describe: (s) => message(`sheets.step.fillMissing.${s.strategy}`, { column: s.column, value: String(s.value ?? '') }),
  template: (headers) => ({ op: 'fillMissing', column: firstHeader(headers), strategy: 'value', value: 0 }),
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    {
      key: 'strategy',
      kind: 'choice',
      label: 'sheets.field.strategy',
      choices: ['value', 'previous', 'mean', 'median', 'mode'],
      choiceLabel: 'strategy',
    },
    { key: 'value', kind: 'cell', label: 'sheets.field.fillValue', when: (s) => s.strategy === 'value' },
  ],
  guide: '{"op":"fillMissing","column":"..","strategy":"value"|"previous"|"mean"|"median"|"mode","value":..}',
  aliases: ['fillna', 'fillMissingValues'],
  normalize: (o) => {
    alias(o, 'method', 'strategy');
    alias(o, 'with', 'value');
    alias(o, 'fillValue', 'value');
    if (typeof o.strategy === 'string')
      o.strategy = o.strategy
        .toLowerCase()
        .replace(/^(ffill|forward|forwardfill|pad)$/, 'previous')
        .replace(/^(constant|fixed)$/, 'value')
        .replace(/^(average|avg)$/, 'mean');
  },
});
