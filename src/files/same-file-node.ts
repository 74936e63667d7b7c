import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { outputIsInput } from '../errors';

/**
 * Where a path really points: symlinks and `.`/`..` resolved. A path that does not exist yet is resolved
 * through the nearest folder that does, so `out/../a.md` and `a.md` compare equal before either is written.
 */
export async function resolvedPath(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    if (parent === abs) return abs;
    return resolve(await resolvedPath(parent), basename(abs));
  }
}

/** The file's identity on disk (device and inode) when it exists: hard links and case-folding names meet here. */
async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

export interface OutputFile {
  path: string;
  /** For a file written beside the main output (the outline beside a deck), the main output's path. */
  besideOf?: string;
}

/**
 * Refuses a run in which any output (or file written beside one) is one of its inputs. `-` (stdin, stdout)
 * is never a file. Compared by real path and, for files that exist, by device and inode.
 */
export async function assertOutputsApart(inputs: readonly string[], outputs: readonly (string | OutputFile)[]): Promise<void> {
  const ins = await Promise.all(inputs.filter((p) => p && p !== '-').map(async (p) => ({ path: p, real: await resolvedPath(p), id: await identity(p) })));
  for (const o of outputs) {
    const out = typeof o === 'string' ? { path: o } : o;
    if (!out.path || out.path === '-') continue;
    const real = await resolvedPath(out.path);
    const id = await identity(out.path);
    const hit = ins.find((i) => i.real === real || (id !== null && i.id === id));
    if (hit) throw outputIsInput(out.path, hit.path, out.besideOf);
  }
}
