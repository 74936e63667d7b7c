import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex, recordChange } from '../plan-state';
import type { Cell } from '../table';
import { defineOp } from './define-op';
import { cellValueSchema, columnSchema, commonFields, firstHeader } from './shared';
import { alias } from './spelling';

const schema = z.object({
  op: z.literal('mapValues'),
  column: columnSchema,
  mapping: z.record(z.string(), cellValueSchema),
  caseInsensitive: z.boolean().optional(),
  ...commonFields,
});

export const mapValues = defineOp<typeof schema>({
  name: 'mapValues',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const fold = (k: string) => (s.caseInsensitive ? k.trim().toLowerCase() : k.trim());
    const table = new Map<string, Cell>();
    for (const [k, v] of Object.entries(s.mapping)) table.set(fold(k), v);
    const rows = ctx.state.rows;
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (v === null) continue;
      const key = fold(String(v));
      if (!table.has(key)) continue;
      const next = table.get(key) ?? null;
      if (next !== v) {
        rows[r][c] = next;
        recordChange(ctx, r, c, v, next);
      }
    }
  },
  columns: { reads: (s) => s.column },
  describe: (s) => {
    const pairs = Object.entries(s.mapping);
    const examples = pairs
      .slice(0, 3)
      .map(([from, to]) => `${from} → ${String(to)}`)
      .join(', ');
    return message('sheets.step.mapValues', { column: s.column, n: pairs.length, examples: pairs.length > 3 ? `${examples}, …` : examples });
  },
  template: (headers) => ({ op: 'mapValues', column: firstHeader(headers), mapping: {} }),
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    { key: 'mapping', kind: 'mapping', label: 'sheets.field.mapping' },
    { key: 'caseInsensitive', kind: 'flag', label: 'sheets.field.caseInsensitive' },
  ],
  guide: '{"op":"mapValues","column":"..","mapping":{"old":"new"},"caseInsensitive":true?} whole-cell replacement',
  aliases: ['replaceValues', 'mapValue'],
  normalize: (o) => {
    alias(o, 'map', 'mapping');
    alias(o, 'mappings', 'mapping');
    alias(o, 'replacements', 'mapping');
  },
});
