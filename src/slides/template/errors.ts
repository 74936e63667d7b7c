import { AppError } from '../../errors';

/** The file is not a zip, or a part the reader needs is missing or is not XML. */
export class TemplateUnreadableError extends AppError {
  constructor(file: string, part?: string) {
    super(part ? 'slides.template.error.badPart' : 'slides.template.error.unreadable', part ? { file, part } : { file });
  }
}

/** A zip, but not a presentation (a .docx, an .xlsx, an .xmind…). */
export class NotATemplateError extends AppError {
  constructor(file: string) {
    super('slides.template.error.notPresentation', { file });
  }
}

/** A presentation with no slide layout we could put a slide on. */
export class TemplateWithoutLayoutsError extends AppError {
  constructor(file: string) {
    super('slides.template.error.noLayouts', { file });
  }
}

/** A template that would unpack to more than we accept, or holds too many parts (a zip bomb, or far beyond a template). */
export class TemplateTooLargeError extends AppError {
  constructor(file: string, what: 'bytes' | 'entries', value: number, limit: number) {
    super(
      what === 'bytes' ? 'slides.template.error.tooLarge' : 'slides.template.error.tooManyParts',
      what === 'bytes' ? { file, size: (value / 1e6).toFixed(0), limit: (limit / 1e6).toFixed(0) } : { file, count: value, limit },
    );
  }
}

/** A --layout kind=Name (or the pane's choice) names a kind or a layout the template does not have. */
export class UnknownLayoutError extends AppError {
  constructor(name: string, list: string) {
    super('slides.template.error.unknownLayout', { name, list });
  }
}

export class UnknownSlideKindError extends AppError {
  constructor(kind: string, list: string) {
    super('slides.template.error.unknownKind', { kind, list });
  }
}
