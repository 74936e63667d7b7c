import { LlmError } from './llm-error';

/** 503: the provider is overloaded right now. */
export class ServerBusyError extends LlmError {
  constructor(detail = '', status = 503, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.busy', { detail }, { retryable: true, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is ServerBusyError {
    return e instanceof ServerBusyError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof ServerBusyError && e.retryable;
  }
}
