/** Where OCR results are kept per file, so the same scan is never paid for twice (CLI: a folder; pane: browser storage). */
export interface OcrCache {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, text: string): Promise<void>;
}

/** SHA-256 of the file's bytes, hex: the cache key (Web Crypto, in Node 20 and every browser the pane runs in). */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
