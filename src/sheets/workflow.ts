// Cleaning a table as one straight line, called by `dsplus clean` and the Sheets panel alike:
//   CSV/.xlsx ──readTable──▶ Table ──profileTable──▶ profile ──suggestCleaning──▶ Plan (the model's, for review)
//   Table + Plan ──cleanTable──▶ cleaned Table + step reports ──cleanedFile──▶ .csv/.xlsx bytes with a change log
// A plan is read and refused in one place (readPlan), whether it came from a file, the model or the
// pane's step editor, so the CLI and the pane accept and refuse exactly the same plans.

import type { LlmSettings } from '../llm/settings';
import type { Locale } from '../locales';
import { applyPlan, type ApplyResult } from './apply-plan';
import { planInvalid } from './errors';
import type { Plan } from './plan-schema';
import { profileTable, type TableProfile } from './profile';
import { changeLogTable } from './render';
import { suggestPlan, type SuggestResult } from './suggest-plan';
import type { Table } from './table';
import { parsePlan } from './validate-plan';
import { encodeTable } from './write-table';

/** A step as the pane's editor holds it: its JSON text and whether it is turned on. */
export interface StepText {
  json: string;
  enabled: boolean;
}

/** Plan JSON (a file's text, a parsed object) or the editor's steps → a checked plan, or `sheets.error.planInvalid` naming the step. */
export function readPlan(input: string | unknown | readonly StepText[]): Plan {
  if (Array.isArray(input) && input.every(isStepText)) {
    return parsePlan({
      steps: input.map((s, i) => {
        try {
          return { ...(JSON.parse(s.json) as object), enabled: s.enabled };
        } catch {
          throw planInvalid(`step ${i + 1}: not valid JSON`);
        }
      }),
    });
  }
  return parsePlan(input);
}

function isStepText(s: unknown): s is StepText {
  return typeof s === 'object' && s !== null && typeof (s as StepText).json === 'string' && typeof (s as StepText).enabled === 'boolean';
}

/** The model's cleaning plan for a table, from its profile (computed when not given) and a sample; nothing is applied. */
export function suggestCleaning(
  settings: LlmSettings,
  table: Table,
  opts: { locale: Locale; signal?: AbortSignal; profile?: TableProfile },
): Promise<SuggestResult> {
  return suggestPlan(settings, table, opts.profile ?? profileTable(table), { locale: opts.locale, signal: opts.signal });
}

export interface CleanOptions {
  /** How many changed cells per step to keep for the before/after preview. */
  changeLimit?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A plan (any of readPlan's inputs) applied to a copy of the table; the whole plan is checked before a row is touched. */
export function cleanTable(table: Table, plan: Parameters<typeof readPlan>[0], opts: CleanOptions = {}): ApplyResult {
  return applyPlan(table, readPlan(plan), { changeLimit: opts.changeLimit, signal: opts.signal, onStep: opts.onProgress });
}

/** The cleaned table as the file the name asks for (.csv, or .xlsx with a change-log sheet named `changeLogName`). */
export function cleanedFile(fileName: string, result: ApplyResult, sheetName: string, changeLogName: string): Promise<Uint8Array> {
  return encodeTable(fileName, result.table, sheetName, [{ name: changeLogName, table: changeLogTable(result.reports) }]);
}
