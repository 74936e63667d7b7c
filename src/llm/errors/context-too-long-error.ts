import { LlmError } from './llm-error';

/** Raised before sending: the estimated prompt plus the answer budget exceeds the model's window. */
export class ContextTooLongError extends LlmError {
  readonly estimatedTokens: number;
  readonly limitTokens: number;
  constructor(estimatedTokens: number, limitTokens: number, model: string) {
    super('llm.error.contextTooLong', { estimated: estimatedTokens, limit: limitTokens, model }, { retryable: false });
    this.estimatedTokens = estimatedTokens;
    this.limitTokens = limitTokens;
  }
  static override isInstance(e: unknown): e is ContextTooLongError {
    return e instanceof ContextTooLongError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof ContextTooLongError && e.retryable;
  }
}
