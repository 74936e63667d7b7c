import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OcrCache } from '../ocr/ocr-cache';
import { readRegularFile } from '../files/read-file-node';
import { writeAtomic } from '../files/write-atomic-node';

/** An OCR result is text: far below this. */
const MAX_ENTRY_BYTES = 50 * 1000 * 1000;

/** ~/.cache/dsplus (XDG_CACHE_HOME honoured; DSPLUS_CACHE_DIR names another folder). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DSPLUS_CACHE_DIR) return env.DSPLUS_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dsplus');
}

/** OCR results as one Markdown file per scanned file's SHA-256, under cacheDir()/ocr. */
export function fileOcrCache(dir = join(cacheDir(), 'ocr')): OcrCache {
  const path = (hash: string) => join(dir, `${hash}.md`);
  return {
    async get(hash) {
      try {
        return new TextDecoder().decode(await readRegularFile(path(hash), MAX_ENTRY_BYTES));
      } catch {
        return undefined;
      }
    },
    async set(hash, text) {
      await mkdir(dir, { recursive: true });
      // Whole or not at all: a half-written entry would be read back next time as the page's whole text.
      await writeAtomic(path(hash), text);
    },
  };
}
