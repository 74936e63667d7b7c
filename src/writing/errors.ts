import { AppError } from '../errors';

/** A template name the CLI or a saved form does not know. */
export class UnknownTemplateError extends AppError {
  constructor(name: string, list: string) {
    super('word.error.unknownTemplate', { name, list });
  }
}

/** An output file type a command cannot write. */
export class UnsupportedOutputError extends AppError {
  constructor(ext: string, allowed: string) {
    super('word.error.outputType', { ext, allowed });
  }
}

/** An input file type the readers do not handle. */
export class UnsupportedInputError extends AppError {
  constructor(ext: string) {
    super('word.error.inputType', { ext });
  }
}

/** The Word host lacks a requirement set a step needs. */
export class RequirementSetError extends AppError {
  constructor(set: string, version: string) {
    super('word.error.requirement', { set, version });
  }
}

/** A step that works on the selection found none. */
export class NoSelectionError extends AppError {
  constructor() {
    super('word.error.noSelection');
  }
}
