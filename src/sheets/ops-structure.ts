import type { Cell } from './table';
import { columnMissingTest, isMissing as isMissingToken } from './table';
import type { StepOf } from './plan-schema';
import type { StepContext } from './plan-state';
import { columnIndex, columnIndexes, recordUnparseable } from './plan-state';
import { parseNumberCell } from './parse-number';
import { parseDateCell, dayNumber } from './parse-date';

function keepRows(ctx: StepContext, keep: (row: Cell[], r: number) => boolean): void {
  const { rows, rowIds } = ctx.state;
  let w = 0;
  for (let r = 0; r < rows.length; r++) {
    if (keep(rows[r], r)) {
      rows[w] = rows[r];
      rowIds[w] = rowIds[r];
      w++;
    }
  }
  ctx.report.rowsRemoved += rows.length - w;
  rows.length = w;
  rowIds.length = w;
}

// Type-tagged so 1 and "1" stay different keys, as they are different cells.
function keyOf(row: Cell[], cols: number[]): string {
  let k = '';
  for (const c of cols) {
    const v = row[c];
    k += (v === null ? '\u0000' : typeof v === 'string' ? 's' + v : typeof v === 'number' ? 'n' + v : 'b' + v) + '\u0001';
  }
  return k;
}

export function dedupe(ctx: StepContext, s: StepOf<'dedupe'>): void {
  const cols = s.keys ? columnIndexes(ctx.state.headers, s.keys, ctx.stepIndex) : ctx.state.headers.map((_, i) => i);
  const rows = ctx.state.rows;
  const keepFlags = new Uint8Array(rows.length);
  const seen = new Map<unknown, number>();
  // One key column: the cell itself is the Map key (1 and "1" stay distinct under SameValueZero).
  const key = cols.length === 1 ? (row: Cell[]) => row[cols[0]] : (row: Cell[]) => keyOf(row, cols);
  if (s.keep === 'last') {
    for (let r = rows.length - 1; r >= 0; r--) {
      const k = key(rows[r]);
      if (!seen.has(k)) {
        seen.set(k, r);
        keepFlags[r] = 1;
      }
    }
  } else {
    for (let r = 0; r < rows.length; r++) {
      const k = key(rows[r]);
      if (!seen.has(k)) {
        seen.set(k, r);
        keepFlags[r] = 1;
      }
    }
  }
  keepRows(ctx, (_row, r) => keepFlags[r] === 1);
}

type Comparable = { kind: 'number'; n: number } | { kind: 'date'; n: number } | { kind: 'text'; s: string };

function comparable(v: Cell, isMissing: (v: Cell) => boolean = isMissingToken): Comparable | null {
  if (isMissing(v)) return null;
  const num = parseNumberCell(v);
  if (num) return { kind: 'number', n: num.value };
  const d = typeof v === 'string' ? parseDateCell(v) : null;
  if (d) return { kind: 'date', n: dayNumber(d) };
  return { kind: 'text', s: String(v).trim() };
}

function compare(a: Comparable, b: Comparable): number | null {
  if (a.kind === 'text' || b.kind === 'text') {
    if (a.kind !== b.kind) return null;
    return (a as { s: string }).s.localeCompare((b as { s: string }).s, 'zh-CN');
  }
  if (a.kind !== b.kind) return null;
  return a.n - b.n;
}

export function filterRows(ctx: StepContext, s: StepOf<'filterRows'>): void {
  const c = columnIndex(ctx.state.headers, s.column, ctx.stepIndex);
  const isMissing = columnMissingTest(ctx.state.rows, c);
  const target = s.value === undefined || s.value === null ? null : comparable(s.value, isMissing);
  const targetText = s.value === undefined || s.value === null ? '' : String(s.value).trim();
  let test: (v: Cell) => boolean;
  switch (s.where) {
    case 'empty':
      test = isMissing;
      break;
    case 'notEmpty':
      test = (v) => !isMissing(v);
      break;
    case 'contains':
      test = (v) => v !== null && String(v).includes(targetText);
      break;
    case 'eq':
    case 'ne': {
      const eq = (v: Cell) => {
        if (isMissing(v)) return target === null;
        if (target === null) return false;
        const a = comparable(v, isMissing);
        const cmp = a ? compare(a, target) : null;
        return cmp === null ? String(v).trim() === targetText : cmp === 0;
      };
      test = s.where === 'eq' ? eq : (v) => !eq(v);
      break;
    }
    default: {
      const sign = s.where === 'gt' ? 1 : -1;
      test = (v) => {
        if (target === null) return false;
        const a = comparable(v, isMissing);
        if (!a) return false;
        const cmp = compare(a, target);
        if (cmp === null) {
          recordUnparseable(ctx, v);
          return false;
        }
        return cmp * sign > 0;
      };
    }
  }
  keepRows(ctx, (row) => test(row[c]));
}

export function splitColumn(ctx: StepContext, s: StepOf<'splitColumn'>): void {
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
}

export function renameColumn(ctx: StepContext, s: StepOf<'renameColumn'>): void {
  const c = columnIndex(ctx.state.headers, s.from, ctx.stepIndex);
  ctx.state.headers[c] = s.to;
}

export function dropColumns(ctx: StepContext, s: StepOf<'dropColumns'>): void {
  const drop = new Set(columnIndexes(ctx.state.headers, s.columns, ctx.stepIndex));
  const keep = ctx.state.headers.map((_, i) => i).filter((i) => !drop.has(i));
  ctx.state.headers = keep.map((i) => ctx.state.headers[i]);
  const rows = ctx.state.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    rows[r] = keep.map((i) => row[i]);
  }
}
