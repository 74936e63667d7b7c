import type { LoadPdfjs, PdfjsDocument, PdfjsTextItem } from './pdfjs-types';
import { groupLines, type PdfLine, type TextRun } from './lines';
import { linesToMarkdown } from './lines-to-markdown';
import { pdfEncrypted, pdfUnreadable } from './errors';

export interface PdfReadOptions {
  loadPdfjs: LoadPdfjs;
  password?: string;
  signal?: AbortSignal;
  onProgress?: (page: number, pages: number) => void;
}

export interface PdfText {
  markdown: string;
  pages: number;
  /** Characters of text found, spaces not counted. */
  chars: number;
  /** Too little text for its pages: a scan (or pictures of text) that only OCR can read. */
  scanned: boolean;
}

/** Below this many characters per page a PDF is taken for a scan: a few stray characters are not a text layer. */
const SCAN_CHARS_PER_PAGE = 10;

function isPdfjsText(it: unknown): it is PdfjsTextItem {
  return typeof it === 'object' && it !== null && 'str' in it && 'transform' in it;
}

/**
 * A text PDF read locally with pdf.js: runs joined into lines (CJK runs without spaces), headings guessed
 * from font sizes, paragraphs rebuilt. A password-protected PDF gives `pdf.error.encrypted`; a scan comes back
 * with `scanned: true` so the caller can offer OCR.
 */
export async function readPdf(name: string, bytes: Uint8Array, o: PdfReadOptions): Promise<PdfText> {
  const pdfjs = await o.loadPdfjs();
  let doc: PdfjsDocument;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({ data: bytes.slice(), password: o.password, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (e) {
    const err = e as { name?: string; code?: number; message?: string };
    if (err?.name === 'PasswordException') throw pdfEncrypted(name, err.code === 2);
    throw pdfUnreadable(name, err?.message ?? String(e));
  }
  try {
    const lines: PdfLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      o.signal?.throwIfAborted();
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = content.items.filter(isPdfjsText).map((it) => {
        const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
        return { str: it.str, x, y, size: Math.hypot(c, d), width: it.width };
      });
      lines.push(...groupLines(runs, n));
      page.cleanup();
      o.onProgress?.(n, doc.numPages);
    }
    const chars = lines.reduce((sum, l) => sum + l.text.replace(/\s/g, '').length, 0);
    const pages = doc.numPages;
    const scanned = chars < SCAN_CHARS_PER_PAGE * pages;
    return { markdown: scanned ? '' : linesToMarkdown(lines), pages, chars, scanned };
  } finally {
    await doc.destroy();
  }
}

/** The page count alone (for an OCR quote), without reading the text. */
export async function countPdfPages(name: string, bytes: Uint8Array, o: Pick<PdfReadOptions, 'loadPdfjs' | 'password'>): Promise<number> {
  const pdfjs = await o.loadPdfjs();
  try {
    const doc = await pdfjs.getDocument({ data: bytes.slice(), password: o.password, isEvalSupported: false, verbosity: 0 }).promise;
    const n = doc.numPages;
    await doc.destroy();
    return n;
  } catch (e) {
    const err = e as { name?: string; code?: number; message?: string };
    if (err?.name === 'PasswordException') throw pdfEncrypted(name, err.code === 2);
    throw pdfUnreadable(name, err?.message ?? String(e));
  }
}
