import type { Cell } from './table';
import { columnMissingTest } from './table';
import type { StepOf } from './plan-schema';
import type { StepContext } from './plan-state';
import { columnIndex, columnIndexes, recordChange, recordUnparseable } from './plan-state';
import { toHalfWidthText, trimText } from './text';
import { formatISODate, parseDateCell } from './parse-date';
import { parseNumberCell, tidyNumber } from './parse-number';

/** Applies fn to every string cell of the given columns; fn returns the new value. */
function mapStrings(ctx: StepContext, cols: number[], fn: (s: string) => Cell): void {
  const rows = ctx.state.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (const c of cols) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const next = fn(v);
      if (next !== v) {
        row[c] = next;
        recordChange(ctx, r, c, v, next);
      }
    }
  }
}

export function trim(ctx: StepContext, s: StepOf<'trim'>): void {
  mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), trimText);
}

export function toHalfWidth(ctx: StepContext, s: StepOf<'toHalfWidth'>): void {
  mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), toHalfWidthText);
}

export function nullify(ctx: StepContext, s: StepOf<'nullify'>): void {
  const values = new Set(s.values.map((v) => v.trim()));
  mapStrings(ctx, columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex), (v) => (values.has(trimText(v)) ? null : v));
}

export function parseDate(ctx: StepContext, s: StepOf<'parseDate'>): void {
  const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
  const order = s.order ?? 'YMD';
  const rows = ctx.state.rows;
  const isMissing = columnMissingTest(rows, c);
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][c];
    if (typeof v === 'boolean' || isMissing(v)) continue;
    const p = parseDateCell(v, order);
    if (!p) {
      recordUnparseable(ctx, v);
      continue;
    }
    const out = formatISODate(p);
    if (out !== v) {
      rows[r][c] = out;
      recordChange(ctx, r, c, v, out);
    }
  }
}

export function parseNumber(ctx: StepContext, s: StepOf<'parseNumber'>): void {
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
}

function numericValues(rows: Cell[][], c: number, isMissing: (v: Cell) => boolean): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const v = row[c];
    if (isMissing(v)) continue;
    const p = parseNumberCell(v);
    if (p) out.push(p.value);
  }
  return out;
}

function fillValue(ctx: StepContext, s: StepOf<'fillMissing'>, c: number, isMissing: (v: Cell) => boolean): Cell | undefined {
  const rows = ctx.state.rows;
  if (s.strategy === 'value') return s.value ?? null;
  if (s.strategy === 'mean' || s.strategy === 'median') {
    const xs = numericValues(rows, c, isMissing);
    if (xs.length === 0) return undefined;
    if (s.strategy === 'mean') return tidyNumber(xs.reduce((a, b) => a + b, 0) / xs.length);
    xs.sort((a, b) => a - b);
    const m = xs.length >> 1;
    return tidyNumber(xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2);
  }
  if (s.strategy === 'mode') {
    const counts = new Map<Cell, number>();
    let best: Cell | undefined;
    let bestN = 0;
    for (const row of rows) {
      const v = row[c];
      if (isMissing(v)) continue;
      const n = (counts.get(v) ?? 0) + 1;
      counts.set(v, n);
      if (n > bestN) {
        bestN = n;
        best = v;
      }
    }
    return best;
  }
  return undefined;
}

export function fillMissing(ctx: StepContext, s: StepOf<'fillMissing'>): void {
  const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
  const rows = ctx.state.rows;
  // In a 有/无 column 无 is an answer: filling it with the mode would turn every "no" into "yes".
  const isMissing = columnMissingTest(rows, c);
  if (s.strategy === 'previous') {
    let prev: Cell = null;
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r][c];
      if (!isMissing(v)) prev = v;
      else if (prev !== null) {
        rows[r][c] = prev;
        recordChange(ctx, r, c, v, prev);
      }
    }
    return;
  }
  const fill = fillValue(ctx, s, c, isMissing);
  if (fill === undefined) return;
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][c];
    if (isMissing(v)) {
      rows[r][c] = fill;
      recordChange(ctx, r, c, v, fill);
    }
  }
}

export function mapValues(ctx: StepContext, s: StepOf<'mapValues'>): void {
  const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
  const fold = (k: string) => (s.caseInsensitive ? k.trim().toLowerCase() : k.trim());
  const table = new Map<string, Cell>();
  for (const [k, v] of Object.entries(s.mapping)) table.set(fold(k), v);
  const rows = ctx.state.rows;
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][c];
    if (v === null) continue;
    const key = fold(String(v));
    if (!table.has(key)) continue;
    const next = table.get(key) ?? null;
    if (next !== v) {
      rows[r][c] = next;
      recordChange(ctx, r, c, v, next);
    }
  }
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-_/.(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

export function standardizeCase(ctx: StepContext, s: StepOf<'standardizeCase'>): void {
  const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
  const fn = s.to === 'upper' ? (v: string) => v.toUpperCase() : s.to === 'lower' ? (v: string) => v.toLowerCase() : titleCase;
  mapStrings(ctx, [c], fn);
}
