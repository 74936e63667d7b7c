import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import type { Cell } from '../table';
import { defineOp } from './define-op';
import { commonFields, keepRows, quoteList } from './shared';
import { alias, columnsSpec, namesAll } from './spelling';

// Type-tagged so 1 and "1" stay different keys, as they are different cells.
function keyOf(row: Cell[], cols: number[]): string {
  let k = '';
  for (const c of cols) {
    const v = row[c];
    k += (v === null ? '\u0000' : typeof v === 'string' ? 's' + v : typeof v === 'number' ? 'n' + v : 'b' + v) + '\u0001';
  }
  return k;
}

const schema = z.object({
  op: z.literal('dedupe'),
  keys: z.array(z.string().min(1)).min(1).optional(),
  keep: z.enum(['first', 'last']).optional(),
  ...commonFields,
});

export const dedupe = defineOp<typeof schema>({
  name: 'dedupe',
  schema,
  apply: (ctx, s) => {
    const cols = s.keys ? columnIndexes(ctx.state.headers, s.keys, ctx.stepIndex) : ctx.state.headers.map((_, i) => i);
    const rows = ctx.state.rows;
    const keepFlags = new Uint8Array(rows.length);
    const seen = new Set<unknown>();
    // One key column: the cell itself is the key (1 and "1" stay distinct under SameValueZero).
    const key = cols.length === 1 ? (row: Cell[]) => row[cols[0]] : (row: Cell[]) => keyOf(row, cols);
    const visit = (r: number) => {
      const k = key(rows[r]);
      if (!seen.has(k)) {
        seen.add(k);
        keepFlags[r] = 1;
      }
    };
    if (s.keep === 'last') for (let r = rows.length - 1; r >= 0; r--) visit(r);
    else for (let r = 0; r < rows.length; r++) visit(r);
    keepRows(ctx, (_row, r) => keepFlags[r] === 1);
  },
  columns: { reads: (s) => s.keys },
  describe: (s) =>
    s.keys?.length
      ? message(`sheets.step.dedupe.keys.${s.keep ?? 'first'}`, { keys: quoteList(s.keys) })
      : message(`sheets.step.dedupe.rows.${s.keep ?? 'first'}`),
  template: () => ({ op: 'dedupe', keep: 'first' }),
  fields: [
    { key: 'keys', kind: 'columnList', label: 'sheets.field.keys' },
    { key: 'keep', kind: 'choice', label: 'sheets.field.keep', choices: ['first', 'last'], choiceLabel: 'keep' },
  ],
  guide: '{"op":"dedupe","keys":[..]?,"keep":"first"|"last"} drop duplicate rows (all columns if no keys)',
  aliases: ['dedup', 'deduplicate', 'removeDuplicates', 'dropDuplicates'],
  normalize: (o) => {
    alias(o, 'columns', 'keys');
    alias(o, 'subset', 'keys');
    if (typeof o.keys === 'string') o.keys = namesAll(o.keys) ? undefined : [o.keys];
    if (Array.isArray(o.keys) && columnsSpec(o.keys) === '*') delete o.keys;
    if (typeof o.keep === 'string') o.keep = o.keep.toLowerCase();
  },
});
