import { LlmError } from './llm-error';

/**
 * Raised before sending: condensing the text would take more requests than a user would agree to pay
 * for without being asked (a near-10 MB document is hundreds of requests). Nothing has been sent.
 */
export class TooManyChunksError extends LlmError {
  readonly chunks: number;
  readonly limit: number;
  constructor(chunks: number, limit: number, estimatedTokens: number) {
    super('llm.error.tooManyChunks', { chunks, limit, estimated: estimatedTokens }, { retryable: false });
    this.chunks = chunks;
    this.limit = limit;
  }
  static override isInstance(e: unknown): e is TooManyChunksError {
    return e instanceof TooManyChunksError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof TooManyChunksError && e.retryable;
  }
}
