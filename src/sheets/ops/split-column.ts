import { z } from 'zod';
import { message } from '../../messages';
import { columnExists } from '../errors';
import { columnIndex, recordUnparseable } from '../plan-state';
import { columnMissingTest, type Cell } from '../table';
import { defineOp } from './define-op';
import { columnSchema, commonFields, firstHeader, quoteList } from './shared';
import { alias } from './spelling';

const schema = z.object({
  op: z.literal('splitColumn'),
  column: columnSchema,
  separator: z.string().min(1),
  into: z.array(z.string().min(1)).min(2),
  ...commonFields,
});

export const splitColumn = defineOp<typeof schema>({
  name: 'splitColumn',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const n = s.into.length;
    const rows = ctx.state.rows;
    const isMissing = columnMissingTest(rows, c);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const v = row[c];
      const parts: Cell[] = new Array<Cell>(n).fill(null);
      if (!isMissing(v)) {
        const pieces = String(v).split(s.separator);
        if (pieces.length < n) recordUnparseable(ctx, v);
        for (let i = 0; i < n && i < pieces.length; i++) {
          // The last column keeps the remainder so nothing is dropped.
          const piece = i === n - 1 ? pieces.slice(i).join(s.separator) : pieces[i];
          parts[i] = piece.trim() === '' ? null : piece.trim();
        }
        ctx.report.cellsChanged++;
      }
      row.splice(c, 1, ...parts);
    }
    ctx.state.headers.splice(c, 1, ...s.into);
  },
  columns: {
    reads: (s) => s.column,
    writes: (headers, s, i) => {
      const c = columnIndex(headers, s.column, i);
      for (const n of s.into) if (headers.includes(n) && n !== headers[c]) throw columnExists(n, i + 1);
      const twice = s.into.find((n, k) => s.into.indexOf(n) !== k);
      if (twice !== undefined) throw columnExists(twice, i + 1);
      return [...headers.slice(0, c), ...s.into, ...headers.slice(c + 1)];
    },
  },
  describe: (s) => message('sheets.step.splitColumn', { column: s.column, separator: s.separator, into: quoteList(s.into) }),
  template: (headers) => {
    const column = firstHeader(headers);
    return { op: 'splitColumn', column, separator: '-', into: [`${column} 1`, `${column} 2`] };
  },
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    { key: 'separator', kind: 'text', label: 'sheets.field.separator' },
    { key: 'into', kind: 'names', label: 'sheets.field.into' },
  ],
  guide: '{"op":"splitColumn","column":"..","separator":"-","into":["A","B"]}',
  aliases: ['split'],
  normalize: (o) => {
    alias(o, 'delimiter', 'separator');
    alias(o, 'sep', 'separator');
    alias(o, 'names', 'into');
    alias(o, 'columns', 'into');
  },
});
