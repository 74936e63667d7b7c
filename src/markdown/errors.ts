import { InvalidInputError } from '../errors';

/** Lists or quotes nested deeper than any real document: refused by name instead of cut or overflowing. */
export const markdownTooDeep = (limit: number) => new InvalidInputError('markdown.error.tooDeep', { limit });
