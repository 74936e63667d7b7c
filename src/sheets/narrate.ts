import { z } from 'zod';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage } from '../llm/types';
import { generateObject } from '../llm/generate-object';
import type { Locale } from '../locales/types';
import type { Message } from '../messages';
import type { Facts } from './analysis';
import { verifyNumbers } from './verify-numbers';

export const narrativeSchema = z.object({
  summary: z.string(),
  trends: z.array(z.string()).default([]),
  anomalies: z.array(z.string()).default([]),
  suggestions: z.array(z.string()).default([]),
});
export type Narrative = z.infer<typeof narrativeSchema>;

export function buildNarrateMessages(facts: Facts, locale: Locale): ChatMessage[] {
  const lang = locale === 'zh-CN' ? 'Write in Simplified Chinese.' : 'Write in English.';
  return [
    {
      role: 'system',
      content: `You are a business analyst. You get facts computed exactly from a table (JSON). Write a short narrative: a one-paragraph summary, then trends, anomalies and suggestions as short bullet sentences. Quote numbers exactly as they appear in the facts (you may write a share like 23.5 as 23.5%); never compute, estimate or invent a number that is not in the facts. ${lang} Reply as JSON {"summary":"","trends":[],"anomalies":[],"suggestions":[]}.`,
    },
    { role: 'user', content: `Facts (JSON):\n${JSON.stringify(facts)}` },
  ];
}

export interface NarrateResult {
  narrative: Narrative;
  /** Numbers in the narrative that are not in the facts, as written. */
  unverified: string[];
  warnings: Message[];
  requestChars: number;
}

export function narrativeText(n: Narrative): string {
  return [n.summary, ...n.trends, ...n.anomalies, ...n.suggestions].join('\n');
}

/** The model writes the words; every number it writes is checked against the facts and flagged if absent. */
export async function narrate(
  settings: LlmSettings,
  facts: Facts,
  opts: { locale: Locale; signal?: AbortSignal; onEvent?: (e: ChatEvent) => void },
): Promise<NarrateResult> {
  const messages = buildNarrateMessages(facts, opts.locale);
  const res = await generateObject(settings, { schema: narrativeSchema, messages, mode: 'fast', signal: opts.signal, onEvent: opts.onEvent });
  const check = verifyNumbers(narrativeText(res.object), facts);
  return { narrative: res.object, unverified: check.unverified, warnings: res.warnings, requestChars: messages.reduce((a, m) => a + m.content.length, 0) };
}
