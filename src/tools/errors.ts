import { AppError, InvalidInputError } from '../errors';

// DeepSeek's Search, Fetch and OCR endpoints: one factory per failure of their own (the chat layer's
// typed errors cover a bad key, no balance, 429 …); code and tests tell them apart by key.

/** A link the Fetch API does not take: not http(s), over 8,192 characters, or with credentials in it. */
export const badLink = (url: string) => new InvalidInputError('tools.error.badLink', { url: url.length > 80 ? `${url.slice(0, 80)}…` : url });
/** A server without DeepSeek's tool endpoints (a 404 on /v1/tools/…). */
export const toolsUnavailable = (host: string, tool: string) => new AppError('tools.error.unavailable', { host, tool });
/** The browser could not read the answer: a CORS block or no network (the browser does not say which). */
export const toolsBlocked = (host: string) => new AppError('tools.error.blocked', { host });
/** An answer that is not the JSON the endpoint documents. */
export const toolsBadAnswer = (host: string, tool: string, detail: string) => new AppError('tools.error.badAnswer', { host, tool, detail });
/** OCR refused the upload as too large (413) or with too many pages. */
export const ocrTooLarge = (detail: string) => new InvalidInputError('tools.error.tooLarge', { detail });
/** The upload to OCR was too slow (408). */
export const ocrUploadTimeout = () => new AppError('tools.error.uploadTimeout');
