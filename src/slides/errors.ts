import { AppError, InvalidInputError } from '../errors';

// The slides' failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** `dsplus slides` was asked for a step that needs a model, with no provider configured. */
export const needsProvider = () => new AppError('slides.cli.needsProvider');
/** The CLI got an input it cannot read as an outline or a document. */
export const unsupportedSlidesInput = (ext: string) => new InvalidInputError('slides.error.unsupportedInput', { ext });
/** PowerPoint refused the inserted slides: the user can download instead. */
export const slideInsertFailed = (reason: string) => new AppError('slides.error.insertFailed', { reason });
/** The host has no API to insert slides. */
export const slideInsertUnsupported = () => new AppError('slides.error.insertUnsupported');
/** The stream stopped before the outline was finished; what arrived is not used. */
export const outlineCut = (chars: number, cause?: unknown) => new AppError('slides.error.cut', { chars }, { cause });

/**
 * The model answered, but not with an outline: a refusal ("抱歉，我无法回答这个问题。"), an apology or
 * nothing at all. Said as such, instead of the parser's "add headings" advice meant for the user's own text.
 */
export function noOutlineInAnswer(answer: string): AppError {
  const text = answer.replace(/\s+/g, ' ').trim();
  return new AppError(text ? 'slides.error.noOutline' : 'slides.error.emptyAnswer', { answer: text.length > 160 ? `${text.slice(0, 160)}…` : text });
}
