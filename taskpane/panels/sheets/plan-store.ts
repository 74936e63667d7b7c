import type { Plan } from '../../../src/sheets/plan-schema';
import { parsePlan } from '../../../src/sheets/validate-plan';

// Saved cleaning plans live in localStorage under one key, by name, so a monthly export can be
// cleaned with the same plan again.
const KEY = 'dsplus.sheets.plans';

export function loadPlans(): Record<string, Plan> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const out: Record<string, Plan> = {};
    for (const [name, plan] of Object.entries(raw)) {
      try {
        out[name] = parsePlan(plan);
      } catch {
        // A plan saved by an older build that no longer validates is skipped, not fatal.
      }
    }
    return out;
  } catch {
    return {};
  }
}

export function savePlan(name: string, plan: Plan): Record<string, Plan> {
  const all = { ...loadPlans(), [name]: plan };
  localStorage.setItem(KEY, JSON.stringify(all));
  return all;
}

export function deletePlan(name: string): Record<string, Plan> {
  const all = loadPlans();
  delete all[name];
  localStorage.setItem(KEY, JSON.stringify(all));
  return all;
}
