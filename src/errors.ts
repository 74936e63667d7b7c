import type { MessageKey, MessageParams } from './locales';

/**
 * The root of every user-facing error: a message key (looked up in src/locales) and its parameters, so
 * the pane and the CLI show the same sentence in zh-CN or en-US. Code branches on a few subclasses (here:
 * invalid input; in src/llm/errors.ts: not configured, auth, balance, rate limit, invalid output, and
 * the cancel); every other failure is an AppError made by a factory in its area's one errors file.
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

/** What the user gave (a file, a text, a path) cannot be worked on as it is: nothing was changed. */
export class InvalidInputError extends AppError {}

/** Input the user gave is empty or has no usable structure. */
export class EmptyInputError extends InvalidInputError {
  constructor(key: MessageKey = 'error.emptyInput', params: MessageParams = {}) {
    super(key, params);
  }
}

const mb = (bytes: number, digits: number) => (bytes / 1e6).toFixed(digits);

/** Input is larger than a feature accepts. */
export class InputTooLargeError extends InvalidInputError {
  constructor(sizeBytes: number, limitBytes: number) {
    super('files.error.tooLarge', { size: mb(sizeBytes, 1), limit: mb(limitBytes, 0) });
  }
}

// Generic file errors, for every reader and writer (the CLI's paths, the pane's pickers): `files.error.*`.

/** No file at the path (or a folder on the way is missing). */
export const fileNotFound = (path: string) => new InvalidInputError('files.error.notFound', { path });
/** The path names a folder where a file was expected. */
export const notAFile = (path: string) => new InvalidInputError('files.error.notAFile', { path });
/** A device, a named pipe or a socket where a file was expected. */
export const notRegularFile = (path: string) => new InvalidInputError('files.error.notRegular', { path });
/** The system refused the read; `reason` is its code (EACCES…) or message. */
export const cannotRead = (path: string, reason: string) => new InvalidInputError('files.error.cannotRead', { path, reason });
/** The file holds nothing to work on. */
export const emptyFile = (path: string) => new EmptyInputError('files.error.empty', { path });
/** A .docx that mammoth or the zip reader cannot open. */
export const unreadableDocx = (path: string) => new InvalidInputError('files.error.badDocx', { path });
/** The output's folder does not exist: nothing was written. */
export const noSuchFolder = (path: string, dir: string) => new AppError('files.error.noFolder', { path, dir });
/** An output (or a file written beside it, `side`) would replace one of the run's inputs. */
export const outputIsInput = (output: string, input: string, side?: string) =>
  new InvalidInputError(side ? 'files.error.sideIsInput' : 'files.error.outputIsInput', side ? { output, input, main: side } : { output, input });

/**
 * True when `e` is an AppError with one of these keys. A failure that is not one of the few classes code
 * branches on is an AppError (or InvalidInputError) made by a factory in its area's errors file, and is
 * told apart by its key: `isFailure(e, 'diagram.error.modelOutput')`. Keys are typed, so a misspelt or
 * removed key is a type error here too.
 */
export function isFailure(e: unknown, ...keys: readonly MessageKey[]): e is AppError {
  return e instanceof AppError && keys.includes(e.key);
}

/** A cancel is not a failure: callers swallow it and leave everything as it was. */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'APIUserAbortError' || e.name === 'CancelledError');
}
