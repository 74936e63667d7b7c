import Papa from 'papaparse';
import type { Cell, Table } from './table';
import { tableFromGrid } from './table';
import { classifyLines, lineList } from './csv-encoding';
import { FORMULA_LIKE } from './formula-guard';
import { message, type Message } from '../messages';

export type TextEncodingName = 'utf-8' | 'gbk' | 'mixed';

async function gbkDecoder(): Promise<(b: Uint8Array) => string> {
  const NodeBuffer = (globalThis as { Buffer?: unknown }).Buffer;
  if (NodeBuffer) {
    const iconv = await import('iconv-lite');
    return (b) => iconv.decode(b as never, 'gbk');
  }
  const d = new TextDecoder('gbk');
  return (b) => d.decode(b);
}

/**
 * Decodes CSV bytes: UTF-8 (a leading BOM is dropped), or GBK when the bytes are not UTF-8, which is what
 * CSV saved by Chinese Excel looks like. A file whose lines mix the two (pasted together from two
 * sources) is decoded line by line, each in its own encoding, with a warning naming the GBK lines —
 * never as one encoding, which would turn the other's rows into nonsense. iconv-lite does GBK in Node;
 * the browser has a native GBK TextDecoder and no Buffer for iconv-lite to use.
 */
export async function decodeCsvBytes(bytes: Uint8Array): Promise<{ text: string; encoding: TextEncodingName; warnings: Message[] }> {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  if (!utf8.includes('\uFFFD')) return { text: utf8, encoding: 'utf-8', warnings: [] };
  const lines = classifyLines(body);
  if (lines.invalid.length === 0) return { text: utf8, encoding: 'utf-8', warnings: [] };
  const gbk = await gbkDecoder();
  if (lines.utf8 === 0 && !hasBom) return { text: gbk(body), encoding: 'gbk', warnings: [] };
  // Mixed: runs of lines in one encoding are decoded together.
  const bad = new Set(lines.invalid);
  const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let runStart = 0;
  let runBad = bad.has(0);
  let line = 0;
  const flush = (end: number) => {
    const part = body.subarray(runStart, end);
    text += runBad ? gbk(part) : utf8Decoder.decode(part);
    runStart = end;
  };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 0x0a) continue;
    line++;
    const nextBad = bad.has(line);
    if (nextBad !== runBad) {
      flush(i + 1);
      runBad = nextBad;
    }
  }
  flush(body.length);
  return { text, encoding: 'mixed', warnings: [message('sheets.warn.mixedEncoding', { n: lines.invalid.length, lines: lineList(lines.invalid) })] };
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

export async function readCsv(bytes: Uint8Array): Promise<{ table: Table; encoding: TextEncodingName; warnings: Message[] }> {
  const { text, encoding, warnings } = await decodeCsvBytes(bytes);
  return { table: parseCsvText(text), encoding, warnings };
}

/**
 * The table as CSV. Cells that a spreadsheet would evaluate as a formula (user data or anything a model
 * wrote) get a leading apostrophe, as OWASP advises, so opening the file runs nothing.
 */
export function toCsv(t: Table, bom = true): string {
  // Papa writes null as an empty field itself: no copy of every row first.
  const body = Papa.unparse({ fields: t.headers, data: t.rows }, { newline: '\r\n', escapeFormulae: FORMULA_LIKE });
  // Excel opens a UTF-8 CSV without a BOM as the local code page, which garbles Chinese.
  return (bom ? '\uFEFF' : '') + body;
}
