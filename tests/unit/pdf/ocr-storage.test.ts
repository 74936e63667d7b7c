// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ENTRY_CHARS, MAX_TOTAL_CHARS, storageOcrCache } from '../../../taskpane/documents/ocr-storage';

describe('the pane’s OCR cache in browser storage', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a result per file hash', async () => {
    const c = storageOcrCache();
    await c.set('abc', '# 识别结果');
    expect(await c.get('abc')).toBe('# 识别结果');
    expect(await c.get('other')).toBeUndefined();
  });

  it('keeps nothing over the per-entry limit, and drops the oldest to stay under the total', async () => {
    const c = storageOcrCache();
    await c.set('huge', 'x'.repeat(MAX_ENTRY_CHARS + 1));
    expect(await c.get('huge')).toBeUndefined();
    const big = 'y'.repeat(MAX_ENTRY_CHARS);
    for (const h of ['a', 'b', 'c', 'd', 'e']) await c.set(h, big);
    expect(await c.get('a')).toBeUndefined();
    expect(await c.get('e')).toBe(big);
    expect(await c.get('b')).toBe(big);
    const total = Object.keys(localStorage)
      .filter((k) => k.startsWith('dsplus.ocr.') && k !== 'dsplus.ocr.index')
      .reduce((n, k) => n + (localStorage.getItem(k)?.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
  });

  it('a full or blocked storage is not a failure', async () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const c = storageOcrCache(broken);
    await expect(c.set('a', 'text')).resolves.toBeUndefined();
    await expect(c.get('a')).resolves.toBeUndefined();
  });
});
