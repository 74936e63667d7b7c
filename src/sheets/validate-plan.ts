import type { z } from 'zod';
import { OPS, stepSchemas } from './plan-schema';
import type { OpName, Plan, PlanStep } from './plan-schema';
import { ColumnExistsError, PlanInvalidError } from './errors';
import { columnIndex, columnIndexes } from './plan-state';
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
  if (!Array.isArray(stepsRaw)) throw new PlanInvalidError('expected {"steps": [ … ]}');
  return { steps: stepsRaw.map((s: unknown, i) => parseStep(s, i)) };
}

/** One step (index i of its plan, 0-based, for the sentence) checked against the schema. */
export function parseStep(s: unknown, i: number): PlanStep {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new PlanInvalidError(`step ${i + 1}: not an object`, 'not an object');
  // Plausible model spellings ("columns":["*"], "fill_missing", "where":">") become the schema's own.
  const obj = normalizeStep(s as Record<string, unknown>, i);
  const op = obj.op;
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) {
    const issue = `unknown op ${JSON.stringify(op)} (known: ${OPS.join(', ')})`;
    throw new PlanInvalidError(`step ${i + 1}: ${issue}`, issue);
  }
  const r = stepSchemas[op as OpName].safeParse(obj);
  if (!r.success) throw new PlanInvalidError(`step ${i + 1} (${op}): ${describeIssues(r.error.issues)}`, describeIssues(r.error.issues));
  return r.data as PlanStep;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PlanInvalidError(e instanceof Error ? e.message : String(e));
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
    switch (s.op) {
      case 'trim':
      case 'toHalfWidth':
      case 'nullify':
        columnIndexes(h, s.columns, i);
        break;
      case 'dedupe':
        if (s.keys) columnIndexes(h, s.keys, i);
        break;
      case 'renameColumn': {
        const c = columnIndex(h, s.from, i);
        if (s.to !== h[c] && h.includes(s.to)) throw new ColumnExistsError(s.to, i + 1);
        h[c] = s.to;
        break;
      }
      case 'splitColumn': {
        const c = columnIndex(h, s.column, i);
        for (const n of s.into) if (h.includes(n) && n !== h[c]) throw new ColumnExistsError(n, i + 1);
        if (new Set(s.into).size !== s.into.length) throw new ColumnExistsError(s.into.find((n, k) => s.into.indexOf(n) !== k) ?? '', i + 1);
        h.splice(c, 1, ...s.into);
        break;
      }
      case 'dropColumns': {
        const drop = new Set(columnIndexes(h, s.columns, i));
        h = h.filter((_, k) => !drop.has(k));
        break;
      }
      default:
        columnIndex(h, s.column, i);
    }
  });
  return h;
}
