import { AppError } from '../errors';

/** A PDF that needs a password to open. */
export class PdfEncryptedError extends AppError {
  constructor(name: string, wrongPassword = false) {
    super(wrongPassword ? 'pdf.error.wrongPassword' : 'pdf.error.encrypted', { name });
  }
}

/** Bytes that pdf.js cannot read as a PDF (damaged, or not a PDF at all). */
export class PdfUnreadableError extends AppError {
  constructor(name: string, detail: string) {
    super('pdf.error.unreadable', { name, detail });
  }
}

/**
 * A scan (a PDF without a text layer, or an image): reading it needs OCR, which is sent to DeepSeek and
 * billed per page. Thrown when the caller has no way to ask the user, so nothing was sent.
 */
export class NeedsOcrError extends AppError {
  readonly pages: number;
  constructor(name: string, pages: number, price: string) {
    super('pdf.error.needsOcr', { name, pages, price });
    this.pages = pages;
  }
}

/** The user said no to OCR: nothing was uploaded. */
export class OcrDeclinedError extends AppError {
  constructor(name: string) {
    super('pdf.error.ocrDeclined', { name });
  }
}
