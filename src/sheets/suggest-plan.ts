import { z } from 'zod';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage } from '../llm/types';
import { generateObject } from '../llm/generate-object';
import type { Locale } from '../locales/types';
import type { Message } from '../messages';
import type { Table } from './table';
import type { TableProfile } from './profile';
import type { Plan, PlanStep } from './plan-schema';
import { planSchema, OPS } from './plan-schema';
import { OPERATIONS } from './ops';
import { checkPlanColumns, parseStep } from './validate-plan';
import { buildModelView } from './model-view';
import { AppError } from '../errors';

// Every operation's own line (src/sheets/ops/), so a new operation is offered to the model with no change here.
const OP_GUIDE = `Operations (columns are header names; "*" means all columns):\n${OPERATIONS.map((o) => `- ${o.guide}`).join('\n')}`;

export function buildSuggestMessages(profileJson: string, sampleCsv: string, locale: Locale): ChatMessage[] {
  const lang = locale === 'zh-CN' ? 'Write any "note" fields in Simplified Chinese.' : 'Write any "note" fields in English.';
  return [
    {
      role: 'system',
      content: `You are a data-cleaning assistant. You see a profile of a table and a few sample rows (sensitive values are masked as [PHONE_1] etc.). Propose a cleaning plan as JSON {"steps":[...]} using only these operations, in a sensible order (trim and toHalfWidth first, nullify null tokens, parse dates and numbers, unify category spellings with mapValues, dedupe last). Only use column names from the profile. Give each step a short "note" saying why. ${lang}\n${OP_GUIDE}`,
    },
    { role: 'user', content: `Profile (JSON):\n${profileJson}\n\nSample rows (CSV, at most 20):\n${sampleCsv}` },
  ];
}

export interface DroppedStep {
  /** 1-based position in the model's plan. */
  step: number;
  op: string;
  error: AppError;
}

export interface SuggestResult {
  plan: Plan;
  warnings: Message[];
  /** How many steps the model proposed; plan.steps holds those that were kept. */
  proposed: number;
  /** Steps left out (unknown op, wrong fields, or columns the table lacks), each with its reason. */
  dropped: DroppedStep[];
  /** The messages sent, for the request-size figures. */
  requestChars: number;
  maskedCount: number;
}

/** The model's answer is checked step by step (below), so one bad step does not cost the whole plan. */
const looseSchema = z.object({ steps: z.array(z.unknown()) });

/**
 * Asks the model for a plan from the profile and ≤ 20 masked sample rows. Each step is read the way a
 * model might spell it; a step that is still not valid, or names columns the table does not have, is
 * left out with its reason, rather than failing the whole suggestion. Nothing is applied here.
 */
export async function suggestPlan(
  settings: LlmSettings,
  t: Table,
  profile: TableProfile,
  opts: { locale: Locale; signal?: AbortSignal; onEvent?: (e: ChatEvent) => void },
): Promise<SuggestResult> {
  const view = buildModelView(t, profile, settings.maskSensitive);
  const messages = buildSuggestMessages(view.profileJson, view.sampleCsv, opts.locale);
  const res = await generateObject(settings, { schema: looseSchema, hint: planSchema, messages, mode: 'fast', signal: opts.signal, onEvent: opts.onEvent });
  const restored = (JSON.parse(view.restore(JSON.stringify(res.object))) as { steps: unknown[] }).steps;
  const warnings = [...res.warnings];
  const kept: PlanStep[] = [];
  const dropped: DroppedStep[] = [];
  restored.forEach((raw, i) => {
    const op = typeof (raw as { op?: unknown } | null)?.op === 'string' ? String((raw as { op: string }).op) : '?';
    try {
      const step = parseStep(raw, i);
      checkPlanColumns({ steps: [...kept, step] }, t.headers);
      kept.push(step);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      dropped.push({ step: i + 1, op, error: e });
    }
  });
  return {
    plan: { steps: kept },
    warnings,
    proposed: restored.length,
    dropped,
    requestChars: messages.reduce((a, m) => a + m.content.length, 0),
    maskedCount: view.maskedCount,
  };
}

export { OPS };
