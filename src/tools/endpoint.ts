import type { LlmSettings } from '../llm/settings';
import { authHeaders, normalizeBaseURL } from '../llm/client';

/**
 * Where DeepSeek's Search, Fetch and OCR endpoints are reached: `{origin}/v1/tools/…`, where the origin
 * is a base URL without a trailing `/v1`. With DeepSeek directly that is https://api.deepseek.com and the
 * same key as chat; through a local relay (which holds the key) it is the relay's URL and no key.
 */
export interface ToolEndpoint {
  baseURL: string;
  /** Sent as `Authorization: Bearer`; none through a relay, which adds its own. */
  apiKey?: string;
  /** Other headers (the relay's token and provider, as the chat client sends them). */
  headers?: Record<string, string>;
  /** The whole call, upload and answer (default 60 s; OCR asks for 180 s). */
  timeoutMs?: number;
  /** Attempts after a 429, 5xx or network failure (default 1). */
  maxRetries?: number;
}

/** `https://api.deepseek.com/v1/` → `https://api.deepseek.com`. */
export function toolsOrigin(baseURL: string): string {
  return normalizeBaseURL(baseURL).replace(/\/v1$/, '');
}

export function toolURL(ep: ToolEndpoint, path: string): string {
  return `${toolsOrigin(ep.baseURL)}/v1/tools/${path}`;
}

/**
 * The chat provider's endpoint and authorisation, for the tools behind the same key: directly, the key
 * as a bearer token; through the local relay (`connection: 'relay'`), no key — the relay's token and
 * provider headers, exactly as chat requests send them.
 */
export function toolEndpointFor(settings: LlmSettings): ToolEndpoint {
  const headers = authHeaders(settings);
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  delete headers.authorization;
  return { baseURL: settings.baseURL, apiKey: bearer, headers, maxRetries: Math.min(settings.maxRetries, 2) };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
