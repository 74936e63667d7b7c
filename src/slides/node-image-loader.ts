import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ImageLoader } from './resolve-images';

/** CLI loader: local files relative to the outline's folder. Remote URLs are not fetched outside the pane. */
export function nodeImageLoader(baseDir: string): ImageLoader {
  return async (src) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && !src.startsWith('file://')) return null;
    const path = src.startsWith('file://') ? new URL(src).pathname : isAbsolute(src) ? src : resolve(baseDir, decodeURI(src));
    return new Uint8Array(await readFile(path));
  };
}
