import { AppError } from '../errors';

/** Lists or quotes nested deeper than any real document: refused by name instead of cut or overflowing. */
export class MarkdownTooDeepError extends AppError {
  constructor(limit: number) {
    super('markdown.error.tooDeep', { limit });
  }
}
