import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OcrCache } from '../ocr/ocr-cache';

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
        return await readFile(path(hash), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(hash, text) {
      await mkdir(dir, { recursive: true });
      await writeFile(path(hash), text);
    },
  };
}
