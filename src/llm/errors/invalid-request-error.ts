import { LlmError } from './llm-error';

/** 400/422: the provider rejected the request; its own message says which parameter. */
export class InvalidRequestError extends LlmError {
  constructor(detail = '', status = 400, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.invalidRequest', { detail }, { retryable: false, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is InvalidRequestError {
    return e instanceof InvalidRequestError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof InvalidRequestError && e.retryable;
  }
}
