import { InvalidInputError } from '../errors';

/** The text has no headings and no lists (`noStructure`), or nothing at all (`empty`): there is no outline to render. */
export const noOutline = (why: 'empty' | 'noStructure') => new InvalidInputError(`outline.error.${why}`);
