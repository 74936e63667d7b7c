import type { HostKind } from '../../host/host-kind';
import type { PictureSize } from '../../../src/office/insert-picture';

// Host adapters load only inside their host, so the standalone page never touches Office globals.

/** Inserts the one-slide deck after the current slide: native shapes and connectors the user can edit. */
export async function insertDiagramSlide(base64: string): Promise<void> {
  await (await import('../../../src/office/powerpoint')).insertSlidesAfterCurrent(base64, 'KeepSourceFormatting');
}

/** Word: a picture after the selection, its alt text's description holding the Mermaid source. */
export async function insertDiagramPicture(base64: string, size: PictureSize, title: string, source: string): Promise<void> {
  await (await import('../../../src/office/insert-picture')).insertPictureInWord(base64, size, title, source);
}

export function insertKinds(host: HostKind, canInsertSlides: boolean): Array<'slide' | 'picture'> {
  if (host === 'powerpoint') return canInsertSlides ? ['slide'] : [];
  if (host === 'word') return ['picture'];
  return [];
}
