import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { trimText } from '../text';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, mapStrings, someColumns } from './shared';

const schema = z.object({ op: z.literal('trim'), columns: columnsSchema, ...commonFields });

export const trim = defineOp<typeof schema>({
  name: 'trim',
  schema,
  apply: (ctx, s) => mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), trimText),
  columns: { reads: (s) => s.columns },
  describe: (s) => {
    const columns = someColumns(s.columns);
    return columns ? message('sheets.step.trim.some', { columns }) : message('sheets.step.trim.all');
  },
  template: () => ({ op: 'trim', columns: '*' }),
  fields: [{ key: 'columns', kind: 'columns', label: 'sheets.field.columns' }],
  guide: '{"op":"trim","columns":"*"|[..]} remove edge spaces (incl. U+3000, U+00A0), collapse inner runs',
  aliases: ['strip', 'trimWhitespace'],
});
