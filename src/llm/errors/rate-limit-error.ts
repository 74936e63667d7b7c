import { LlmError } from './llm-error';

/**
 * 429: too many requests or too much concurrency for this key. DeepSeek's 429 means the account is over
 * its concurrent-request limit (every request of the account counts, whichever key or program sent it),
 * so its sentence says that (`concurrency`).
 */
export class RateLimitError extends LlmError {
  constructor(detail = '', status = 429, cause?: unknown, retryAfterMs?: number, concurrency = false) {
    super(concurrency ? 'llm.error.rateLimit.concurrency' : 'llm.error.rateLimit', { detail }, { retryable: true, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is RateLimitError {
    return e instanceof RateLimitError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof RateLimitError && e.retryable;
  }
}
