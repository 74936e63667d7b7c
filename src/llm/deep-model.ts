import { presetFor } from './providers/presets';
import type { ChatMode } from './types';

/** How the deep-thinking model was chosen in a settings form. */
export type DeepChoice = 'other' | 'same';

type Models = { provider: string; fastModel: string; deepModel: string };

/**
 * Whether a provider's form must ask how deep thinking works: where only the model differs (no switch in
 * the request) and the preset itself names no separate deep model — the Custom preset. There, keeping the
 * fast model for deep thinking would make 深度思考 silently the same as 快速.
 */
export function asksForDeepModel(providerId: string): boolean {
  const p = presetFor(providerId);
  return p.thinking === 'model' && p.fastModel === p.deepModel;
}

/** Deep thinking is the fast model again: only the model would differ, and it does not. */
export function deepIsFast(s: Models): boolean {
  return presetFor(s.provider).thinking === 'model' && s.fastModel.trim() === s.deepModel.trim();
}

/**
 * Whether 深度思考 means anything with these settings: false where only the model would differ and the
 * deep model is the fast one (Custom with "the same model"). The one answer used by the pane's switches,
 * by the CLI's --deep and by every request (streamChat sends such a request as a fast one).
 */
export function deepThinkingAvailable(s: Models): boolean {
  return !deepIsFast(s);
}

/** The mode a request is sent in: deep only when it was asked for and is available. */
export function chatModeFor(s: Models, deep: boolean | undefined): ChatMode {
  return deep && deepThinkingAvailable(s) ? 'deep' : 'fast';
}

/**
 * The answer a form starts with: saved settings were already answered (the same model means the user
 * chose it); a preset just picked that asks has no answer yet.
 */
export function initialDeepChoice(s: Models, saved: boolean): DeepChoice | null {
  if (!asksForDeepModel(s.provider)) return 'other';
  if (!saved) return null;
  return deepIsFast(s) ? 'same' : 'other';
}

/**
 * The models to save for an answer, or why they cannot be saved: 'unanswered' (the form must ask), or
 * 'deepIsFast' (another model was promised and the fast one was given).
 */
export function resolveDeepModel(s: Models, choice: DeepChoice | null): { ok: true; deepModel: string } | { ok: false; reason: 'unanswered' | 'deepIsFast' } {
  if (!asksForDeepModel(s.provider)) return { ok: true, deepModel: s.deepModel };
  if (choice === null) return { ok: false, reason: 'unanswered' };
  if (choice === 'same') return { ok: true, deepModel: s.fastModel };
  if (deepIsFast(s) || !s.deepModel.trim()) return { ok: false, reason: 'deepIsFast' };
  return { ok: true, deepModel: s.deepModel };
}
