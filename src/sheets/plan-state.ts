import type { Cell } from './table';
import { columnNotFound } from './errors';
import type { OpName } from './plan-schema';

/** What one step did, shown in the pane, printed by the CLI and written to the change-log sheet. */
export interface StepReport {
  index: number;
  op: OpName;
  description: string;
  cellsChanged: number;
  rowsRemoved: number;
  unparseable: number;
  /** A few of the values that could not be parsed, to show the user what to fix. */
  unparseableSamples: string[];
  skipped?: boolean;
}

/** One changed cell for the before/after preview; row is the 0-based data row of the source table. */
export interface CellChange {
  step: number;
  row: number;
  column: string;
  before: Cell;
  after: Cell;
}

/** One row a step removed, for the preview; row is the 0-based data row of the source table. */
export interface RemovedRow {
  step: number;
  row: number;
  cells: Cell[];
  headers: string[];
}

/** The table as the plan runs over it; rowIds keep each row's source position through dedupe/filter. */
export interface PlanState {
  headers: string[];
  rows: Cell[][];
  rowIds: number[];
}

export interface StepContext {
  state: PlanState;
  report: StepReport;
  stepIndex: number;
  changes: CellChange[];
  /** Rows removed, kept for the preview (up to changeLimit per step); absent when nobody asked. */
  removed?: RemovedRow[];
  /** Per step: how many changed cells (and removed rows) to keep for the preview. */
  changeLimit: number;
  recorded: number;
}

/** A cell as the user reads it: what a change count compares. */
function cellText(c: Cell): string {
  return c === null ? '' : String(c);
}

/** Counts (and keeps for the preview) a cell whose text changed; a cell that reads the same is not a change. */
export function recordChange(ctx: StepContext, rowIdx: number, col: number, before: Cell, after: Cell): void {
  if (cellText(before) === cellText(after)) return;
  ctx.report.cellsChanged++;
  if (ctx.recorded < ctx.changeLimit) {
    ctx.recorded++;
    ctx.changes.push({ step: ctx.stepIndex, row: ctx.state.rowIds[rowIdx], column: ctx.state.headers[col], before, after });
  }
}

export function recordUnparseable(ctx: StepContext, v: Cell): void {
  ctx.report.unparseable++;
  if (ctx.report.unparseableSamples.length < 5) {
    const s = String(v);
    if (!ctx.report.unparseableSamples.includes(s)) ctx.report.unparseableSamples.push(s);
  }
}

export function columnIndex(headers: readonly string[], name: string, step: number): number {
  const i = headers.indexOf(name);
  if (i >= 0) return i;
  // Model-written plans sometimes differ from headers only by stray spaces or width.
  const loose = headers.findIndex((h) => h.trim() === name.trim());
  if (loose >= 0) return loose;
  throw columnNotFound(name, step + 1, headers);
}

export function columnIndexes(headers: readonly string[], spec: '*' | string | readonly string[], step: number): number[] {
  if (spec === '*' || (Array.isArray(spec) && spec.includes('*'))) return headers.map((_, i) => i);
  const names = typeof spec === 'string' ? [spec] : spec;
  return names.map((n) => columnIndex(headers, n, step));
}
