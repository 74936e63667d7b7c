import type { LlmSettings } from './settings';
import type { Usage } from './types';
import { createOpenAI } from './client';
import { toLlmError } from './map-error';
import { presetFor } from './providers/presets';
import { completeChat } from './complete-chat';
import { ModelNotFoundError } from './errors/model-not-found-error';

export interface Balance {
  available: boolean;
  balances: { currency: string; total: string }[];
}

/** Model ids from GET /models, sorted. Throws the same typed errors as a chat call. */
export async function listModels(settings: LlmSettings, signal?: AbortSignal): Promise<string[]> {
  const client = createOpenAI(settings);
  try {
    const ids: string[] = [];
    for await (const m of client.models.list({ signal })) ids.push(m.id);
    return ids.sort();
  } catch (e) {
    throw await toLlmError(e, settings, settings.fastModel);
  }
}

/** GET /user/balance (DeepSeek). Undefined for providers without the endpoint. */
export async function getBalance(settings: LlmSettings, signal?: AbortSignal): Promise<Balance | undefined> {
  if (!presetFor(settings.provider).hasBalance) return undefined;
  const client = createOpenAI(settings);
  try {
    const r = await client.get<{ is_available?: boolean; balance_infos?: { currency: string; total_balance: string }[] }>('/user/balance', { signal });
    return { available: Boolean(r.is_available), balances: (r.balance_infos ?? []).map((b) => ({ currency: b.currency, total: b.total_balance })) };
  } catch (e) {
    throw await toLlmError(e, settings, settings.fastModel);
  }
}

export interface ConnectionReport {
  ok: boolean;
  latencyMs: number;
  models?: string[];
  /** Configured models the server did not list (a typo, or a model not enabled for this key). */
  missingModels: string[];
  balance?: Balance;
  /** For providers with no model list: the usage of the one-token test request. */
  usage?: Usage;
  error?: unknown;
}

/**
 * "Test connection" and `dsplus doctor`: one tiny request (the model list, or a one-token chat where
 * there is no list), then the balance for DeepSeek. Never throws: the report carries the exact error.
 */
export async function testConnection(settings: LlmSettings, signal?: AbortSignal): Promise<ConnectionReport> {
  const t0 = Date.now();
  const preset = presetFor(settings.provider);
  try {
    // Some OpenAI-compatible servers have no /models: a 404 there falls through to the one-token chat.
    const models = preset.hasModels ? await listModels(settings, signal).catch((e: unknown) => (ModelNotFoundError.isInstance(e) ? undefined : Promise.reject(e))) : undefined;
    if (models) {
      const missingModels = [...new Set([settings.fastModel, settings.deepModel])].filter((m) => models.length > 0 && !models.includes(m));
      const balance = await getBalance(settings, signal).catch(() => undefined);
      return { ok: true, latencyMs: Date.now() - t0, models, missingModels, balance };
    }
    const r = await completeChat({ ...settings, maxRetries: 0 }, { messages: [{ role: 'user', content: 'ping' }], mode: 'fast', maxTokens: 1, signal });
    return { ok: true, latencyMs: Date.now() - t0, missingModels: [], usage: r.usage };
  } catch (error) {
    return { ok: false, latencyMs: Date.now() - t0, missingModels: [], error };
  }
}
