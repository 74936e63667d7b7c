import { AppError } from '../../errors';
import type { MessageKey, MessageParams } from '../../locales';

/**
 * The root of every model-call failure. `retryable` says whether the same request may succeed if sent
 * again after a pause (rate limit, busy server, network blip); never for a bad key, no balance or a
 * bad request, where repeating only costs the user time.
 */
export class LlmError extends AppError {
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** Seconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(key: MessageKey, params: MessageParams, init: { retryable: boolean; status?: number; retryAfterMs?: number; cause?: unknown }) {
    super(key, params, {
      cause: init.cause,
      message: `${key}${init.status ? ` (HTTP ${init.status})` : ''}${params.detail ? `: ${String(params.detail)}` : ''}`,
    });
    this.retryable = init.retryable;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
  }
  static override isInstance(e: unknown): e is LlmError {
    return e instanceof LlmError;
  }
  static isRetryable(e: unknown): boolean {
    return e instanceof LlmError && e.retryable;
  }
}
