import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex, recordChange, recordUnparseable } from '../plan-state';
import { columnMissingTest } from '../table';
import { parseNumberCell } from '../parse-number';
import { defineOp } from './define-op';
import { columnSchema, commonFields, firstHeader } from './shared';

const schema = z.object({ op: z.literal('parseNumber'), column: columnSchema, ...commonFields });

export const parseNumber = defineOp<typeof schema>({
  name: 'parseNumber',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const rows = ctx.state.rows;
    const isMissing = columnMissingTest(rows, c);
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (typeof v === 'number' || typeof v === 'boolean' || isMissing(v)) continue;
      const p = parseNumberCell(v);
      if (!p) {
        recordUnparseable(ctx, v);
        continue;
      }
      rows[r][c] = p.value;
      recordChange(ctx, r, c, v, p.value);
    }
  },
  columns: { reads: (s) => s.column },
  describe: (s) => message('sheets.step.parseNumber', { column: s.column }),
  template: (headers) => ({ op: 'parseNumber', column: firstHeader(headers) }),
  fields: [{ key: 'column', kind: 'column', label: 'sheets.field.column' }],
  guide: '{"op":"parseNumber","column":".."} ¥/$/元/RMB, 1,234, 12%, 1.2万, (1,234) to plain numbers',
  aliases: ['parseNumbers', 'toNumber'],
});
