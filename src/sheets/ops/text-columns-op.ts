import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, mapStrings, someColumns } from './shared';

/**
 * An operation that rewrites the text of some or all columns with one function (trim, toHalfWidth): the
 * schema, the editor's field, the template and the sentence are the same; each names its function, its
 * line in the model's guide and its aliases.
 */
export function textColumnsOp<N extends 'trim' | 'toHalfWidth'>(name: N, fn: (s: string) => string, guide: string, aliases: readonly string[]) {
  const schema = z.object({ op: z.literal(name), columns: columnsSchema, ...commonFields });
  return defineOp<typeof schema>({
    name,
    schema,
    apply: (ctx, s) => mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), fn),
    columns: { reads: (s) => s.columns },
    describe: (s) => {
      const columns = someColumns(s.columns);
      return columns ? message(`sheets.step.${name}.some`, { columns }) : message(`sheets.step.${name}.all`);
    },
    template: () => ({ op: name, columns: '*' }),
    fields: [{ key: 'columns', kind: 'columns', label: 'sheets.field.columns' }],
    guide,
    aliases,
  });
}
