import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { NULL_TOKENS } from '../table';
import { trimText } from '../text';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, mapStrings, someColumns } from './shared';

const schema = z.object({ op: z.literal('nullify'), columns: columnsSchema, values: z.array(z.string()).min(1), ...commonFields });

export const nullify = defineOp<typeof schema>({
  name: 'nullify',
  schema,
  apply: (ctx, s) => {
    const values = new Set(s.values.map((v) => v.trim()));
    mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), (v) => (values.has(trimText(v)) ? null : v));
  },
  columns: { reads: (s) => s.columns },
  describe: (s) => {
    const columns = someColumns(s.columns);
    const values = s.values.map((v) => `“${v}”`).join(' ');
    return columns ? message('sheets.step.nullify.some', { columns, values }) : message('sheets.step.nullify.all', { values });
  },
  template: () => ({ op: 'nullify', columns: '*', values: [...NULL_TOKENS] }),
  fields: [
    { key: 'columns', kind: 'columns', label: 'sheets.field.columns' },
    { key: 'values', kind: 'values', label: 'sheets.field.nullValues' },
  ],
  guide: '{"op":"nullify","columns":..,"values":["N/A","-",...]} cells equal to one of values become empty',
  aliases: ['nullifyValues', 'toNull'],
  normalize: (o) => {
    if (typeof o.values === 'string') o.values = [o.values];
  },
});
