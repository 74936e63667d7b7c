import { LlmError } from './llm-error';

/**
 * The stream stopped before the model finished (connection dropped, or went silent after it had
 * started answering). What arrived is kept in `partialText`; it is incomplete and says so.
 */
export class StreamCutError extends LlmError {
  readonly partialText: string;
  readonly partialReasoning: string;
  constructor(partialText: string, partialReasoning = '', cause?: unknown) {
    super('llm.error.streamCut', { chars: partialText.length }, { retryable: false, cause });
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
