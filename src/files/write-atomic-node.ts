import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls the writer makes, so a test can make one of them fail halfway. */
export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  realpath: typeof fsp.realpath;
}

const realFs: AtomicFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink, stat: fsp.stat, lstat: fsp.lstat, realpath: fsp.realpath };

/** Temp files still on disk, removed if the process is stopped by a signal while writing. */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function onSignal(sig: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      // Synchronous: the process ends as soon as this handler returns.
      unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Let the signal do what it would have done without us (end the process with its status).
  process.kill(process.pid, sig);
}

function guard(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function release(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * The path a write really lands on: a symlink is followed, so writing through `link.md` replaces the
 * file it points to (as `>` in a shell would) instead of turning the link into a plain file.
 */
async function landingPath(path: string, fs: AtomicFs): Promise<string> {
  try {
    if ((await fs.lstat(path)).isSymbolicLink()) return await fs.realpath(path);
  } catch {
    /* no such file yet, or a dangling link: write the path itself */
  }
  return path;
}

/** A file written in full to its temporary name, waiting to be renamed over its target. */
export interface PreparedWrite {
  target: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Writes the bytes to a temporary file in the target's folder and flushes them to disk; nothing is
 * visible under the target's name until commit(). On failure the temporary file is removed.
 */
export async function prepareAtomic(path: string, data: Uint8Array | string, fs: AtomicFs = realFs): Promise<PreparedWrite> {
  const target = await landingPath(path, fs);
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode = 0o666;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const s = await fs.stat(target);
    // `-o /dev/stdout` or a named pipe: there is nothing to replace, only a stream to write to.
    if (!s.isFile() && !s.isDirectory()) return direct(target, bytes, fs);
    mode = s.mode & 0o7777;
  } catch {
    /* a new file: the default mode, narrowed by the umask */
  }
  guard(tmp);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    let at = 0;
    while (at < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.byteLength - at);
      at += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    release(tmp);
    throw e;
  }
  let settled = false;
  return {
    target,
    async commit() {
      if (settled) return;
      settled = true;
      try {
        await fs.rename(tmp, target);
      } catch (e) {
        await fs.unlink(tmp).catch(() => undefined);
        throw e;
      } finally {
        release(tmp);
      }
      await syncFolder(dir, fs);
    },
    async abort() {
      if (settled) return;
      settled = true;
      await fs.unlink(tmp).catch(() => undefined);
      release(tmp);
    },
  };
}

function direct(target: string, bytes: Uint8Array, fs: AtomicFs): PreparedWrite {
  return {
    target,
    async commit() {
      const h = await fs.open(target, constants.O_WRONLY);
      try {
        let at = 0;
        while (at < bytes.byteLength) at += (await h.write(bytes, at, bytes.byteLength - at)).bytesWritten;
      } finally {
        await h.close();
      }
    },
    async abort() {},
  };
}

/** The rename survives a power cut only once the folder is flushed; not every system allows it. */
async function syncFolder(dir: string, fs: AtomicFs): Promise<void> {
  try {
    const d = await fs.open(dir, constants.O_RDONLY);
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    /* best effort */
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are flushed to
 * disk, and only then renamed over the target. A full disk, a file-size limit, an error halfway or a
 * `kill -9` leaves the previous file byte-identical (at worst a stray `.NAME.*.tmp` after a kill -9).
 * The new file keeps the old one's permissions.
 */
export async function writeAtomic(path: string, data: Uint8Array | string, fs: AtomicFs = realFs): Promise<void> {
  await (await prepareAtomic(path, data, fs)).commit();
}
