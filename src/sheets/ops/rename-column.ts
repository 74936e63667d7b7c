import { z } from 'zod';
import { message } from '../../messages';
import { columnExists } from '../errors';
import { columnIndex } from '../plan-state';
import { defineOp } from './define-op';
import { columnSchema, commonFields, firstHeader } from './shared';
import { alias } from './spelling';

const schema = z.object({ op: z.literal('renameColumn'), from: columnSchema, to: columnSchema, ...commonFields });

export const renameColumn = defineOp<typeof schema>({
  name: 'renameColumn',
  schema,
  apply: (ctx, s) => {
    ctx.state.headers[columnIndex(ctx.state.headers, s.from, ctx.stepIndex)] = s.to;
  },
  columns: {
    reads: (s) => s.from,
    writes: (headers, s, i) => {
      const c = columnIndex(headers, s.from, i);
      if (s.to !== headers[c] && headers.includes(s.to)) throw columnExists(s.to, i + 1);
      return headers.map((h, k) => (k === c ? s.to : h));
    },
  },
  describe: (s) => message('sheets.step.renameColumn', { from: s.from, to: s.to }),
  template: (headers) => ({ op: 'renameColumn', from: firstHeader(headers), to: firstHeader(headers) }),
  fields: [
    { key: 'from', kind: 'column', label: 'sheets.field.column' },
    { key: 'to', kind: 'text', label: 'sheets.field.newName' },
  ],
  guide: '{"op":"renameColumn","from":"..","to":".."}',
  aliases: ['rename', 'renameColumns'],
  normalize: (o) => {
    alias(o, 'old', 'from');
    alias(o, 'column', 'from');
    alias(o, 'new', 'to');
    alias(o, 'newName', 'to');
  },
});
