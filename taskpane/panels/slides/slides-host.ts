import { AppError } from '../../../src/errors';
import type { SlideFormatting } from '../../../src/office/powerpoint';
import type { PresentationMaster } from '../../../src/office/powerpoint-template';
import { remoteHost, type ImageLoader } from '../../../src/slides';
import type { LoadedTemplate } from '../../../src/slides/template/read-template';

// Host adapters are loaded only inside their host, so the standalone page never touches Office globals.
const powerpoint = () => import('../../../src/office/powerpoint');
const word = () => import('../../../src/office/word');

export async function insertIntoPresentation(base64: string, formatting: SlideFormatting): Promise<string | null> {
  return (await powerpoint()).insertSlidesAfterCurrent(base64, formatting);
}

export async function readWordMarkdown(scope: 'selection' | 'body'): Promise<string> {
  return (await word()).readDocumentAsMarkdown(scope);
}

/**
 * In the pane a remote picture is fetched only from a site the user agreed to by name (the CLI never
 * fetches); any other is a labelled frame with a warning saying so. The fetch itself happens in a hidden
 * frame whose own policy reaches that one site (taskpane/picture-fetch.ts): the pane's policy reaches
 * only the provider. A refusal by the site (CORS, 404) leaves a labelled frame too.
 */
export function pictureLoader(approved: ReadonlySet<string>): ImageLoader {
  return async (src) => {
    const host = remoteHost(src);
    if (!host) return null;
    if (!approved.has(host)) throw new AppError('slides.picture.notFetched', { src, host });
    return fetchThroughFrame(src);
  };
}

type Reply = { id: number; bytes?: ArrayBuffer; error?: string; ready?: boolean };

const frames = new Map<string, Promise<Window>>();
let nextId = 1;
const FETCH_TIMEOUT_MS = 30_000;

function frameFor(origin: string): Promise<Window> {
  let f = frames.get(origin);
  if (!f) {
    f = new Promise<Window>((resolve, reject) => {
      const iframe = document.createElement('iframe');
      iframe.hidden = true;
      iframe.title = 'picture fetcher';
      iframe.src = new URL(`picture-fetch.html#origin=${encodeURIComponent(origin)}`, location.href).href;
      const timer = setTimeout(() => reject(new Error('the picture fetcher did not start')), FETCH_TIMEOUT_MS);
      const onReady = (e: MessageEvent<Reply>) => {
        if (e.source !== iframe.contentWindow || e.origin !== location.origin || !e.data?.ready) return;
        window.removeEventListener('message', onReady);
        clearTimeout(timer);
        resolve(iframe.contentWindow as Window);
      };
      window.addEventListener('message', onReady);
      document.body.appendChild(iframe);
    });
    frames.set(origin, f);
  }
  return f;
}

async function fetchThroughFrame(url: string): Promise<Uint8Array | null> {
  const frame = await frameFor(new URL(url).origin);
  const id = nextId++;
  return new Promise((resolve) => {
    const done = (v: Uint8Array | null) => {
      window.removeEventListener('message', onReply);
      clearTimeout(timer);
      resolve(v);
    };
    const onReply = (e: MessageEvent<Reply>) => {
      if (e.source !== frame || e.origin !== location.origin || e.data?.id !== id) return;
      done(e.data.bytes ? new Uint8Array(e.data.bytes) : null);
    };
    const timer = setTimeout(() => done(null), FETCH_TIMEOUT_MS);
    window.addEventListener('message', onReply);
    frame.postMessage({ id, url }, location.origin);
  });
}

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export function deckFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${base || 'deck'}.pptx`;
}

// Templates: the reader and writer (JSZip, @xmldom/xmldom) load only when a template is used.

export async function loadTemplateFile(bytes: Uint8Array, name: string): Promise<LoadedTemplate> {
  const { readTemplate } = await import('../../../src/slides/template/read-template');
  return readTemplate(bytes, name);
}

/** The open presentation as a template: its layouts listed (PowerPointApi 1.3) and its file read. */
export async function readThisPresentation(name: string, signal: AbortSignal): Promise<{ loaded: LoadedTemplate; masters: PresentationMaster[] | null }> {
  const office = await import('../../../src/office/powerpoint-template');
  const support = office.templateSupport((n, v) => Office.context.requirements.isSetSupported(n, v));
  const masters = support.layouts ? await office.listPresentationLayouts() : null;
  if (!support.file) throw new AppError('slides.template.error.noPresentationFile', { reason: 'getFileAsync' });
  const bytes = await office.readPresentationFile(signal);
  return { loaded: await loadTemplateFile(bytes, name), masters };
}
