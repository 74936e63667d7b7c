import { LlmError } from './llm-error';

/** generateObject: the answer was not the JSON asked for, even after one repair request. */
export class InvalidOutputError extends LlmError {
  readonly rawText: string;
  constructor(detail: string, rawText: string) {
    super('llm.error.invalidOutput', { detail: detail.slice(0, 300) }, { retryable: false });
    this.rawText = rawText;
  }
  static override isInstance(e: unknown): e is InvalidOutputError {
    return e instanceof InvalidOutputError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof InvalidOutputError && e.retryable;
  }
}
