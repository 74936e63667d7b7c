import { AppError, InvalidInputError } from '../errors';

// Reading a PDF or a scan: one factory per failure; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** A PDF that needs a password to open (`wrongPassword`: one was given and it did not open it). */
export const pdfEncrypted = (name: string, wrongPassword = false) =>
  new InvalidInputError(wrongPassword ? 'pdf.error.wrongPassword' : 'pdf.error.encrypted', { name });
/** Bytes that pdf.js cannot read as a PDF (damaged, or not a PDF at all). */
export const pdfUnreadable = (name: string, detail: string) => new InvalidInputError('pdf.error.unreadable', { name, detail });
/**
 * A scan (a PDF without a text layer, or an image): reading it needs OCR, which is sent to DeepSeek and
 * billed per page. Thrown when the caller has no way to ask the user, so nothing was sent.
 */
export const needsOcr = (name: string, pages: number, price: string) => new AppError('pdf.error.needsOcr', { name, pages, price });
/** The user said no to OCR: nothing was uploaded. */
export const ocrDeclined = (name: string) => new AppError('pdf.error.ocrDeclined', { name });
