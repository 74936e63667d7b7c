import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, firstHeader, someColumns } from './shared';

const schema = z.object({ op: z.literal('dropColumns'), columns: columnsSchema, ...commonFields });

export const dropColumns = defineOp<typeof schema>({
  name: 'dropColumns',
  schema,
  apply: (ctx, s) => {
    const drop = new Set(columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex));
    const keep = ctx.state.headers.map((_, i) => i).filter((i) => !drop.has(i));
    ctx.state.headers = keep.map((i) => ctx.state.headers[i]);
    const rows = ctx.state.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      rows[r] = keep.map((i) => row[i]);
    }
  },
  columns: {
    reads: (s) => s.columns,
    writes: (headers, s, i) => {
      const drop = new Set(columnIndexes(headers, s.columns, i));
      return headers.filter((_, k) => !drop.has(k));
    },
  },
  describe: (s) => {
    const columns = someColumns(s.columns);
    return columns ? message('sheets.step.dropColumns.some', { columns }) : message('sheets.step.dropColumns.all');
  },
  template: (headers) => ({ op: 'dropColumns', columns: [firstHeader(headers)] }),
  fields: [{ key: 'columns', kind: 'columns', label: 'sheets.field.columns' }],
  guide: '{"op":"dropColumns","columns":[..]}',
  aliases: ['dropColumn', 'removeColumns', 'deleteColumns'],
});
