import { EmptyInputError } from '../errors';
import { deepseekOcr } from '../tools/ocr-api';
import type { ToolEndpoint } from '../tools/endpoint';
import { needsOcr, ocrDeclined } from '../pdf/errors';
import { fileHash, type OcrCache } from './ocr-cache';
import { ocrQuote, type OcrQuote } from './ocr-quote';

/** How a caller lets a scan be read: ask the user (with the quote), then DeepSeek OCR, remembered per file. */
export interface OcrAccess {
  /** Where OCR goes; asked for only when a file is actually sent (the CLI resolves its key then). */
  endpoint: () => ToolEndpoint;
  /**
   * Shown the page count and price before anything is uploaded; false leaves everything as it was.
   * Absent when there is no one to ask (a script): then `needsOcr` says how to agree.
   */
  consent?: (q: OcrQuote) => Promise<boolean>;
  cache?: OcrCache;
}

/**
 * A scanned PDF or an image → text. A file read before comes from the cache (nothing sent, nothing paid);
 * otherwise the user is asked first, and only a yes uploads it. Without `access` (no way to ask), the
 * answer is `needsOcr`, which says how to agree.
 */
export async function readScan(name: string, bytes: Uint8Array, pages: number, access: OcrAccess | undefined, signal?: AbortSignal): Promise<string> {
  const hash = await fileHash(bytes);
  const cached = await access?.cache?.get(hash).catch(() => undefined);
  if (cached) return cached;
  const quote = ocrQuote(name, pages);
  if (!access?.consent) throw needsOcr(name, pages, quote.price);
  if (!(await access.consent(quote))) throw ocrDeclined(name);
  signal?.throwIfAborted();
  const r = await deepseekOcr(access.endpoint(), { name, bytes }, { signal });
  if (!r.text.trim()) throw new EmptyInputError('pdf.error.ocrEmpty', { name });
  await access.cache?.set(hash, r.text).catch(() => undefined);
  return r.text;
}
