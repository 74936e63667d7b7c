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
