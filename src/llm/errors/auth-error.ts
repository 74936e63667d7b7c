import { LlmError } from './llm-error';

/** 401/403: the key is wrong, expired or lacks access to this model. */
export class AuthError extends LlmError {
  constructor(detail = '', status = 401, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.auth', { detail }, { retryable: false, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is AuthError {
    return e instanceof AuthError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof AuthError && e.retryable;
  }
}
