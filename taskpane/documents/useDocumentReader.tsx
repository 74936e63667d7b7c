import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import { InputTooLargeError } from '../../src/errors';
import type { OcrQuote } from '../../src/ocr/ocr-quote';
import { toolEndpointFor } from '../../src/tools/endpoint';
import { pickFile } from '../components/files';
import { useApp } from '../app/AppContext';
import { OcrConsent } from './OcrConsent';
import { loadPdfjsBrowser } from './pdfjs-browser';
import { storageOcrCache } from './ocr-storage';

/** What the document pickers accept: text, Word, PDF, and images (read by OCR). */
export const DOCUMENT_ACCEPT = '.txt,.md,.markdown,.docx,.pdf,.png,.jpg,.jpeg,.webp,.gif,.bmp,.tif,.tiff';

export interface ReadFile {
  name: string;
  markdown: string;
  via: 'text' | 'pdf' | 'ocr';
  pages?: number;
  bytes: Uint8Array;
}

/**
 * Opens and reads a document the user picks: .txt/.md/.docx as before, PDFs with pdf.js (loaded on the
 * first PDF), scans through DeepSeek OCR after the user answers the question `prompt` renders (page count
 * and price first; a no sends nothing). OCR results are remembered per file in the browser's storage.
 */
export function useDocumentReader() {
  const { llm, t } = useApp();
  const [quote, setQuote] = useState<OcrQuote | null>(null);
  const [progress, setProgress] = useState<{ page: number; pages: number } | null>(null);
  const pending = useRef<((yes: boolean) => void) | null>(null);
  // An abandoned question (the panel closes) counts as a no.
  useEffect(() => () => pending.current?.(false), []);

  const answer = useCallback((yes: boolean) => {
    pending.current?.(yes);
    pending.current = null;
    setQuote(null);
  }, []);

  const read = useCallback(
    async (name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ReadFile> => {
      const { readDocument } = await import('../../src/docs/read-document');
      try {
        const r = await readDocument(name, bytes, {
          loadPdfjs: loadPdfjsBrowser,
          signal,
          onProgress: (page, pages) => setProgress({ page, pages }),
          ocr: {
            endpoint: () => toolEndpointFor(llm),
            cache: storageOcrCache(),
            consent: (q) =>
              new Promise<boolean>((resolve) => {
                pending.current?.(false);
                pending.current = resolve;
                setQuote(q);
              }),
          },
        });
        return { name, bytes, ...r };
      } finally {
        setProgress(null);
        setQuote(null);
      }
    },
    [llm],
  );

  /** The file picker, then read(); null when the picker is closed. Refuses a file over its limit before reading it. */
  const open = useCallback(
    async (accept = DOCUMENT_ACCEPT, signal?: AbortSignal): Promise<ReadFile | null> => {
      const file = await pickFile(accept);
      if (!file) return null;
      const { maxBytesFor } = await import('../../src/docs/read-document');
      const limit = maxBytesFor(file.name);
      if (file.size > limit) throw new InputTooLargeError(file.size, limit);
      return read(file.name, new Uint8Array(await file.arrayBuffer()), signal);
    },
    [read],
  );

  const prompt: ReactNode = quote ? (
    <OcrConsent quote={quote} onAnswer={answer} />
  ) : progress && progress.pages > 3 ? (
    <Text role="status">{t('pdf.reading', progress)}</Text>
  ) : null;

  return { open, read, prompt, busy: quote !== null || progress !== null };
}
