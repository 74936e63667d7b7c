import { InvalidInputError } from '../../errors';

// A template's failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** The file is not a zip, or a part the reader needs (`part`) is missing or is not XML. */
export const templateUnreadable = (file: string, part?: string) =>
  new InvalidInputError(part ? 'slides.template.error.badPart' : 'slides.template.error.unreadable', part ? { file, part } : { file });
/** A zip, but not a presentation (a .docx, an .xlsx, an .xmind…). */
export const notATemplate = (file: string) => new InvalidInputError('slides.template.error.notPresentation', { file });
/** A presentation with no slide layout we could put a slide on. */
export const templateWithoutLayouts = (file: string) => new InvalidInputError('slides.template.error.noLayouts', { file });
/** Unpacks to more bytes than we accept (a zip bomb, or far beyond a template). */
export const templateTooLarge = (file: string, bytes: number, limit: number) =>
  new InvalidInputError('slides.template.error.tooLarge', { file, size: (bytes / 1e6).toFixed(0), limit: (limit / 1e6).toFixed(0) });
/** Holds more parts than any template. */
export const templateTooManyParts = (file: string, count: number, limit: number) =>
  new InvalidInputError('slides.template.error.tooManyParts', { file, count, limit });
/** A --layout kind=Name (or the pane's choice) names a layout the template does not have. */
export const unknownLayout = (name: string, list: string) => new InvalidInputError('slides.template.error.unknownLayout', { name, list });
/** A --layout kind=Name names a slide kind we do not have. */
export const unknownSlideKind = (kind: string, list: string) => new InvalidInputError('slides.template.error.unknownKind', { kind, list });
