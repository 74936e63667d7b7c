import { LlmError } from './llm-error';

/** Any other 5xx (and 408/409): a fault on the provider's side. */
export class ServerError extends LlmError {
  constructor(detail = '', status = 500, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.server', { status, detail }, { retryable: true, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is ServerError {
    return e instanceof ServerError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof ServerError && e.retryable;
  }
}
