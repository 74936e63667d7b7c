import { LlmError } from './llm-error';

/** 404: the model or the endpoint does not exist at this base URL. */
export class ModelNotFoundError extends LlmError {
  constructor(model = '', detail = '', status = 404, cause?: unknown, retryAfterMs?: number) {
    super('llm.error.notFound', { model, detail }, { retryable: false, status, retryAfterMs, cause });
  }
  static override isInstance(e: unknown): e is ModelNotFoundError {
    return e instanceof ModelNotFoundError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof ModelNotFoundError && e.retryable;
  }
}
