// The pane's bridge to the document: reads per host and picture insertion, all via src/office.
import type { HostKind } from '../../host/host-kind';
import { readSheetForMap, readSlidesForMap, readWordForMap } from '../../../src/office/mindmap-sources';
import { insertPictureInPowerPoint, insertPictureInWord, type PictureSize } from '../../../src/office/insert-picture';
import type { MapSource } from './MindmapPanel.types';

export async function readHostSource(source: MapSource, deckTitle: string): Promise<string> {
  switch (source) {
    case 'selection':
      return readWordForMap('selection');
    case 'document':
      return readWordForMap('body');
    case 'sheet':
      return readSheetForMap();
    case 'slides':
      return readSlidesForMap(deckTitle);
    default:
      return '';
  }
}

export function canInsertPicture(host: HostKind): boolean {
  return host === 'word' || host === 'powerpoint';
}

export function insertPicture(host: HostKind, base64: string, size: PictureSize, altText: string): Promise<void> {
  return host === 'word' ? insertPictureInWord(base64, size, altText) : insertPictureInPowerPoint(base64, size);
}
