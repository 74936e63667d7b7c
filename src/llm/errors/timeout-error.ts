import { LlmError } from './llm-error';

export type TimeoutPhase = 'connect' | 'idle';

/**
 * 'connect': no response headers within the connect timeout. 'idle': the stream went silent (not even a
 * `: keep-alive`) for longer than the idle timeout. Retryable only while nothing has been shown.
 */
export class TimeoutError extends LlmError {
  readonly phase: TimeoutPhase;
  constructor(phase: TimeoutPhase, seconds: number, cause?: unknown) {
    super(phase === 'connect' ? 'llm.error.timeoutConnect' : 'llm.error.timeoutIdle', { seconds }, { retryable: true, cause });
    this.phase = phase;
  }
  static override isInstance(e: unknown): e is TimeoutError {
    return e instanceof TimeoutError;
  }
  static override isRetryable(e: unknown): boolean {
    return e instanceof TimeoutError && e.retryable;
  }
}
