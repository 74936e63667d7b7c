import type { z } from 'zod';
import type { Plan } from './plan-schema';
import { OPS, isOpName, operation, type PlanStep } from './ops';
import { planInvalid } from './errors';
import { columnIndexes } from './plan-state';
import { normalizeStep } from './normalize-step';

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Checks plan JSON against the schema step by step, so the message names the step and the field
 * ("step 3: unknown op "splitt"") instead of a union's wall of alternatives.
 */
export function parsePlan(input: unknown): Plan {
  const raw = typeof input === 'string' ? parseJson(input) : input;
  const stepsRaw = Array.isArray(raw) ? raw : (raw as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(stepsRaw)) throw planInvalid('expected {"steps": [ … ]}');
  return { steps: stepsRaw.map((s: unknown, i) => parseStep(s, i)) };
}

/** One step (index i of its plan, 0-based, for the sentence) checked against the schema. */
export function parseStep(s: unknown, i: number): PlanStep {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw planInvalid(`step ${i + 1}: not an object`, 'not an object');
  // Plausible model spellings ("columns":["*"], "fill_missing", "where":">") become the schema's own.
  const obj = normalizeStep(s as Record<string, unknown>, i);
  const op = obj.op;
  if (!isOpName(op)) {
    const issue = `unknown op ${JSON.stringify(op)} (known: ${OPS.join(', ')})`;
    throw planInvalid(`step ${i + 1}: ${issue}`, issue);
  }
  const r = operation(op).schema.safeParse(obj);
  if (!r.success) throw planInvalid(`step ${i + 1} (${op}): ${describeIssues(r.error.issues)}`, describeIssues(r.error.issues));
  return r.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw planInvalid(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Walks the headers through the plan (renames, splits, drops) so a step naming a column that will not
 * exist at that point fails before any row is touched. Returns the headers after the plan.
 */
export function checkPlanColumns(plan: Plan, headers: readonly string[]): string[] {
  let h = [...headers];
  plan.steps.forEach((s, i) => {
    if (s.enabled === false) return;
    h = headersAfterStep(h, s, i);
  });
  return h;
}

/** The headers after one step (its columns checked against those before it), or `columnNotFound`/`columnExists`. */
export function headersAfterStep(headers: string[], step: PlanStep, i: number): string[] {
  const { columns } = operation(step.op);
  const reads = columns.reads(step);
  if (reads !== undefined) columnIndexes(headers, reads, i);
  return columns.writes ? columns.writes(headers, step, i) : headers;
}

/** The header row each step sees, for the step editor's column pickers; a step that is off or not valid leaves it as it was. */
export function headersPerStep(steps: readonly (PlanStep | null)[], headers: readonly string[]): string[][] {
  let h = [...headers];
  return steps.map((s, i) => {
    const before = h;
    if (s && s.enabled !== false) {
      try {
        h = headersAfterStep(h, s, i);
      } catch {
        // The step's own refusal is shown when the plan is previewed or applied.
      }
    }
    return before;
  });
}
