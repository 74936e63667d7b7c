import type { LlmSettings } from './settings';
import type { ChatMessage } from './types';
import { contextWindowFor } from './providers/presets';
import { estimateMessagesTokens } from './tokens';
import { contextTooLong } from './errors';

/** Room kept for the answer when the caller sets no max_tokens. */
const DEFAULT_ANSWER_RESERVE = 1_024;

export function contextWindow(settings: LlmSettings, model: string): number {
  return settings.contextWindow ?? contextWindowFor(settings.provider, model);
}

/** The pre-send figures the pane shows under the input box. */
export function estimateRequest(settings: LlmSettings, model: string, messages: readonly ChatMessage[], maxTokens?: number) {
  const tokens = estimateMessagesTokens(messages);
  const window = contextWindow(settings, model);
  return { tokens, window, fits: tokens + (maxTokens ?? DEFAULT_ANSWER_RESERVE) <= window };
}

export function checkContext(settings: LlmSettings, model: string, messages: readonly ChatMessage[], maxTokens?: number): void {
  const e = estimateRequest(settings, model, messages, maxTokens);
  if (!e.fits) throw contextTooLong(e.tokens, e.window, model);
}
