import type { LlmSettings } from '../llm/settings';
import { normalizeBaseURL } from '../llm/client';

/**
 * Where DeepSeek's Search, Fetch and OCR endpoints are reached: `{origin}/v1/tools/…`, where the origin
 * is a base URL without a trailing `/v1`. With DeepSeek directly that is https://api.deepseek.com and the
 * same key as chat; through a local relay (which holds the key) it is the relay's URL and no key.
 */
export interface ToolEndpoint {
  baseURL: string;
  apiKey?: string;
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

/** The chat provider's endpoint and key, for the tools behind the same key. */
export function toolEndpointFor(settings: LlmSettings): ToolEndpoint {
  return { baseURL: settings.baseURL, apiKey: settings.apiKey || undefined, maxRetries: Math.min(settings.maxRetries, 2) };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
