import type { OcrCache } from '../../src/ocr/ocr-cache';

const PREFIX = 'dsplus.ocr.';
const INDEX = 'dsplus.ocr.index';
/** One result above this is not kept (a scanned book belongs in the CLI's file cache). */
export const MAX_ENTRY_CHARS = 500_000;
/**
 * All results together stay under this, oldest dropped first. localStorage holds about 5 MB per origin,
 * counted in UTF-16 (2 bytes a character), and the settings live there too.
 */
export const MAX_TOTAL_CHARS = 2_000_000;

interface IndexEntry {
  hash: string;
  chars: number;
  at: number;
}

function readIndex(storage: Storage): IndexEntry[] {
  try {
    const v = JSON.parse(storage.getItem(INDEX) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as IndexEntry[]).filter((e) => typeof e?.hash === 'string' && typeof e.chars === 'number') : [];
  } catch {
    return [];
  }
}

/** OCR results in the browser's storage, per file hash, with a size budget; storage errors are not failures. */
export function storageOcrCache(storage: Storage | undefined = globalThis.localStorage): OcrCache {
  return {
    async get(hash) {
      try {
        return storage?.getItem(PREFIX + hash) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(hash, text) {
      if (!storage || text.length > MAX_ENTRY_CHARS) return;
      try {
        const index = readIndex(storage).filter((e) => e.hash !== hash);
        index.push({ hash, chars: text.length, at: Date.now() });
        let total = index.reduce((n, e) => n + e.chars, 0);
        while (total > MAX_TOTAL_CHARS && index.length > 1) {
          const old = index.shift() as IndexEntry;
          storage.removeItem(PREFIX + old.hash);
          total -= old.chars;
        }
        storage.setItem(PREFIX + hash, text);
        storage.setItem(INDEX, JSON.stringify(index));
      } catch {
        /* storage full or blocked: the result is simply not remembered */
      }
    },
  };
}
