import { inflateSync, strFromU8, strToU8, ZipDeflate, ZipPassThrough } from 'fflate';
import { writeZip, type NativeDeflate } from '../package-fix';
import { zipEntries } from '../../files/zip-guard';

// A template's zip as parts: read on demand (each part inflated only when asked for), changed in an
// overlay, and written back with the template's untouched parts copied as the compressed bytes they
// were — the theme, masters, layouts and pictures are never inflated and deflated again, so they stay
// byte for byte and cost nothing. fflate writes the headers (Node passes its zlib for our new parts).

interface RawEntry {
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
}

const LOCAL = 0x04034b50;

/** Parts that are already compressed (pictures, media): deflating them again gains nothing. */
const STORED = /\.(rels|png|jpe?g|gif|webp|mp4|m4a|mp3|wav|wmv|avi|zip|fntdata|odttf)$/i;

export class ZipParts {
  private constructor(
    private readonly raw: Map<string, RawEntry>,
    private readonly order: string[],
    private readonly changed = new Map<string, Uint8Array>(),
    private readonly removed = new Set<string>(),
    private readonly texts = new Map<string, string>(),
  ) {}

  /** Reads the central directory (the shared reader, ZIP64 included); throws on anything that is not a readable zip. */
  static open(bytes: Uint8Array): ZipParts {
    const entries = zipEntries(bytes);
    if (!entries) throw new Error('no zip directory');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const raw = new Map<string, RawEntry>();
    const order: string[] = [];
    for (const e of entries) {
      const local = e.localOffset;
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new Error('bad local header');
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + e.compressedSize > bytes.length || (e.method !== 0 && e.method !== 8)) throw new Error('unsupported entry');
      if (e.name.endsWith('/')) continue; // folder entries are not parts
      raw.set(e.name, { method: e.method, crc: e.crc, size: e.uncompressedSize, compressed: bytes.subarray(start, start + e.compressedSize) });
      order.push(e.name);
    }
    return new ZipParts(raw, order);
  }

  /** A copy to change: shares the template's bytes, not the changes. */
  clone(): ZipParts {
    return new ZipParts(this.raw, [...this.order], new Map(this.changed), new Set(this.removed), new Map(this.texts));
  }

  names(): string[] {
    return this.order.filter((n) => !this.removed.has(n));
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.changed.has(name) || this.raw.has(name));
  }

  bytes(name: string): Uint8Array | null {
    if (!this.has(name)) return null;
    const c = this.changed.get(name);
    if (c) return c;
    const e = this.raw.get(name)!;
    return e.method === 0 ? e.compressed : inflateSync(e.compressed, { out: new Uint8Array(e.size) });
  }

  text(name: string): string | null {
    if (!this.has(name)) return null;
    let t = this.texts.get(name);
    if (t === undefined) {
      t = strFromU8(this.bytes(name)!).replace(/^\uFEFF/, '');
      this.texts.set(name, t);
    }
    return t;
  }

  set(name: string, data: string | Uint8Array): void {
    if (!this.raw.has(name) && !this.changed.has(name)) this.order.push(name);
    this.removed.delete(name);
    this.changed.set(name, typeof data === 'string' ? strToU8(data) : data);
    if (typeof data === 'string') this.texts.set(name, data);
    else this.texts.delete(name);
  }

  remove(name: string): void {
    this.removed.add(name);
    this.changed.delete(name);
    this.texts.delete(name);
  }

  /** The zip: untouched parts as they were, changed and new parts compressed (`native` in Node). */
  toZip(native?: NativeDeflate): Uint8Array {
    return writeZip((zip, add) => {
      for (const name of this.names()) {
        const changed = this.changed.get(name);
        if (!changed) {
          const e = this.raw.get(name)!;
          add(name, e.method, e.size, e.crc, e.compressed);
          continue;
        }
        const store = STORED.test(name);
        if (native) {
          add(name, store ? 0 : 8, changed.length, native.crc32(changed), store ? changed : native.deflateRaw(changed));
        } else {
          const f = store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 1 });
          zip.add(f);
          f.push(changed, true);
        }
      }
    });
  }
}
