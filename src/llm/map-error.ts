import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { AppError } from '../errors';
import type { LlmSettings } from './settings';
import { presetFor } from './providers/presets';
import { normalizeBaseURL } from './client';
import { parseRetryAfter } from './retry';
import {
  LlmError,
  AuthError,
  InsufficientBalanceError,
  RateLimitError,
  invalidRequest,
  modelNotFound,
  serverBusy,
  serverError,
  timeout,
  networkError,
  corsBlocked,
  relayFailure,
} from './errors';
import { isRelay } from './settings-values';
import { relayCommand } from '../relay/protocol';

/**
 * HTTP status → error (docs/llm.md has the same table):
 *   401, 403 → AuthError            402 → InsufficientBalanceError   400, 422 → invalidRequest
 *   404 → modelNotFound             429 → RateLimitError (retry)     503 → serverBusy (retry)
 *   408, 409, other 5xx → serverError (retry)      other 4xx → invalidRequest
 *   no response: timeout → timeout('connect') (retry); browser + server reachable → corsBlocked;
 *   otherwise → networkError (retry)
 */
export function errorForStatus(status: number, detail: string, model: string, retryAfterMs?: number, cause?: unknown, provider?: string): LlmError {
  if (status === 401 || status === 403) return new AuthError(detail, status, cause);
  if (status === 402) return new InsufficientBalanceError(detail, status, cause);
  if (status === 400 || status === 422) return invalidRequest(detail, status, cause);
  if (status === 404) return modelNotFound(model, detail, status, cause);
  if (status === 429) return new RateLimitError(detail, status, cause, retryAfterMs, provider === 'deepseek');
  if (status === 503) return serverBusy(detail, status, cause, retryAfterMs);
  if (status === 408 || status === 409 || status >= 500) return serverError(detail, status, cause, retryAfterMs);
  return invalidRequest(detail, status, cause);
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
 * The relay's own refusals and failures (its `code` starts with `relay_`); a provider's error that the
 * relay passed through has the provider's code and maps by status like any other.
 */
function relayRefusal(e: APIError, settings: LlmSettings): LlmError | undefined {
  const body = e.error as { code?: unknown; message?: unknown; providerName?: unknown; host?: unknown; detail?: unknown; limitMB?: unknown } | undefined;
  const detail = typeof body?.message === 'string' ? body.message : '';
  switch (body?.code) {
    case 'relay_not_configured':
      return relayFailure('notConfigured', { detail }, { status: e.status, cause: e });
    case 'relay_token':
      return relayFailure('token', {}, { status: e.status, cause: e });
    case 'relay_origin':
    case 'relay_host':
    case 'relay_peer':
      return relayFailure('refused', { detail }, { status: e.status, cause: e });
    case 'relay_provider_mismatch':
      return relayFailure(
        'providerMismatch',
        { relay: String(body.providerName ?? ''), pane: presetFor(settings.provider).name },
        { status: e.status, cause: e },
      );
    case 'relay_too_large':
      return relayFailure('tooLarge', { limit: Number(body.limitMB ?? 16) }, { status: e.status, cause: e });
    case 'relay_upstream_unreachable':
      return relayFailure('upstream', { host: String(body.host ?? ''), detail: String(body.detail ?? detail) }, { status: e.status, cause: e });
    default:
      return undefined;
  }
}

/** Nothing answers at the relay URL: say how to start one. */
export function relayDown(settings: LlmSettings, cause?: unknown): LlmError {
  return relayFailure(
    'down',
    { url: normalizeBaseURL(settings.baseURL), command: relayCommand(settings.provider, { origin: globalThis.location?.origin }) },
    { cause },
  );
}

/** The command that starts a relay for these (direct) settings: their provider, and their URL where it is not the preset's. */
function relayCommandFor(settings: LlmSettings, origin: string): string {
  const base = normalizeBaseURL(settings.baseURL);
  const preset = presetFor(settings.provider);
  return relayCommand(preset.id, { origin, baseURL: isRelay(settings) || base === normalizeBaseURL(preset.baseURL) ? undefined : base });
}

/**
 * A browser hides why a cross-origin fetch failed (always "TypeError: Failed to fetch"). A no-cors
 * request still reaches the server and resolves with an opaque response when the server is up, so
 * a success there means the server is reachable and the real request was blocked by CORS.
 */
async function browserFailure(settings: LlmSettings, cause: unknown): Promise<LlmError> {
  const base = normalizeBaseURL(settings.baseURL);
  const host = hostOf(base);
  const origin = globalThis.location?.origin ?? '';
  try {
    await fetch(`${base}/models`, { mode: 'no-cors', signal: AbortSignal.timeout(3_000) });
  } catch {
    return isRelay(settings) ? relayDown(settings, cause) : networkError(host, '', cause);
  }
  // Through the relay, a CORS block means the relay does not allow this origin; directly, the provider
  // does not, and the relay is one way round it.
  const command = relayCommandFor(settings, origin);
  return isRelay(settings)
    ? corsBlocked(host, origin, 'llm.cors.fix.relay', cause, { relayCommand: command })
    : corsBlocked(host, origin, presetFor(settings.provider).corsFixKey, cause, { relayCommand: command });
}

export async function toLlmError(e: unknown, settings: LlmSettings, model: string): Promise<AppError> {
  if (e instanceof LlmError) return e;
  if (e instanceof APIConnectionTimeoutError) return timeout('connect', Math.round(settings.connectTimeoutMs / 1000), e);
  if (e instanceof APIError && typeof e.status === 'number') {
    const relay = isRelay(settings) ? relayRefusal(e, settings) : undefined;
    if (relay) return relay;
    return errorForStatus(e.status, providerMessage(e), model, parseRetryAfter(e.headers), e, isDeepSeek(settings) ? 'deepseek' : settings.provider);
  }
  if (e instanceof APIError && !(e instanceof APIConnectionError)) {
    // An `error` object inside the SSE stream: the provider failed mid-answer.
    return serverError(providerMessage(e), 500, e);
  }
  const cause = e instanceof APIConnectionError && e.cause ? e.cause : e;
  if (isBrowser() && cause instanceof TypeError) return browserFailure(settings, e);
  const detail = describeCause(cause);
  if (isRelay(settings)) return relayDown(settings, e);
  return networkError(hostOf(normalizeBaseURL(settings.baseURL)), detail, e);
}

/** DeepSeek itself: its preset, or its host under another preset (Custom pointing at api.deepseek.com). */
export function isDeepSeek(settings: LlmSettings): boolean {
  return settings.provider === 'deepseek' || /(^|\.)deepseek\.com$/i.test(hostOf(normalizeBaseURL(settings.baseURL)).replace(/:\d+$/, ''));
}

function describeCause(c: unknown): string {
  if (!(c instanceof Error)) return String(c ?? '');
  const inner = (c as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? String((inner as { code: unknown }).code) : '';
  return code || c.message;
}
