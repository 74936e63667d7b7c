import type { ProviderPreset } from '../llm/providers/presets';

/** What a path under the relay's `/v1` forwards to, and how much it may carry. */
export interface RelayRoute {
  method: 'GET' | 'POST';
  /** The provider URL for this request, from the provider's base URL. */
  upstreamURL(baseURL: string): string;
  maxBytes: number;
  /** False where the provider has no such endpoint: answered 404 by the relay, nothing sent. */
  available(preset: ProviderPreset): boolean;
}

/** A chat request carries the whole conversation and any pasted document: 16 MB is ~5M Chinese characters. */
export const JSON_LIMIT_BYTES = 16 * 1024 * 1024;
/** DeepSeek's OCR takes files up to 100 MiB (413 above); a little room for the multipart envelope. */
export const UPLOAD_LIMIT_BYTES = 101 * 1024 * 1024;

const trim = (url: string) => url.trim().replace(/\/+$/, '');
const under = (path: string) => (base: string) => `${trim(base)}${path}`;
/** DeepSeek's tools live under /v1 even though its chat base URL has none (https://api.deepseek.com). */
const tools = (name: string) => (base: string) => (/\/v1$/.test(trim(base)) ? `${trim(base)}/tools/${name}` : `${trim(base)}/v1/tools/${name}`);

const always = () => true;

const ROUTES: Record<string, RelayRoute> = {
  '/models': { method: 'GET', upstreamURL: under('/models'), maxBytes: 0, available: always },
  '/chat/completions': { method: 'POST', upstreamURL: under('/chat/completions'), maxBytes: JSON_LIMIT_BYTES, available: always },
  '/user/balance': { method: 'GET', upstreamURL: under('/user/balance'), maxBytes: 0, available: (p) => p.hasBalance },
  '/tools/search': { method: 'POST', upstreamURL: tools('search'), maxBytes: JSON_LIMIT_BYTES, available: (p) => p.hasTools },
  '/tools/fetch': { method: 'POST', upstreamURL: tools('fetch'), maxBytes: JSON_LIMIT_BYTES, available: (p) => p.hasTools },
  '/tools/ocr': { method: 'POST', upstreamURL: tools('ocr'), maxBytes: UPLOAD_LIMIT_BYTES, available: (p) => p.hasTools },
};

/**
 * The route for a request path under `/v1` (query string removed). `/v1/tools/…` is accepted too, for
 * a caller that adds DeepSeek's `/v1` to a base URL that already ends in it.
 */
export function matchRoute(path: string): RelayRoute | 'info' | undefined {
  if (path === '/info') return 'info';
  return ROUTES[path.replace(/^\/v1(?=\/tools\/)/, '')];
}
