import type { LlmSettings } from './settings';
import type { Usage } from './types';
import { createOpenAI } from './client';
import { presetFor } from './providers/presets';
import { completeChat } from './complete-chat';
import { isLlmFailure } from './errors';
import { isRelay } from './settings-values';
import { relayDown, toLlmError as mapError } from './map-error';
import { isRelayInfo, withRelayProvider, type RelayInfo } from '../relay/protocol';

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
    throw await mapError(e, settings, settings.fastModel);
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
    throw await mapError(e, settings, settings.fastModel);
  }
}

/** GET <relay>/info: which provider the relay reaches. Anything else answering there is "no relay". */
export async function getRelayInfo(settings: LlmSettings, signal?: AbortSignal): Promise<RelayInfo> {
  const client = createOpenAI(settings);
  let info: unknown;
  try {
    info = await client.get<unknown>('/info', { signal });
  } catch (e) {
    const err = await mapError(e, settings, settings.fastModel);
    throw isLlmFailure(err, 'notFound') ? relayDown(settings, e) : err;
  }
  if (!isRelayInfo(info)) throw relayDown(settings);
  return info;
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
  /** Through the relay: the provider it reaches (the rest of the report is about that provider). */
  relay?: RelayInfo;
}

/**
 * "Test connection" and `dsplus doctor`: one tiny request (the model list, or a one-token chat where
 * there is no list), then the balance for DeepSeek. Never throws: the report carries the exact error.
 */
export async function testConnection(input: LlmSettings, signal?: AbortSignal): Promise<ConnectionReport> {
  const t0 = Date.now();
  let settings = input;
  let relay: RelayInfo | undefined;
  try {
    if (isRelay(input)) {
      relay = await getRelayInfo(input, signal);
      settings = withRelayProvider(input, relay);
    }
    const preset = presetFor(settings.provider);
    // Some OpenAI-compatible servers have no /models: a 404 there falls through to the one-token chat.
    const models = preset.hasModels
      ? await listModels(settings, signal).catch((e: unknown) => (isLlmFailure(e, 'notFound') ? undefined : Promise.reject(e)))
      : undefined;
    if (models) {
      const missingModels = [...new Set([settings.fastModel, settings.deepModel])].filter((m) => models.length > 0 && !models.includes(m));
      const balance = await getBalance(settings, signal).catch(() => undefined);
      return { ok: true, latencyMs: Date.now() - t0, models, missingModels, balance, relay };
    }
    const r = await completeChat({ ...settings, maxRetries: 0 }, { messages: [{ role: 'user', content: 'ping' }], mode: 'fast', maxTokens: 1, signal });
    return { ok: true, latencyMs: Date.now() - t0, missingModels: [], usage: r.usage, relay };
  } catch (error) {
    return { ok: false, latencyMs: Date.now() - t0, missingModels: [], error, relay };
  }
}
