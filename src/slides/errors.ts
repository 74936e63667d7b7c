import { AppError } from '../errors';

/** A step that needs a model was asked for with no provider configured. */
export class NeedsProviderError extends AppError {
  constructor(key: 'needsProvider' | 'slides.cli.needsProvider' = 'needsProvider') {
    super(key);
  }
}

/** The CLI got an input it cannot read as an outline or a document. */
export class UnsupportedSlidesInputError extends AppError {
  constructor(ext: string) {
    super('slides.error.unsupportedInput', { ext });
  }
}

/** PowerPoint refused the inserted slides (or the host has no insert API): the user can download instead. */
export class SlideInsertError extends AppError {
  constructor(reason: string) {
    super('slides.error.insertFailed', { reason });
  }
}

export class InsertUnsupportedError extends AppError {
  constructor() {
    super('slides.error.insertUnsupported');
  }
}

/**
 * The model answered, but not with an outline: a refusal ("抱歉，我无法回答这个问题。"), an apology or
 * nothing at all. Said as such, instead of the parser's "add headings" advice meant for the user's own text.
 */
export class NoOutlineError extends AppError {
  constructor(answer: string) {
    const text = answer.replace(/\s+/g, ' ').trim();
    super(text ? 'slides.error.noOutline' : 'slides.error.emptyAnswer', { answer: text.length > 160 ? `${text.slice(0, 160)}…` : text });
  }
}

/** The stream stopped before the outline was finished; what arrived is not used. */
export class OutlineCutError extends AppError {
  constructor(chars: number, cause?: unknown) {
    super('slides.error.cut', { chars }, { cause });
  }
}
