// Helpers for reading a model's near-miss spellings of a step ("columns":["*"], "fill_missing", "sep").

/** Lower case without spaces, - or _: how op names and enum values are compared. */
export const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

const ALL = new Set(['*', 'all', 'allcolumns', 'everycolumn']);

/** Whether a text names every column ("*", "all", "All columns"). */
export const namesAll = (v: unknown) => typeof v === 'string' && ALL.has(fold(v));

/** A column spec as the schema reads it: "*" for every column, else the name(s). */
export function columnsSpec(v: unknown): unknown {
  if (namesAll(v)) return '*';
  if (Array.isArray(v) && v.some(namesAll)) return '*';
  return v;
}

/** Moves `from` to `to` when only the former is there. */
export function alias(o: Record<string, unknown>, from: string, to: string): void {
  if (o[to] === undefined && o[from] !== undefined) {
    o[to] = o[from];
    delete o[from];
  }
}
