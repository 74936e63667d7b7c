import type { Table } from './table';
import type { Plan, PlanStep } from './plan-schema';
import type { CellChange, PlanState, RemovedRow, StepReport } from './plan-state';
import { checkPlanColumns, parsePlan } from './validate-plan';
import { operation } from './ops';

export interface ApplyOptions {
  /** How many changed cells per step to keep for the before/after preview. */
  changeLimit?: number;
  signal?: AbortSignal;
  onStep?: (done: number, total: number) => void;
}

export interface ApplyResult {
  table: Table;
  reports: StepReport[];
  changes: CellChange[];
  /** Rows the steps removed (the first changeLimit per step), for the before → after preview. */
  removed: RemovedRow[];
}

/** A short, locale-neutral line for a step: its op and its arguments. */
export function describeStep(s: PlanStep): string {
  const { op, enabled: _e, note: _n, ...args } = s;
  const parts = Object.entries(args).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${op} ${parts.join(' ')}`.trim();
}

/**
 * Validates the whole plan (schema, then every column name along the way) before touching a row, then
 * applies it to a copy of the table: the source table is never modified.
 */
export function applyPlan(table: Table, planInput: Plan | unknown, options: ApplyOptions = {}): ApplyResult {
  const plan = parsePlan(planInput);
  checkPlanColumns(plan, table.headers);
  const state: PlanState = {
    headers: [...table.headers],
    rows: table.rows.map((r) => r.slice()),
    rowIds: table.rows.map((_, i) => i),
  };
  const reports: StepReport[] = [];
  const changes: CellChange[] = [];
  const removed: RemovedRow[] = [];
  plan.steps.forEach((s, i) => {
    options.signal?.throwIfAborted();
    const report: StepReport = {
      index: i + 1,
      op: s.op,
      description: describeStep(s),
      cellsChanged: 0,
      rowsRemoved: 0,
      unparseable: 0,
      unparseableSamples: [],
    };
    reports.push(report);
    if (s.enabled === false) {
      report.skipped = true;
      return;
    }
    operation(s.op).apply({ state, report, stepIndex: i, changes, removed, changeLimit: options.changeLimit ?? 0, recorded: 0 }, s);
    options.onStep?.(i + 1, plan.steps.length);
  });
  return { table: { headers: state.headers, rows: state.rows }, reports, changes, removed };
}
