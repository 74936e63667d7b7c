import { constants, closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { AppError, cannotRead, fileNotFound, InputTooLargeError, notAFile, notRegularFile } from '../errors';

// Every file the CLI reads by a name a user (or a model) gave goes through here: it must be a regular file
// (a FIFO would hang the read, /dev/zero would never end), and its size is checked before one byte is read.
// The name is checked before opening (opening some devices has side effects), the open itself never blocks
// (O_NONBLOCK: a pipe swapped in meanwhile does not hang it), and the opened file is checked again.

export function fsCode(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** A file system failure as the sentence a user can act on, naming the path. */
export function readError(path: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = fsCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileNotFound(path);
  if (code === 'EISDIR') return notAFile(path);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('files.error.noPermission', { path });
  return cannotRead(path, code ?? (e instanceof Error ? e.message : String(e)));
}

function checkKind(path: string, s: Stats, limit: number): void {
  if (s.isDirectory()) throw notAFile(path);
  if (!s.isFile()) throw notRegularFile(path);
  if (s.size > limit) throw new InputTooLargeError(s.size, limit);
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file of at most `limit` bytes, or the sentence saying why not. */
export async function readRegularFile(path: string, limit: number): Promise<Uint8Array> {
  try {
    checkKind(path, await stat(path), limit);
    const h = await open(path, FLAGS);
    try {
      const s = await h.stat();
      checkKind(path, s, limit);
      // The file may grow while it is read: never read more than the limit plus one byte.
      const buf = Buffer.alloc(Math.min(limit + 1, s.size + 1));
      let at = 0;
      for (;;) {
        const { bytesRead } = await h.read(buf, at, buf.length - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
        if (at === buf.length) break;
      }
      if (at > limit) throw new InputTooLargeError(at, limit);
      return new Uint8Array(buf.buffer, buf.byteOffset, at);
    } finally {
      await h.close();
    }
  } catch (e) {
    throw readError(path, e);
  }
}

/** The same, synchronously (the CLI's config file is read while flags are resolved). */
export function readRegularFileSync(path: string, limit: number): Uint8Array {
  try {
    checkKind(path, statSync(path), limit);
    const fd = openSync(path, FLAGS);
    try {
      const s = fstatSync(fd);
      checkKind(path, s, limit);
      const buf = Buffer.alloc(Math.min(limit + 1, s.size + 1));
      let at = 0;
      for (;;) {
        const n = readSync(fd, buf, at, buf.length - at, at);
        if (n === 0) break;
        at += n;
        if (at === buf.length) break;
      }
      if (at > limit) throw new InputTooLargeError(at, limit);
      return new Uint8Array(buf.buffer, buf.byteOffset, at);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw readError(path, e);
  }
}
