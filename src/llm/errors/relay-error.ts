import type { MessageParams } from '../../locales';
import { LlmError } from './llm-error';

/**
 * A failure of the local relay itself, not of the provider behind it (whose errors pass through the
 * relay unchanged and map as usual):
 * - 'down': nothing answers at the relay URL — start `dsplus relay`, or open the pane from `npm start`;
 * - 'notConfigured': the relay has no usable provider settings (no key where it runs);
 * - 'token': the relay wants its token; 'refused': its origin, host or peer check said no;
 * - 'providerMismatch': the pane built the request for another provider than the relay reaches;
 * - 'upstream': the relay could not reach the provider (retryable, like a network error);
 * - 'tooLarge': the request is over the relay's size limit.
 */
export type RelayFailure = 'down' | 'notConfigured' | 'token' | 'refused' | 'providerMismatch' | 'upstream' | 'tooLarge';

export class RelayError extends LlmError {
  readonly failure: RelayFailure;
  constructor(failure: RelayFailure, params: MessageParams, init: { status?: number; cause?: unknown } = {}) {
    super(`llm.error.relay.${failure}`, params, { retryable: failure === 'upstream', status: init.status, cause: init.cause });
    this.failure = failure;
  }
  static override isInstance(e: unknown): e is RelayError {
    return e instanceof RelayError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof RelayError && e.retryable;
  }
}
