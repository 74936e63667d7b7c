import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import { InputTooLargeError, isFailure } from '../../src/errors';
import type { OcrQuote } from '../../src/ocr/ocr-quote';
import { toolEndpointFor } from '../../src/tools/endpoint';
import { pickFile } from '../components/files';
import { useApp } from '../app/AppContext';
import { OcrConsent } from './OcrConsent';
import { PdfPassword } from './PdfPassword';
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
  // A PDF with an open password: which file, and whether the last password was wrong.
  const [locked, setLocked] = useState<{ name: string; wrong: boolean } | null>(null);
  const pendingPassword = useRef<((password: string | null) => void) | null>(null);
  // An abandoned question (the panel closes) counts as a no.
  useEffect(
    () => () => {
      pending.current?.(false);
      pendingPassword.current?.(null);
    },
    [],
  );

  const givePassword = useCallback((password: string | null) => {
    pendingPassword.current?.(password);
    pendingPassword.current = null;
    setLocked(null);
  }, []);

  const answer = useCallback((yes: boolean) => {
    pending.current?.(yes);
    pending.current = null;
    setQuote(null);
  }, []);

  const read = useCallback(
    async (name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ReadFile> => {
      const { readDocument } = await import('../../src/writing/read-document');
      // A password-protected PDF asks for its password here (again when it is wrong); Cancel ends quietly.
      const askPassword = (wrong: boolean) =>
        new Promise<string | null>((resolve) => {
          pendingPassword.current?.(null);
          pendingPassword.current = resolve;
          setLocked({ name, wrong });
          signal?.addEventListener('abort', () => givePassword(null), { once: true });
        });
      let password: string | undefined;
      try {
        for (;;) {
          try {
            return { name, bytes, ...(await readWith(password)) };
          } catch (e) {
            if (!isFailure(e, 'pdf.error.encrypted', 'pdf.error.wrongPassword') || signal?.aborted) throw e;
            const given = await askPassword(password !== undefined);
            if (given === null) throw new DOMException('The password question was cancelled', 'AbortError');
            password = given;
          }
        }
      } finally {
        setProgress(null);
        setQuote(null);
        setLocked(null);
      }

      function readWith(pw: string | undefined) {
        return readDocument(name, bytes, {
          password: pw,
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
      }
    },
    [llm, givePassword],
  );

  /** The file picker, then read(); null when the picker is closed. Refuses a file over its limit before reading it. */
  const open = useCallback(
    async (accept = DOCUMENT_ACCEPT, signal?: AbortSignal): Promise<ReadFile | null> => {
      const file = await pickFile(accept);
      if (!file) return null;
      const { maxBytesFor } = await import('../../src/writing/read-document');
      const limit = maxBytesFor(file.name);
      if (file.size > limit) throw new InputTooLargeError(file.size, limit);
      return read(file.name, new Uint8Array(await file.arrayBuffer()), signal);
    },
    [read],
  );

  const prompt: ReactNode = quote ? (
    <OcrConsent quote={quote} onAnswer={answer} />
  ) : locked ? (
    <PdfPassword key={`${locked.name}:${locked.wrong}`} name={locked.name} wrong={locked.wrong} onAnswer={givePassword} />
  ) : progress && progress.pages > 3 ? (
    <Text role="status">{t('pdf.reading', progress)}</Text>
  ) : null;

  return { open, read, prompt, busy: quote !== null || locked !== null || progress !== null };
}
