import { zipDamaged, zipTooLarge, zipTooManyEntries } from './errors';

// .docx, .xlsx, .pptx and .xmind are zip files. A zip states in its central directory how many entries it
// holds and how large each one is once inflated; a "zip bomb" is a small file whose entries inflate to
// gigabytes. Every reader of a user's container (mammoth, exceljs, our .xmind and .docx readers) calls
// assertZipWithinLimits first, so such a file is refused by what it declares, before anything is inflated.

/** Everything a container may unpack to, all entries together. */
export const MAX_UNZIPPED_BYTES = 200 * 1000 * 1000;
/** Real Office files hold tens to a few thousand entries (one per slide, sheet, picture…). */
export const MAX_ZIP_ENTRIES = 10_000;

export interface ZipLimits {
  maxBytes?: number;
  maxEntries?: number;
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  /** The CRC-32 the directory states for the inflated data. */
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries a zip's central directory declares; null when there is no readable central directory. */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => u32(o) + u32(o + 4) * 2 ** 32;
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(eocd - 20 + 8);
    if (at + 56 > bytes.length || u32(at) !== EOCD64) return null;
    count = u64(at + 32);
    cdSize = u64(at + 40);
    cdOffset = u64(at + 48);
  }
  if (cdOffset + cdSize > bytes.length) return null;
  const out: ZipEntryInfo[] = [];
  let p = cdOffset;
  // The count is checked against the limit by the caller; walking stops at the limit plus one.
  for (let n = 0; n < count && n <= MAX_ZIP_ENTRIES * 10; n++) {
    if (p + 46 > bytes.length || u32(p) !== CENTRAL) return null;
    const method = u16(p + 10);
    const crc = u32(p + 16);
    let compressedSize = u32(p + 20);
    let uncompressedSize = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    let localOffset = u32(p + 42);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64: the real sizes are in the 0x0001 extra field, in this order, for the fields that overflowed.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end && e + 4 <= bytes.length) {
      const id = u16(e);
      const len = u16(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          uncompressedSize = u64(q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(q);
      }
      e += 4 + len;
    }
    out.push({ name, method, crc, compressedSize, uncompressedSize, localOffset });
    p = end + commentLen;
  }
  return out;
}

/**
 * Refuses a container whose central directory is unreadable, declares more entries than `maxEntries`, or
 * declares more than `maxBytes` once inflated. `name` is how the file is named in the sentence.
 */
export function assertZipWithinLimits(bytes: Uint8Array, name: string, limits: ZipLimits = {}): ZipEntryInfo[] {
  const maxBytes = limits.maxBytes ?? MAX_UNZIPPED_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const entries = zipEntries(bytes);
  if (!entries) throw zipDamaged(name);
  if (entries.length > maxEntries) throw zipTooManyEntries(name, entries.length, maxEntries);
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > maxBytes) throw zipTooLarge(name, total, maxBytes);
  return entries;
}

/**
 * The declared sizes are what a zip says about itself; a crafted entry can inflate to far more than it
 * declares. This inflates every entry once, keeping nothing and stopping at its declared size plus one
 * byte, so a lying entry is refused before a library inflates it in full. Uses DecompressionStream
 * (browsers, Node 18+).
 */
export async function assertZipSizesHonest(bytes: Uint8Array, name: string, entries: ZipEntryInfo[]): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw zipDamaged(name);
      continue;
    }
    if (e.method !== 8) continue; // other methods: the library refuses them itself
    const at = e.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw zipDamaged(name);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const produced = await inflatedLength(data, e.uncompressedSize + 1);
    if (produced > e.uncompressedSize) throw zipTooLarge(name, produced, e.uncompressedSize, true);
  }
}

interface NodeZlib {
  inflateRawSync(data: Uint8Array, opts: { maxOutputLength: number }): { length: number };
}

/** Node's zlib when running in Node (several times faster than the stream below), without importing it. */
function nodeZlib(): NodeZlib | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return p?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
}

/** How many bytes raw DEFLATE data inflates to, counting no further than `stopAt`. */
async function inflatedLength(data: Uint8Array, stopAt: number): Promise<number> {
  const zlib = nodeZlib();
  if (zlib) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: stopAt }).length;
    } catch (e) {
      // Past stopAt: the entry inflates to more than it declares. Anything else: damaged data, which the
      // library that reads it next says in its own words.
      return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? stopAt : 0;
    }
  }
  if (typeof DecompressionStream !== 'function') return 0;
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let n = 0;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      n += r.value.byteLength;
      if (n >= stopAt) break;
    }
  } catch {
    // Damaged data: the library that reads it next says so in its own words.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return n;
}

/** Both checks: what the zip declares, then that no entry inflates beyond it. */
export async function guardZip(bytes: Uint8Array, name: string, limits: ZipLimits = {}): Promise<ZipEntryInfo[]> {
  const entries = assertZipWithinLimits(bytes, name, limits);
  await assertZipSizesHonest(bytes, name, entries);
  return entries;
}
