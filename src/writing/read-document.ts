import { InputTooLargeError } from '../errors';
import { readInputAsMarkdown, MAX_DOCUMENT_BYTES } from './read-input';
import { readPdf } from '../pdf/read-pdf';
import type { LoadPdfjs } from '../pdf/pdfjs-types';
import { readScan, type OcrAccess } from '../ocr/read-scan';

/** PDFs and scans may be larger than text documents: DeepSeek's OCR takes files up to 100 MiB. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export const IMAGE_EXTS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.bmp', '.tif', '.tiff'] as const;

export function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

export function isImageName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMAGE_EXTS.some((e) => lower.endsWith(e));
}

/** The size limit for a file of this name. */
export function maxBytesFor(name: string): number {
  return isPdfName(name) || isImageName(name) ? MAX_PDF_BYTES : MAX_DOCUMENT_BYTES;
}

export interface ReadDocumentOptions {
  /** Needed for PDFs: pdf.js is loaded only when one is read (Node: legacy build; pane: with its worker). */
  loadPdfjs?: LoadPdfjs;
  /** How to read a scan; without it a scan is refused with a sentence saying how to agree to OCR. */
  ocr?: OcrAccess;
  password?: string;
  signal?: AbortSignal;
  onProgress?: (page: number, pages: number) => void;
}

export interface ReadDocumentResult {
  markdown: string;
  /** How the text was obtained. */
  via: 'text' | 'pdf' | 'ocr';
  pages?: number;
}

/**
 * Any document a user has → Markdown: .md/.txt/.docx as before; a text PDF read locally (headings from
 * font sizes); a scanned PDF or an image through OCR, only after the user agreed (or from the cache).
 */
export async function readDocument(name: string, bytes: Uint8Array, o: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const limit = maxBytesFor(name);
  if (bytes.byteLength > limit) throw new InputTooLargeError(bytes.byteLength, limit);
  if (isImageName(name)) return { markdown: await readScan(name, bytes, 1, o.ocr, o.signal), via: 'ocr', pages: 1 };
  if (!isPdfName(name)) return { markdown: await readInputAsMarkdown(name, bytes), via: 'text' };
  if (!o.loadPdfjs) throw new Error('readDocument: a PDF needs loadPdfjs');
  const pdf = await readPdf(name, bytes, { loadPdfjs: o.loadPdfjs, password: o.password, signal: o.signal, onProgress: o.onProgress });
  if (!pdf.scanned) return { markdown: pdf.markdown, via: 'pdf', pages: pdf.pages };
  return { markdown: await readScan(name, bytes, pdf.pages, o.ocr, o.signal), via: 'ocr', pages: pdf.pages };
}
