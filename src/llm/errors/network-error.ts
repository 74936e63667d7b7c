import { LlmError } from './llm-error';

/** The server could not be reached at all (DNS, refused, reset before any answer). */
export class NetworkError extends LlmError {
  constructor(host: string, detail = '', cause?: unknown) {
    super('llm.error.network', { host, detail }, { retryable: true, cause });
  }
  static override isInstance(e: unknown): e is NetworkError {
    return e instanceof NetworkError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof NetworkError && e.retryable;
  }
}
