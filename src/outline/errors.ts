import { AppError } from '../errors';

/** The text has no headings and no lists, or nothing at all: there is no outline to render. */
export class OutlineStructureError extends AppError {
  constructor(key: 'outline.error.empty' | 'outline.error.noStructure') {
    super(key);
  }
}
