import type { MessageKey, MessageParams } from '../../locales';
import { LlmError } from './llm-error';

/**
 * Browser only: the server answered but did not allow this page's origin, so the browser hid the
 * response. `fixKey` names the sentence that says which provider setting or server flag fixes it, or
 * how to start the local relay, which calls the provider for the pane.
 */
export class CorsError extends LlmError {
  readonly fixKey: MessageKey;
  /** `extra` fills the fix sentence (e.g. `relayCommand`, the command that starts the local relay). */
  constructor(host: string, origin: string, fixKey: MessageKey, cause?: unknown, extra: MessageParams = {}) {
    super('llm.error.cors', { ...extra, host, origin }, { retryable: false, cause });
    this.fixKey = fixKey;
  }
  static override isInstance(e: unknown): e is CorsError {
    return e instanceof CorsError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof CorsError && e.retryable;
  }
}
