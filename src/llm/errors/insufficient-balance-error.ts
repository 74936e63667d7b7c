import { LlmError } from './llm-error';

/** 402: the account has run out of balance. Repeating cannot help. */
export class InsufficientBalanceError extends LlmError {
  constructor(detail = '', status = 402, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.balance', { detail }, { retryable: false, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is InsufficientBalanceError {
    return e instanceof InsufficientBalanceError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof InsufficientBalanceError && e.retryable;
  }
}
