import type { HostKind } from '../../host/host-kind';
import type { DiagramLayout } from '../../../src/diagram/types';
import type { PictureSize } from '../../../src/office/insert-picture';
import type { DrawnOnSlide } from '../../../src/office/powerpoint-shapes';

// Host adapters load only inside their host, so the standalone page never touches Office globals.

/** Inserts the one-slide deck after the current slide: native shapes and connectors the user can edit. */
export async function insertDiagramSlide(base64: string): Promise<void> {
  await (await import('../../../src/office/powerpoint')).insertSlidesAfterCurrent(base64, 'KeepSourceFormatting');
}

/** Draws the diagram on the current slide, in its free area: the shapes already there stay as they are. */
export async function drawDiagramOnSlide(layout: DiagramLayout): Promise<DrawnOnSlide> {
  return (await import('../../../src/office/powerpoint-shapes')).drawDiagramOnCurrentSlide(layout);
}

/** Word: a picture after the selection, its alt text's description holding the Mermaid source. */
export async function insertDiagramPicture(base64: string, size: PictureSize, title: string, source: string): Promise<void> {
  await (await import('../../../src/office/insert-picture')).insertPictureInWord(base64, size, title, source);
}

export type InsertKind = 'slide' | 'onSlide' | 'picture';

/** PowerPoint: a slide of its own (PowerPointApi 1.2), and on the current slide (1.5); Word: a picture. */
export function insertKinds(host: HostKind, isSetSupported: (name: string, version: string) => boolean): InsertKind[] {
  if (host === 'powerpoint')
    return [...(isSetSupported('PowerPointApi', '1.2') ? (['slide'] as const) : []), ...(isSetSupported('PowerPointApi', '1.5') ? (['onSlide'] as const) : [])];
  if (host === 'word') return ['picture'];
  return [];
}
