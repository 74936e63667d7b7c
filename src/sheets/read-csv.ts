import Papa from 'papaparse';
import type { Cell, Table } from './table';
import { tableFromGrid } from './table';

export type TextEncodingName = 'utf-8' | 'gbk';

/**
 * Decodes CSV bytes: UTF-8 (a leading BOM is dropped), or GBK when UTF-8 decoding produces replacement
 * characters, which is what CSV saved by Chinese Excel looks like. iconv-lite does GBK in Node; the
 * browser has a native GBK TextDecoder and no Buffer for iconv-lite to use.
 */
export async function decodeCsvBytes(bytes: Uint8Array): Promise<{ text: string; encoding: TextEncodingName }> {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  if (hasBom || !utf8.includes('\uFFFD')) return { text: utf8, encoding: 'utf-8' };
  const NodeBuffer = (globalThis as { Buffer?: unknown }).Buffer;
  if (NodeBuffer) {
    const iconv = await import('iconv-lite');
    return { text: iconv.decode(body as never, 'gbk'), encoding: 'gbk' };
  }
  return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk' };
}

/** Parses CSV text; cells stay text (leading zeros in codes and phone numbers survive). */
export function parseCsvText(text: string): Table {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: '' });
  const grid = result.data as Cell[][];
  // A sheet repeats the same few values (regions, products, dates) thousands of times. Sharing one
  // string per value halves memory and makes every later Map lookup a pointer comparison. A column of
  // mostly distinct values (order ids, phone numbers) gains nothing from it and pooling it costs a Map
  // insert per cell, so after a sample of rows such columns are left alone.
  const width = grid[0]?.length ?? 0;
  const pools = Array.from({ length: width }, () => new Map<string, string>());
  const pooled = new Array<boolean>(width).fill(true);
  const SAMPLE = 2000;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (r === SAMPLE) for (let c = 0; c < width; c++) if (pools[c].size > SAMPLE / 4) pooled[c] = false;
    const n = Math.min(row.length, width);
    for (let c = 0; c < n; c++) {
      if (!pooled[c]) continue;
      const v = row[c] as string;
      if (v.length > 24) continue;
      const pool = pools[c];
      const shared = pool.get(v);
      if (shared === undefined) pool.set(v, v);
      else row[c] = shared;
    }
  }
  return tableFromGrid(grid);
}

export async function readCsv(bytes: Uint8Array): Promise<{ table: Table; encoding: TextEncodingName }> {
  const { text, encoding } = await decodeCsvBytes(bytes);
  return { table: parseCsvText(text), encoding };
}

export function toCsv(t: Table, bom = true): string {
  // Papa writes null as an empty field itself: no copy of every row first.
  const body = Papa.unparse({ fields: t.headers, data: t.rows }, { newline: '\r\n' });
  // Excel opens a UTF-8 CSV without a BOM as the local code page, which garbles Chinese.
  return (bom ? '\uFEFF' : '') + body;
}
