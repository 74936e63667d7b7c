import { OPS, type OpName } from './plan-schema';
import { PlanInvalidError } from './errors';

// Models write plans in many near-miss spellings: "columns":["*"], "op":"fill_missing", "to":"UPPER",
// "where":">". Each plausible spelling is turned into the schema's own before validation; anything else is
// left as it is, so the schema refuses it with a sentence naming the step.

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

const OP_ALIASES: Record<string, OpName> = {
  ...Object.fromEntries(OPS.map((op) => [fold(op), op])),
  strip: 'trim',
  trimwhitespace: 'trim',
  halfwidth: 'toHalfWidth',
  fullwidthtohalfwidth: 'toHalfWidth',
  nullifyvalues: 'nullify',
  tonull: 'nullify',
  parsedates: 'parseDate',
  todate: 'parseDate',
  normalizedate: 'parseDate',
  parsenumbers: 'parseNumber',
  tonumber: 'parseNumber',
  dedup: 'dedupe',
  deduplicate: 'dedupe',
  removeduplicates: 'dedupe',
  dropduplicates: 'dedupe',
  fillna: 'fillMissing',
  fillmissingvalues: 'fillMissing',
  replacevalues: 'mapValues',
  mapvalue: 'mapValues',
  standardisecase: 'standardizeCase',
  changecase: 'standardizeCase',
  split: 'splitColumn',
  rename: 'renameColumn',
  renamecolumns: 'renameColumn',
  dropcolumn: 'dropColumns',
  removecolumns: 'dropColumns',
  deletecolumns: 'dropColumns',
  filter: 'filterRows',
  filterrow: 'filterRows',
};

const SINGLE_COLUMN: readonly OpName[] = ['parseDate', 'parseNumber', 'fillMissing', 'mapValues', 'standardizeCase', 'splitColumn', 'filterRows'];
const MANY_COLUMNS: readonly OpName[] = ['trim', 'toHalfWidth', 'nullify', 'dropColumns'];
const ALL = new Set(['*', 'all', 'allcolumns', 'everycolumn']);

const WHERE: Record<string, string> = {
  eq: 'eq',
  equals: 'eq',
  equal: 'eq',
  is: 'eq',
  '=': 'eq',
  '==': 'eq',
  '===': 'eq',
  ne: 'ne',
  neq: 'ne',
  notequals: 'ne',
  notequal: 'ne',
  isnot: 'ne',
  '!=': 'ne',
  '<>': 'ne',
  '!==': 'ne',
  gt: 'gt',
  greaterthan: 'gt',
  '>': 'gt',
  lt: 'lt',
  lessthan: 'lt',
  '<': 'lt',
  contains: 'contains',
  includes: 'contains',
  like: 'contains',
  empty: 'empty',
  isempty: 'empty',
  missing: 'empty',
  isnull: 'empty',
  null: 'empty',
  notempty: 'notEmpty',
  isnotempty: 'notEmpty',
  nonempty: 'notEmpty',
  notnull: 'notEmpty',
  isnotnull: 'notEmpty',
  notmissing: 'notEmpty',
};
const FILTER_ALIASES = ['operator', 'cmp', 'compare', 'comparison', 'condition', 'test'];

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

/** A column spec as the schema reads it: "*" for every column, else the name(s). */
function columnsSpec(v: unknown): unknown {
  if (typeof v === 'string' && ALL.has(fold(v))) return '*';
  if (Array.isArray(v) && v.some((x) => typeof x === 'string' && ALL.has(fold(x)))) return '*';
  return v;
}

/** Moves `from` to `to` when only the former is there. */
function alias(o: Record<string, unknown>, from: string, to: string): void {
  if (o[to] === undefined && o[from] !== undefined) {
    o[to] = o[from];
    delete o[from];
  }
}

/** One step as a model might write it → the schema's spelling (a copy; unknown shapes pass through). */
export function normalizeStep(step: Record<string, unknown>, index: number): Record<string, unknown> {
  const o: Record<string, unknown> = { ...step };
  if (typeof o.op === 'string') o.op = OP_ALIASES[fold(o.op)] ?? o.op;
  const op = o.op as OpName;
  if (MANY_COLUMNS.includes(op)) {
    alias(o, 'column', 'columns');
    o.columns = columnsSpec(o.columns);
  }
  if (SINGLE_COLUMN.includes(op)) {
    alias(o, 'columns', 'column');
    if (Array.isArray(o.column)) {
      if (o.column.length !== 1) {
        const issue = `works on one "column", but names ${o.column.length}: ${o.column.map(String).join(', ')} (write one step per column)`;
        throw new PlanInvalidError(`step ${index + 1} (${op}) ${issue}`, issue);
      }
      o.column = o.column[0];
    }
  }
  switch (op) {
    case 'nullify':
      if (typeof o.values === 'string') o.values = [o.values];
      break;
    case 'parseDate':
      if (typeof o.order === 'string') o.order = o.order.toUpperCase().replace(/[^YMD]/g, '');
      alias(o, 'format', 'output');
      if (typeof o.output === 'string' && /^y{4}-m{2}-d{2}$/i.test(o.output)) o.output = 'YYYY-MM-DD';
      break;
    case 'dedupe':
      alias(o, 'columns', 'keys');
      alias(o, 'subset', 'keys');
      if (typeof o.keys === 'string') o.keys = o.keys === '*' || ALL.has(fold(o.keys)) ? undefined : [o.keys];
      if (Array.isArray(o.keys) && columnsSpec(o.keys) === '*') delete o.keys;
      if (typeof o.keep === 'string') o.keep = o.keep.toLowerCase();
      break;
    case 'fillMissing':
      alias(o, 'method', 'strategy');
      alias(o, 'with', 'value');
      alias(o, 'fillValue', 'value');
      if (typeof o.strategy === 'string')
        o.strategy = o.strategy
          .toLowerCase()
          .replace(/^(ffill|forward|forwardfill|pad)$/, 'previous')
          .replace(/^(constant|fixed)$/, 'value')
          .replace(/^(average|avg)$/, 'mean');
      break;
    case 'mapValues':
      alias(o, 'map', 'mapping');
      alias(o, 'mappings', 'mapping');
      alias(o, 'replacements', 'mapping');
      break;
    case 'standardizeCase':
      alias(o, 'case', 'to');
      if (typeof o.to === 'string') o.to = CASE[fold(o.to)] ?? o.to;
      break;
    case 'splitColumn':
      alias(o, 'delimiter', 'separator');
      alias(o, 'sep', 'separator');
      alias(o, 'names', 'into');
      alias(o, 'columns', 'into');
      break;
    case 'renameColumn':
      alias(o, 'old', 'from');
      alias(o, 'column', 'from');
      alias(o, 'new', 'to');
      alias(o, 'newName', 'to');
      break;
    case 'filterRows': {
      if (o.where === undefined) {
        const a = FILTER_ALIASES.find((k) => typeof o[k] === 'string');
        if (a) alias(o, a, 'where');
      }
      if (typeof o.where === 'string') o.where = WHERE[fold(o.where)] ?? o.where;
      break;
    }
    default:
      break;
  }
  return o;
}
