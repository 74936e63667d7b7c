import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex, recordChange, recordUnparseable } from '../plan-state';
import { columnMissingTest } from '../table';
import { formatISODate, parseDateCell } from '../parse-date';
import { defineOp } from './define-op';
import { columnSchema, commonFields, firstHeader } from './shared';
import { alias } from './spelling';

const schema = z.object({
  op: z.literal('parseDate'),
  column: columnSchema,
  order: z.enum(['YMD', 'MDY', 'DMY']).optional(),
  output: z.literal('YYYY-MM-DD').optional(),
  ...commonFields,
});

export const parseDate = defineOp<typeof schema>({
  name: 'parseDate',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const order = s.order ?? 'YMD';
    const rows = ctx.state.rows;
    const isMissing = columnMissingTest(rows, c);
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (typeof v === 'boolean' || isMissing(v)) continue;
      const p = parseDateCell(v, order);
      if (!p) {
        recordUnparseable(ctx, v);
        continue;
      }
      const out = formatISODate(p);
      if (out !== v) {
        rows[r][c] = out;
        recordChange(ctx, r, c, v, out);
      }
    }
  },
  columns: { reads: (s) => s.column },
  describe: (s) => message('sheets.step.parseDate', { column: s.column, order: s.order ?? 'YMD' }),
  template: (headers) => ({ op: 'parseDate', column: firstHeader(headers), order: 'YMD' }),
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    { key: 'order', kind: 'choice', label: 'sheets.field.order', choices: ['YMD', 'MDY', 'DMY'], choiceLabel: 'order' },
  ],
  guide: '{"op":"parseDate","column":"..","order":"YMD"|"MDY"|"DMY"} dates to YYYY-MM-DD (Excel serials too)',
  aliases: ['parseDates', 'toDate', 'normalizeDate'],
  normalize: (o) => {
    if (typeof o.order === 'string') o.order = o.order.toUpperCase().replace(/[^YMD]/g, '');
    alias(o, 'format', 'output');
    if (typeof o.output === 'string' && /^y{4}-m{2}-d{2}$/i.test(o.output)) o.output = 'YYYY-MM-DD';
  },
});
