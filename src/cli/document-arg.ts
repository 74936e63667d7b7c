import { createInterface } from 'node:readline/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../errors';
import type { LlmSettings } from '../llm/settings';
import { translate } from '../locales';
import { readDocument, maxBytesFor, isImageName } from '../writing/read-document';
import { loadPdfjsNode } from '../pdf/pdfjs-node';
import { toolEndpointFor } from '../tools/endpoint';
import type { OcrQuote } from '../ocr/ocr-quote';
import type { OcrAccess } from '../ocr/read-scan';
import { htmlToMarkdown } from '../web/html-to-markdown';
import { fetchUrl } from './fetch-url';
import { fileOcrCache } from './ocr-cache-dir';
import { asInputError, inputLabel, readInputBytes } from './io';
import { cliLocale } from './report-error';

/** Flags of every command that reads a document: scans, passwords, links to this machine. */
export interface DocumentFlags {
  ocr?: boolean;
  pdfPassword?: string;
  allowPrivate?: boolean;
}

/** What the document commands read: text, Word, PDF, images (by OCR), or `-` for stdin. */
export const DOCUMENT_ARG_EXTS = ['.txt', '.md', '.markdown', '.docx', '.pdf', '', ...['.png', '.jpg', '.jpeg', '.webp', '.gif', '.bmp', '.tif', '.tiff']];

export function isUrlArg(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && !/^[a-z]:[\\/]/i.test(arg);
}

/** Asks on the terminal; a script (no terminal) gets no question and so a sentence saying how to agree. */
function terminalConsent(): ((q: OcrQuote) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  return async (q) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      const answer = await rl.question(translate(cliLocale(), 'pdf.ocr.prompt.cli', { name: q.name, pages: q.pages, price: q.price }));
      return /^(y|yes|是|好)$/i.test(answer.trim());
    } finally {
      rl.close();
    }
  };
}

/** OCR for the CLI: `--ocr` agrees in advance, a terminal is asked, a script is told; results cached under ~/.cache/dsplus. */
export function cliOcrAccess(flags: DocumentFlags, settings: () => LlmSettings): OcrAccess {
  return {
    endpoint: () => toolEndpointFor(settings()),
    consent: flags.ocr ? async () => true : terminalConsent(),
    cache: fileOcrCache(),
  };
}

/**
 * A document argument → Markdown: a path (.txt/.md/.docx/.pdf/an image), `-` for stdin, or an http(s)
 * link, which is fetched directly (size limit, timeout, no private addresses without --allow-private).
 */
export async function readDocumentSource(arg: string, flags: DocumentFlags, settings: () => LlmSettings): Promise<string> {
  if (isUrlArg(arg)) return readUrlArg(arg, flags, settings);
  const name = arg === '-' ? 'stdin.txt' : basename(arg);
  const ext = extname(arg).toLowerCase();
  if (arg !== '-' && !DOCUMENT_ARG_EXTS.includes(ext)) throw new AppError('doc.error.inputType', { ext });
  const bytes = await readInputBytes(arg, maxBytesFor(name));
  try {
    const r = await readDocument(name, bytes, { loadPdfjs: loadPdfjsNode, ocr: cliOcrAccess(flags, settings), password: flags.pdfPassword });
    return r.markdown;
  } catch (e) {
    throw asInputError(inputLabel(arg), e);
  }
}

async function readUrlArg(url: string, flags: DocumentFlags, settings: () => LlmSettings): Promise<string> {
  const page = await fetchUrl(url, { allowPrivate: flags.allowPrivate });
  const type = page.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const name = basename(new URL(page.url).pathname) || 'page';
  let markdown: string;
  if (type === 'application/pdf' || (/\.pdf$/i.test(name) && (type === '' || type === 'application/octet-stream'))) {
    markdown = (
      await readDocument(/\.pdf$/i.test(name) ? name : `${name}.pdf`, page.bytes, {
        loadPdfjs: loadPdfjsNode,
        ocr: cliOcrAccess(flags, settings),
        password: flags.pdfPassword,
      })
    ).markdown;
  } else if (type.startsWith('image/') && isImageName(name)) {
    markdown = (await readDocument(name, page.bytes, { ocr: cliOcrAccess(flags, settings) })).markdown;
  } else if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') {
    const html = new TextDecoder().decode(page.bytes);
    const r = await htmlToMarkdown(html);
    markdown = r.title && !r.markdown.startsWith('# ') ? `# ${r.title}\n\n${r.markdown}` : r.markdown;
  } else if (type.startsWith('text/')) {
    markdown = new TextDecoder().decode(page.bytes);
  } else {
    throw new AppError('url.error.type', { url: page.url, type });
  }
  if (!markdown.trim()) throw new AppError('url.error.empty', { url: page.url });
  return markdown;
}
