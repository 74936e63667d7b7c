import type { LlmSettings } from './settings';
import type { ChatMode } from './types';
import { presetFor } from './providers/presets';

export const defaultLlmSettings: LlmSettings = {
  provider: 'deepseek',
  baseURL: 'https://api.deepseek.com',
  apiKey: '',
  fastModel: 'deepseek-flash',
  deepModel: 'deepseek-v4-pro',
  maskSensitive: true,
  connectTimeoutMs: 30_000,
  idleTimeoutMs: 120_000,
  maxRetries: 2,
  connection: 'direct',
  relayToken: '',
  reasoningEffort: 'high',
  searchBackend: 'auto',
  searxngURL: '',
  fetchPages: false,
};

/** The relay holds the key: the pane sends none (and keeps none). */
export function isRelay(s: Pick<LlmSettings, 'connection'>): boolean {
  return s.connection === 'relay';
}

/**
 * What stops a model call before anything is sent, or undefined when nothing does: the one definition of
 * "configured", used by the pane's buttons and by every call. A key is needed unless a relay adds it,
 * the server is on this machine, or the provider needs none (`needsKey` false, e.g. Custom).
 */
export function missingSetting(s: LlmSettings, opts: { model?: string; needsKey?: boolean } = {}): 'baseURL' | 'model' | 'apiKey' | undefined {
  if (!s.baseURL) return 'baseURL';
  if (!(opts.model ?? s.fastModel)) return 'model';
  if (s.apiKey || isRelay(s) || isLocalURL(s.baseURL) || opts.needsKey === false) return undefined;
  return 'apiKey';
}

/** The model a request in this mode goes to. */
export function modelFor(settings: LlmSettings, mode: ChatMode): string {
  return mode === 'deep' ? settings.deepModel : settings.fastModel;
}

/**
 * Whether a model call can be made at all; the offline halves of every feature work without it. The same
 * test the client makes before a request (stream-chat.ts): a provider whose preset needs no key (Ollama,
 * LM Studio, vLLM / SGLang, Custom) is set up by its URL alone, on this machine or on the LAN.
 */
export function isConfigured(s: LlmSettings): boolean {
  return missingSetting(s, { needsKey: presetFor(s.provider).needsKey }) === undefined;
}

export function isLocalURL(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
  } catch {
    return false;
  }
}

/** What is safe to show after saving: never the whole key. */
export function maskKey(key: string): string {
  if (!key) return '';
  if (key.length <= 8) return '••••';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}
