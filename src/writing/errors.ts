import { AppError, InvalidInputError } from '../errors';

// The writing features' failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** A template name the CLI or a saved form does not know. */
export const unknownTemplate = (name: string, list: string) => new InvalidInputError('word.error.unknownTemplate', { name, list });
/** An output file type a command cannot write. */
export const unsupportedOutput = (ext: string, allowed: string) => new InvalidInputError('word.error.outputType', { ext, allowed });
/** An input file type the readers do not handle. */
export const unsupportedInput = (ext: string) => new InvalidInputError('word.error.inputType', { ext });
/** The Word host lacks a requirement set a step needs. */
export const requirementMissing = (set: string, version: string) => new AppError('word.error.requirement', { set, version });
/** A step that works on the selection found none. */
export const noSelection = () => new InvalidInputError('word.error.noSelection');
/** `dsplus minutes --json` with -o naming another kind of file: which one was meant is unclear. */
export const jsonWithOutput = (path: string, ext: string) => new InvalidInputError('word.error.jsonWithOutput', { path, ext });
