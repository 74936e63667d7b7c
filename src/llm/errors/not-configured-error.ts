import { LlmError } from './llm-error';

/** No base URL, model or key: nothing was sent. */
export class NotConfiguredError extends LlmError {
  constructor(what: 'apiKey' | 'baseURL' | 'model') {
    super(`llm.error.notConfigured.${what}`, {}, { retryable: false });
  }
  static override isInstance(e: unknown): e is NotConfiguredError {
    return e instanceof NotConfiguredError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof NotConfiguredError && e.retryable;
  }
}
