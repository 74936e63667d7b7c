import { z } from 'zod';
import { message } from '../../messages';
import { columnIndexes } from '../plan-state';
import { defineOp } from './define-op';
import { columnsSchema, commonFields, mapStrings, someColumns } from './shared';
import { alias } from './spelling';

// A piece of text replaced inside cells ("-" in phone numbers, "（已退）" after names): unlike mapValues,
// which replaces whole cells. The first operation added through the registry: this file, one line in
// index.ts, its strings in src/locales/sheets-steps.ts and its test.
const schema = z.object({ op: z.literal('replaceText'), columns: columnsSchema, find: z.string().min(1), replace: z.string(), ...commonFields });

export const replaceText = defineOp<typeof schema>({
  name: 'replaceText',
  schema,
  apply: (ctx, s) => mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), (v) => v.replaceAll(s.find, s.replace)),
  columns: { reads: (s) => s.columns },
  describe: (s) => {
    const columns = someColumns(s.columns);
    const params = { find: s.find, replace: s.replace, ...(columns ? { columns } : {}) };
    return message(`sheets.step.replaceText.${columns ? 'some' : 'all'}${s.replace === '' ? 'Remove' : ''}`, params);
  },
  template: () => ({ op: 'replaceText', columns: '*', find: '-', replace: '' }),
  fields: [
    { key: 'columns', kind: 'columns', label: 'sheets.field.columns' },
    { key: 'find', kind: 'text', label: 'sheets.field.find' },
    { key: 'replace', kind: 'text', label: 'sheets.field.replace' },
  ],
  guide: '{"op":"replaceText","columns":..,"find":"-","replace":""} replace a piece of text inside cells, every occurrence ("" removes it)',
  aliases: ['replace', 'replaceAll', 'substitute', 'strReplace'],
  normalize: (o) => {
    alias(o, 'search', 'find');
    alias(o, 'old', 'find');
    alias(o, 'with', 'replace');
    alias(o, 'new', 'replace');
    alias(o, 'replacement', 'replace');
    if (o.find !== undefined && o.replace === undefined) o.replace = '';
  },
});
