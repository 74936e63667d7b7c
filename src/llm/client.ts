import OpenAI from 'openai';
import type { LlmSettings } from './settings';
import { presetFor } from './providers/presets';
import { isRelay } from './settings-values';
import { RELAY_PROVIDER_HEADER, RELAY_TOKEN_HEADER } from '../relay/protocol';

// The SDK's telemetry headers make every browser request a preflighted one, and several servers
// reject the preflight; `null` in defaultHeaders removes a header the SDK would add.
const STAINLESS_HEADERS = [
  'x-stainless-arch',
  'x-stainless-lang',
  'x-stainless-os',
  'x-stainless-package-version',
  'x-stainless-retry-count',
  'x-stainless-runtime',
  'x-stainless-runtime-version',
  'x-stainless-timeout',
  'x-stainless-helper-method',
] as const;

export function normalizeBaseURL(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/chat\/completions$/, '');
}

// Clients are reused per endpoint and key: building one (and its header set) on every call is
// measurable on a chatty pane, and they hold no per-request state.
const cache = new Map<string, OpenAI>();
const CACHE_SIZE = 8;

/** An SDK client for these settings: retries are ours (maxRetries 0), `timeout` bounds the wait for headers. */
export function createOpenAI(settings: LlmSettings): OpenAI {
  const key = JSON.stringify([settings.provider, settings.baseURL, settings.apiKey, settings.connectTimeoutMs, settings.connection, settings.relayToken]);
  const hit = cache.get(key);
  if (hit) return hit;
  const client = buildClient(settings);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, client);
  return client;
}

/**
 * The headers that authorise a request, for calls made without the SDK (the same rule the SDK client
 * follows): the key as a bearer token or Azure's `api-key`; through the relay no key at all, only the
 * relay's token and the provider the request was built for.
 */
export function authHeaders(settings: LlmSettings): Record<string, string> {
  if (isRelay(settings)) {
    const h: Record<string, string> = { [RELAY_PROVIDER_HEADER]: settings.provider };
    if (settings.relayToken) h[RELAY_TOKEN_HEADER] = settings.relayToken;
    return h;
  }
  if (!settings.apiKey) return {};
  return presetFor(settings.provider).auth === 'api-key' ? { 'api-key': settings.apiKey } : { authorization: `Bearer ${settings.apiKey}` };
}

function buildClient(settings: LlmSettings): OpenAI {
  const preset = presetFor(settings.provider);
  const headers: Record<string, string | null> = Object.fromEntries(STAINLESS_HEADERS.map((h) => [h, null]));
  if (isRelay(settings)) {
    // The relay adds the key; the pane sends none (the SDK would send its placeholder as a bearer token).
    Object.assign(headers, authHeaders(settings));
    headers.authorization = null;
  } else if (preset.auth === 'api-key') {
    headers['api-key'] = settings.apiKey;
    headers.authorization = null;
  }
  return new OpenAI({
    // Local servers and the relay need no key, but the SDK refuses an empty one.
    apiKey: (!isRelay(settings) && settings.apiKey) || 'no-key',
    baseURL: normalizeBaseURL(settings.baseURL),
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: settings.connectTimeoutMs,
    defaultHeaders: headers,
  });
}
