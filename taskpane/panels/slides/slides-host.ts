import type { SlideFormatting } from '../../../src/office/powerpoint';
import type { ImageLoader } from '../../../src/slides';

// Host adapters are loaded only inside their host, so the standalone page never touches Office globals.
const powerpoint = () => import('../../../src/office/powerpoint');
const word = () => import('../../../src/office/word');

export async function insertIntoPresentation(base64: string, formatting: SlideFormatting): Promise<string | null> {
  return (await powerpoint()).insertSlidesAfterCurrent(base64, formatting);
}

export async function readWordMarkdown(scope: 'selection' | 'body'): Promise<string> {
  return (await word()).readDocumentAsMarkdown(scope);
}

/** In the pane a remote picture may be fetched (the CLI never does); a CORS refusal leaves a labelled frame. */
export const fetchImage: ImageLoader = async (src) => {
  if (!/^https?:\/\//i.test(src)) return null;
  const r = await fetch(src, { mode: 'cors', credentials: 'omit' });
  if (!r.ok) return null;
  return new Uint8Array(await r.arrayBuffer());
};

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export function deckFileName(title: string): string {
  const base = title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim().slice(0, 60);
  return `${base || 'deck'}.pptx`;
}
