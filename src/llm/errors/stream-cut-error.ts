import { LlmError } from './llm-error';

/**
 * The stream stopped before the model finished: the server had answered, then the connection dropped
 * while the answer was arriving. What arrived is kept in `partialText`. A cut before any text arrived
 * may be retried (nothing was shown); once text has been shown it may not.
 */
export class StreamCutError extends LlmError {
  readonly partialText: string;
  readonly partialReasoning: string;
  constructor(partialText: string, partialReasoning = '', cause?: unknown, retryable = false) {
    super('llm.error.streamCut', { chars: partialText.length }, { retryable, cause });
    this.partialText = partialText;
    this.partialReasoning = partialReasoning;
  }
  static override isInstance(e: unknown): e is StreamCutError {
    return e instanceof StreamCutError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof StreamCutError && e.retryable;
  }
}
