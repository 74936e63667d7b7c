import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { AppError } from '../errors';
import type { LlmSettings } from './settings';
import { presetFor } from './providers/presets';
import { normalizeBaseURL } from './client';
import { parseRetryAfter } from './retry';
import { LlmError } from './errors/llm-error';
import { AuthError } from './errors/auth-error';
import { InsufficientBalanceError } from './errors/insufficient-balance-error';
import { InvalidRequestError } from './errors/invalid-request-error';
import { ModelNotFoundError } from './errors/model-not-found-error';
import { RateLimitError } from './errors/rate-limit-error';
import { ServerBusyError } from './errors/server-busy-error';
import { ServerError } from './errors/server-error';
import { TimeoutError } from './errors/timeout-error';
import { NetworkError } from './errors/network-error';
import { CorsError } from './errors/cors-error';

/**
 * HTTP status → error (docs/llm.md has the same table):
 *   401, 403 → AuthError            402 → InsufficientBalanceError   400, 422 → InvalidRequestError
 *   404 → ModelNotFoundError        429 → RateLimitError (retry)     503 → ServerBusyError (retry)
 *   408, 409, other 5xx → ServerError (retry)      other 4xx → InvalidRequestError
 *   no response: timeout → TimeoutError('connect') (retry); browser + server reachable → CorsError;
 *   otherwise → NetworkError (retry)
 */
export function errorForStatus(status: number, detail: string, model: string, retryAfterMs?: number, cause?: unknown): LlmError {
  if (status === 401 || status === 403) return new AuthError(detail, status, cause);
  if (status === 402) return new InsufficientBalanceError(detail, status, cause);
  if (status === 400 || status === 422) return new InvalidRequestError(detail, status, cause);
  if (status === 404) return new ModelNotFoundError(model, detail, status, cause);
  if (status === 429) return new RateLimitError(detail, status, cause, retryAfterMs);
  if (status === 503) return new ServerBusyError(detail, status, cause, retryAfterMs);
  if (status === 408 || status === 409 || status >= 500) return new ServerError(detail, status, cause, retryAfterMs);
  return new InvalidRequestError(detail, status, cause);
}

function providerMessage(e: APIError): string {
  const body = e.error as { message?: unknown; error?: { message?: unknown } } | undefined;
  const m = body?.message ?? body?.error?.message;
  return typeof m === 'string' ? m : e.message.replace(/^\d{3}\s*/, '');
}

export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined' && typeof process === 'undefined';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * A browser hides why a cross-origin fetch failed (always "TypeError: Failed to fetch"). A no-cors
 * request still reaches the server and resolves with an opaque response when the server is up, so
 * a success there means the server is reachable and the real request was blocked by CORS.
 */
async function browserFailure(settings: LlmSettings, cause: unknown): Promise<LlmError> {
  const base = normalizeBaseURL(settings.baseURL);
  const host = hostOf(base);
  try {
    await fetch(`${base}/models`, { mode: 'no-cors', signal: AbortSignal.timeout(3_000) });
    return new CorsError(host, globalThis.location?.origin ?? '', presetFor(settings.provider).corsFixKey, cause);
  } catch {
    return new NetworkError(host, '', cause);
  }
}

export async function toLlmError(e: unknown, settings: LlmSettings, model: string): Promise<AppError> {
  if (e instanceof LlmError) return e;
  if (e instanceof APIConnectionTimeoutError) return new TimeoutError('connect', Math.round(settings.connectTimeoutMs / 1000), e);
  if (e instanceof APIError && typeof e.status === 'number') {
    return errorForStatus(e.status, providerMessage(e), model, parseRetryAfter(e.headers), e);
  }
  if (e instanceof APIError && !(e instanceof APIConnectionError)) {
    // An `error` object inside the SSE stream: the provider failed mid-answer.
    return new ServerError(providerMessage(e), 500, e);
  }
  const cause = e instanceof APIConnectionError && e.cause ? e.cause : e;
  if (isBrowser() && cause instanceof TypeError) return browserFailure(settings, e);
  const detail = describeCause(cause);
  return new NetworkError(hostOf(normalizeBaseURL(settings.baseURL)), detail, e);
}

function describeCause(c: unknown): string {
  if (!(c instanceof Error)) return String(c ?? '');
  const inner = (c as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? String((inner as { code: unknown }).code) : '';
  return code || c.message;
}
