import type { MindNode } from './types';
import { unknownMapFormat } from './errors';
import { countNodes } from './types';
import { flattenExtras, hasExtras } from './extras';
import { exporterForFileName, extensionsOf, mindExporter, MOVED_EXTRAS, type ExportEnv, type MindFormat } from './exporters';
import { MAX_DRAWN_TOPICS, tooManyItems } from '../limits';

export type { ExportEnv } from './exporters';

/** The format OUT's extension picks; refused with the list of formats we write. */
export function formatFromFileName(fileName: string): MindFormat {
  const x = exporterForFileName(fileName);
  if (!x) throw unknownMapFormat(fileName, listParams(extensionsOf()));
  return x.id;
}

/** Every format from the one tree; text formats come back as strings, binary ones as bytes. */
export async function exportMindMap(map: MindNode, format: MindFormat, env: ExportEnv): Promise<string | Uint8Array> {
  const x = mindExporter(format);
  if (x.picture) assertDrawable(map);
  // Floating, summary and callout topics become ordinary topics: kept, and said so by lostInFormat.
  const moves = x.loses.some((e) => MOVED_EXTRAS.includes(e));
  const root = moves && hasExtras(map) ? flattenExtras(map) : map;
  return x.write(root, x.keepsSheets ? env : { ...env, moreSheets: undefined });
}

/** A picture grows with its map (~350 bytes of SVG per topic): past the stated limit it is refused by name. */
export function assertDrawable(root: MindNode): void {
  const n = countNodes(root);
  if (n > MAX_DRAWN_TOPICS) {
    throw tooManyItems('mindmap.error.tooManyToDraw', n, MAX_DRAWN_TOPICS, {
      pictures: extensionsOf((x) => x.picture).join(', '),
      kept: extensionsOf((x) => !x.picture).join(', '),
    });
  }
}

/** `.a, .b, .c` as {formats: '.a, .b', last: '.c'} for "Use .a, .b or .c". */
function listParams(exts: string[]): { formats: string; last: string } {
  return { formats: exts.slice(0, -1).join(', '), last: exts[exts.length - 1] ?? '' };
}

/** A file name for the map: its title without characters file systems reject, or the fallback. */
export function mapFileName(root: MindNode, format: MindFormat, fallback = 'mindmap'): string {
  const base =
    root.title
      // eslint-disable-next-line no-control-regex -- control characters are invalid in Windows file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || fallback;
  return `${base}.${mindExporter(format).extensions[0]}`;
}
