import { AppError } from '../errors';
import type { MessageKey, MessageParams } from '../locales';

// Every failure of a model call, in one file. Code branches on a few of them by class (a bad key, no
// balance, a rate limit, no settings, a cancel, an answer that is not what was asked for); every other
// failure is an `LlmError` made by a factory below, told apart, where code needs to, by its `failure`.

/** What went wrong, for the code that branches on it (retry, fall back, say more). */
export type LlmFailure =
  | 'auth'
  | 'balance'
  | 'rateLimit'
  | 'notConfigured'
  | 'invalidOutput'
  | 'invalidRequest'
  | 'notFound'
  | 'busy'
  | 'server'
  | 'timeout'
  | 'network'
  | 'cors'
  | 'streamCut'
  | 'contextTooLong'
  | 'tooManyChunks'
  | 'relay';

export type TimeoutPhase = 'connect' | 'idle';

/**
 * A failure of the local relay itself, not of the provider behind it (whose errors pass through the
 * relay unchanged and map as usual):
 * - 'down': nothing answers at the relay URL — start `dsplus relay`, or open the pane from `npm start`;
 * - 'notConfigured': the relay has no usable provider settings (no key where it runs);
 * - 'token': the relay wants its token; 'refused': its origin, host or peer check said no;
 * - 'providerMismatch': the pane built the request for another provider than the relay reaches;
 * - 'upstream': the relay could not reach the provider (retryable, like a network error);
 * - 'tooLarge': the request is over the relay's size limit.
 */
export type RelayFailure = 'down' | 'notConfigured' | 'token' | 'refused' | 'providerMismatch' | 'upstream' | 'tooLarge';

interface LlmErrorInit {
  retryable: boolean;
  status?: number;
  /** Milliseconds the server asked us to wait (Retry-After), when it said. */
  retryAfterMs?: number;
  cause?: unknown;
  /** What arrived before a stream was cut, or the raw answer that was not the JSON asked for. */
  partialText?: string;
  partialReasoning?: string;
  /** A timeout's phase; a relay failure's kind. */
  phase?: TimeoutPhase;
  relay?: RelayFailure;
  /** The sentence that says which setting or command fixes a CORS block. */
  fixKey?: MessageKey;
}

/**
 * The root of every model-call failure. `retryable` says whether the same request may succeed if sent
 * again after a pause (rate limit, busy server, network blip); never for a bad key, no balance or a
 * bad request, where repeating only costs the user time.
 */
export class LlmError extends AppError {
  readonly failure: LlmFailure;
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly partialText: string;
  readonly partialReasoning: string;
  readonly phase: TimeoutPhase | undefined;
  readonly relay: RelayFailure | undefined;
  readonly fixKey: MessageKey | undefined;
  constructor(failure: LlmFailure, key: MessageKey, params: MessageParams, init: LlmErrorInit) {
    super(key, params, {
      cause: init.cause,
      message: `${key}${init.status ? ` (HTTP ${init.status})` : ''}${params.detail ? `: ${String(params.detail)}` : ''}`,
    });
    this.failure = failure;
    this.retryable = init.retryable;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.partialText = init.partialText ?? '';
    this.partialReasoning = init.partialReasoning ?? '';
    this.phase = init.phase;
    this.relay = init.relay;
    this.fixKey = init.fixKey;
  }
  static override isInstance(e: unknown): e is LlmError {
    return e instanceof LlmError;
  }
  static isRetryable(e: unknown): boolean {
    return e instanceof LlmError && e.retryable;
  }
}

/** True for a model-call failure of this kind (`isLlmFailure(e, 'timeout')`). */
export function isLlmFailure(e: unknown, failure: LlmFailure): e is LlmError {
  return e instanceof LlmError && e.failure === failure;
}

// ── The classes code branches on ─────────────────────────────────────────────────────────────────

/** 401/403: the key is wrong, expired or lacks access to this model. */
export class AuthError extends LlmError {
  constructor(detail = '', status = 401, cause?: unknown, retryAfterMs?: number) {
    super('auth', 'llm.error.auth', { detail }, { retryable: false, status, retryAfterMs, cause });
  }
}

/** 402: the account has run out of balance. Repeating cannot help. */
export class InsufficientBalanceError extends LlmError {
  constructor(detail = '', status = 402, cause?: unknown, retryAfterMs?: number) {
    super('balance', 'llm.error.balance', { detail }, { retryable: false, status, retryAfterMs, cause });
  }
}

/**
 * 429: too many requests or too much concurrency for this key. DeepSeek's 429 means the account is over
 * its concurrent-request limit (every request of the account counts, whichever key or program sent it),
 * so its sentence says that (`concurrency`).
 */
export class RateLimitError extends LlmError {
  constructor(detail = '', status = 429, cause?: unknown, retryAfterMs?: number, concurrency = false) {
    super('rateLimit', concurrency ? 'llm.error.rateLimit.concurrency' : 'llm.error.rateLimit', { detail }, { retryable: true, status, retryAfterMs, cause });
  }
}

/** No base URL, model or key: nothing was sent. */
export class NotConfiguredError extends LlmError {
  constructor(what: 'apiKey' | 'baseURL' | 'model') {
    super('notConfigured', `llm.error.notConfigured.${what}`, {}, { retryable: false });
  }
}

/** generateObject: the answer was not the JSON asked for, even after one repair request. */
export class InvalidOutputError extends LlmError {
  constructor(detail: string, rawText: string) {
    super('invalidOutput', 'llm.error.invalidOutput', { detail: detail.slice(0, 300) }, { retryable: false, partialText: rawText });
  }
  /** The answer as it arrived. */
  get rawText(): string {
    return this.partialText;
  }
}

/**
 * Thrown by promise-returning calls (completeChat, generateObject, mapReduce) when the caller's
 * AbortSignal fired. Its name makes `isAbortError` true, so panes and the CLI treat it as a cancel
 * (nothing shown, nothing changed), never as a failure.
 */
export class CancelledError extends AppError {
  constructor() {
    super('status.cancelled');
  }
  static override isInstance(e: unknown): e is CancelledError {
    return e instanceof CancelledError;
  }
  static isRetryable(_e: unknown): boolean {
    return false;
  }
}

// ── Every other failure: one factory each ────────────────────────────────────────────────────────

type HttpFailure = (detail?: string, status?: number, cause?: unknown, retryAfterMs?: number) => LlmError;

/** 400/422: the provider rejected the request; its own message says which parameter. */
export const invalidRequest: HttpFailure = (detail = '', status = 400, cause, retryAfterMs) =>
  new LlmError('invalidRequest', 'llm.error.invalidRequest', { detail }, { retryable: false, status, retryAfterMs, cause });

/** 404: the model or the endpoint does not exist at this base URL. */
export function modelNotFound(model = '', detail = '', status = 404, cause?: unknown, retryAfterMs?: number): LlmError {
  return new LlmError('notFound', 'llm.error.notFound', { model, detail }, { retryable: false, status, retryAfterMs, cause });
}

/** 503: the provider is overloaded right now. */
export const serverBusy: HttpFailure = (detail = '', status = 503, cause, retryAfterMs) =>
  new LlmError('busy', 'llm.error.busy', { detail }, { retryable: true, status, retryAfterMs, cause });

/** Any other 5xx (and 408/409): a fault on the provider's side. */
export const serverError: HttpFailure = (detail = '', status = 500, cause, retryAfterMs) =>
  new LlmError('server', 'llm.error.server', { status, detail }, { retryable: true, status, retryAfterMs, cause });

/**
 * 'connect': no response headers within the connect timeout. 'idle': the stream went silent (not even a
 * `: keep-alive`) for longer than the idle timeout. Retryable only while nothing has been shown.
 */
export function timeout(phase: TimeoutPhase, seconds: number, cause?: unknown): LlmError {
  return new LlmError('timeout', phase === 'connect' ? 'llm.error.timeoutConnect' : 'llm.error.timeoutIdle', { seconds }, { retryable: true, cause, phase });
}

/** The server could not be reached at all (DNS, refused, reset before any answer). */
export function networkError(host: string, detail = '', cause?: unknown): LlmError {
  return new LlmError('network', 'llm.error.network', { host, detail }, { retryable: true, cause });
}

/**
 * Browser only: the server answered but did not allow this page's origin, so the browser hid the
 * response. `fixKey` names the sentence that says which provider setting or server flag fixes it, or
 * how to start the local relay, which calls the provider for the pane; `extra` fills it (`relayCommand`).
 */
export function corsBlocked(host: string, origin: string, fixKey: MessageKey, cause?: unknown, extra: MessageParams = {}): LlmError {
  return new LlmError('cors', 'llm.error.cors', { ...extra, host, origin }, { retryable: false, cause, fixKey });
}

/**
 * The stream stopped before the model finished: the server had answered, then the connection dropped
 * while the answer was arriving. What arrived is kept in `partialText`. A cut before any text arrived
 * may be retried (nothing was shown); once text has been shown it may not.
 */
export function streamCut(partialText: string, partialReasoning = '', cause?: unknown, retryable = false): LlmError {
  return new LlmError('streamCut', 'llm.error.streamCut', { chars: partialText.length }, { retryable, cause, partialText, partialReasoning });
}

/** Raised before sending: the estimated prompt plus the answer budget exceeds the model's window. */
export function contextTooLong(estimatedTokens: number, limitTokens: number, model: string): LlmError {
  return new LlmError('contextTooLong', 'llm.error.contextTooLong', { estimated: estimatedTokens, limit: limitTokens, model }, { retryable: false });
}

/**
 * Raised before sending: condensing the text would take more requests than a user would agree to pay
 * for without being asked (a near-10 MB document is hundreds of requests). Nothing has been sent.
 */
export function tooManyChunks(chunks: number, limit: number, estimatedTokens: number): LlmError {
  return new LlmError('tooManyChunks', 'llm.error.tooManyChunks', { chunks, limit, estimated: estimatedTokens }, { retryable: false });
}

/** A failure of the local relay itself (see `RelayFailure`); only 'upstream' may be retried. */
export function relayFailure(failure: RelayFailure, params: MessageParams, init: { status?: number; cause?: unknown } = {}): LlmError {
  return new LlmError('relay', `llm.error.relay.${failure}`, params, {
    retryable: failure === 'upstream',
    status: init.status,
    cause: init.cause,
    relay: failure,
  });
}
