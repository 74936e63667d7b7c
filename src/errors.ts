import type { MessageKey, MessageParams } from './locales';

/**
 * The root of every user-facing error. Each failure kind is its own subclass carrying a message key
 * (looked up in src/locales) so the pane and the CLI show the same sentence in zh-CN or en-US.
 */
export class AppError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  constructor(key: MessageKey, params: MessageParams = {}, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? key, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.key = key;
    this.params = params;
  }
  static isInstance(e: unknown): e is AppError {
    return e instanceof AppError;
  }
}

/** Input the user gave is empty or has no usable structure. */
export class EmptyInputError extends AppError {
  constructor(key: MessageKey = 'error.emptyInput', params: MessageParams = {}) {
    super(key, params);
  }
}

/** Input is larger than a feature accepts. */
export class InputTooLargeError extends AppError {
  constructor(sizeBytes: number, limitBytes: number) {
    super('error.fileTooLarge', { size: (sizeBytes / 1e6).toFixed(1), limit: (limitBytes / 1e6).toFixed(0) });
  }
}

/** A cancel is not a failure: callers swallow it and leave everything as it was. */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'APIUserAbortError' || e.name === 'CancelledError');
}
