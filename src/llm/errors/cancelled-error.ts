import { AppError } from '../../errors';

/**
 * Thrown by promise-returning calls (completeChat, generateObject, mapReduce) when the caller's
 * AbortSignal fired. Its name makes `isAbortError` true, so panes and the CLI treat it as a cancel
 * (nothing shown, nothing changed), never as a failure.
 */
export class CancelledError extends AppError {
  constructor() {
    super('status.cancelled');
  }
  static override isInstance(e: unknown): e is CancelledError {
    return e instanceof CancelledError;
  }
  static isRetryable(_e: unknown): boolean {
    return false;
  }
}
