import { LlmError } from './llm-error';

/** 429: too many requests or too much concurrency for this key. */
export class RateLimitError extends LlmError {
  constructor(detail = '', status = 429, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.rateLimit', { detail }, { retryable: true, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is RateLimitError {
    return e instanceof RateLimitError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof RateLimitError && e.retryable;
  }
}
