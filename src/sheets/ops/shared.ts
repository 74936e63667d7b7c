import { z } from 'zod';
import type { Cell } from '../table';
import type { StepContext } from '../plan-state';
import { recordChange } from '../plan-state';
import type { ColumnSpec } from './define-op';

// What several operations share: the schema pieces, the column quoting of their sentences, and the two
// loops that change cells or drop rows while keeping the change counts.

export const columnsSchema = z.union([z.literal('*'), z.string().min(1), z.array(z.string().min(1)).min(1)]);
export const columnSchema = z.string().min(1);
export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const commonFields = { enabled: z.boolean().optional(), note: z.string().optional() };

/** “A”, “B” — column names as the sentences quote them. */
export const quoteList = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');
/** null for every column, else the quoted names. */
export const someColumns = (c: ColumnSpec) => (c === '*' ? null : quoteList(typeof c === 'string' ? [c] : c));

/** The first header, for a template that must name a column. */
export const firstHeader = (headers: readonly string[]) => headers[0] ?? 'A';

/** Applies fn to every string cell of the given columns; fn returns the new value. */
export function mapStrings(ctx: StepContext, cols: number[], fn: (s: string) => Cell): void {
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

/** Keeps the rows for which keep holds (row ids follow), counting the others as removed. */
export function keepRows(ctx: StepContext, keep: (row: Cell[], r: number) => boolean): void {
  const { rows, rowIds } = ctx.state;
  const removed = ctx.removed;
  // The header row as it is now: later renames and splits change it in place.
  const headers = removed ? [...ctx.state.headers] : [];
  let kept = 0;
  let w = 0;
  for (let r = 0; r < rows.length; r++) {
    if (keep(rows[r], r)) {
      rows[w] = rows[r];
      rowIds[w] = rowIds[r];
      w++;
    } else if (removed && kept < ctx.changeLimit) {
      kept++;
      removed.push({ step: ctx.stepIndex, row: rowIds[r], cells: rows[r].slice(), headers });
    }
  }
  ctx.report.rowsRemoved += rows.length - w;
  rows.length = w;
  rowIds.length = w;
}
