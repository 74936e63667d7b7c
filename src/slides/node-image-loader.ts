import { realpath } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, InputTooLargeError } from '../errors';
import { fsCode, readRegularFile } from '../files/read-file-node';
import { MAX_IMAGE_BYTES, type ImageLoader } from './resolve-images';

export interface NodeImageLoader extends ImageLoader {
  /** The real paths of the pictures read so far (inputs too: no output may replace one). */
  readonly read: string[];
}

/** Where a picture source points on disk, or the reason it is refused before anything is touched. */
function localPath(src: string, baseDir: string): string {
  if (/^https?:\/\//i.test(src)) throw new AppError('files.picture.remote', { src });
  if (/^file:/i.test(src)) return fileURLToPath(src);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:[\\/]/i.test(src)) throw new AppError('files.picture.unreadable', { src, reason: 'not a file path' });
  let path = src;
  try {
    path = decodeURI(src);
  } catch {
    /* a literal % in the name */
  }
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/**
 * CLI loader for the pictures an outline names. An outline may come from a model, so a picture is taken
 * only from inside `baseDir` (the input's folder, or the working folder for --topic and stdin) — after
 * symlinks are resolved — only from a regular file, and only after its size is checked. Web addresses are
 * never fetched. Each refusal is an AppError whose sentence names the picture and the reason.
 */
export function nodeImageLoader(baseDir: string): NodeImageLoader {
  const read: string[] = [];
  let base: Promise<string> | undefined;
  const load = async (src: string): Promise<Uint8Array> => {
    const path = localPath(src, baseDir);
    base ??= realpath(baseDir).catch(() => resolve(baseDir));
    const root = await base;
    let real: string;
    try {
      real = await realpath(path);
    } catch (e) {
      const code = fsCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('files.picture.missing', { src });
      throw new AppError('files.picture.unreadable', { src, reason: code ?? String(e) });
    }
    if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) throw new AppError('files.picture.outside', { src, dir: baseDir });
    try {
      const bytes = await readRegularFile(real, MAX_IMAGE_BYTES);
      read.push(real);
      return bytes;
    } catch (e) {
      if (e instanceof AppError && e.key === 'files.error.notRegular') throw new AppError('files.picture.notRegular', { src });
      if (e instanceof AppError && e.key === 'files.error.notAFile') throw new AppError('files.picture.folder', { src });
      if (e instanceof InputTooLargeError)
        throw new AppError('files.picture.tooLarge', { src, size: e.params.size, limit: (MAX_IMAGE_BYTES / 1e6).toFixed(0) });
      throw new AppError('files.picture.unreadable', { src, reason: e instanceof AppError ? String(e.params.reason ?? e.key) : String(e) });
    }
  };
  return Object.assign(load, { read });
}
