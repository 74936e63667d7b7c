import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { toHalfWidthText } from '../text';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, mapStrings, someColumns } from './shared';

const schema = z.object({ op: z.literal('toHalfWidth'), columns: columnsSchema, ...commonFields });

export const toHalfWidth = defineOp<typeof schema>({
  name: 'toHalfWidth',
  schema,
  apply: (ctx, s) => mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), toHalfWidthText),
  columns: { reads: (s) => s.columns },
  describe: (s) => {
    const columns = someColumns(s.columns);
    return columns ? message('sheets.step.toHalfWidth.some', { columns }) : message('sheets.step.toHalfWidth.all');
  },
  template: () => ({ op: 'toHalfWidth', columns: '*' }),
  fields: [{ key: 'columns', kind: 'columns', label: 'sheets.field.columns' }],
  guide: '{"op":"toHalfWidth","columns":..} full-width letters/digits/punctuation to half-width',
  aliases: ['halfWidth', 'fullWidthToHalfWidth'],
});
