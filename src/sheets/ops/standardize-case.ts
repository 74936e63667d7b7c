import { z } from 'zod';
import { message } from '../../messages';
import { columnIndex } from '../plan-state';
import { defineOp } from './define-op';
import { columnSchema, commonFields, firstHeader, mapStrings } from './shared';
import { alias, fold } from './spelling';

const CASE: Record<string, string> = {
  upper: 'upper',
  uppercase: 'upper',
  lower: 'lower',
  lowercase: 'lower',
  title: 'title',
  titlecase: 'title',
  proper: 'title',
  propercase: 'title',
};

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-_/.(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

const schema = z.object({ op: z.literal('standardizeCase'), column: columnSchema, to: z.enum(['upper', 'lower', 'title']), ...commonFields });

export const standardizeCase = defineOp<typeof schema>({
  name: 'standardizeCase',
  schema,
  apply: (ctx, s) => {
    const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
    const fn = s.to === 'upper' ? (v: string) => v.toUpperCase() : s.to === 'lower' ? (v: string) => v.toLowerCase() : titleCase;
    mapStrings(ctx, [c], fn);
  },
  columns: { reads: (s) => s.column },
  describe: (s) => message(`sheets.step.standardizeCase.${s.to}`, { column: s.column }),
  template: (headers) => ({ op: 'standardizeCase', column: firstHeader(headers), to: 'title' }),
  fields: [
    { key: 'column', kind: 'column', label: 'sheets.field.column' },
    { key: 'to', kind: 'choice', label: 'sheets.field.case', choices: ['upper', 'lower', 'title'], choiceLabel: 'case' },
  ],
  guide: '{"op":"standardizeCase","column":"..","to":"upper"|"lower"|"title"}',
  aliases: ['standardiseCase', 'changeCase'],
  normalize: (o) => {
    alias(o, 'case', 'to');
    if (typeof o.to === 'string') o.to = CASE[fold(o.to)] ?? o.to;
  },
});
