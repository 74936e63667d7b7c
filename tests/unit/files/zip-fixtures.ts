import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip built byte by byte (the reference layout, APPNOTE 4.3), so a test can make one in milliseconds
 * that inflates to hundreds of megabytes, or one whose directory lies about its sizes.
 */
export interface ZipEntryIn {
  name: string;
  /** The content, or `zeros` bytes of zeros (built a megabyte at a time, never held whole). */
  data?: Uint8Array;
  zeros?: number;
  /** What the directory claims the entry inflates to (the truth when absent). */
  declaredSize?: number;
}

/** Raw DEFLATE and CRC-32 of the content; zeros are compressed a megabyte at a time (independent blocks). */
function compress(e: ZipEntryIn): { body: Buffer; crc: number; size: number } {
  if (e.data) return { body: deflateRawSync(e.data, { level: 1 }), crc: crc32(e.data), size: e.data.length };
  const chunk = new Uint8Array(1_000_000);
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const total = e.zeros ?? 0;
  const parts: Buffer[] = [];
  let crc = 0;
  for (let done = 0; done < total; done += chunk.length) {
    const n = Math.min(chunk.length, total - done);
    parts.push(n === chunk.length ? block : deflateRawSync(chunk.subarray(0, n), { level: 1, finishFlush: constants.Z_SYNC_FLUSH }));
    crc = crc32(chunk.subarray(0, n), crc);
  }
  parts.push(deflateRawSync(new Uint8Array(0)));
  return { body: Buffer.concat(parts), crc, size: total };
}

export function makeZip(entries: ZipEntryIn[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = compress(e);
    const body = packed.body;
    const crc = packed.crc;
    const size = e.declaredSize ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** One entry of `mb` MB of zeros: about 1,000 times smaller on disk than inflated. */
export function zipBomb(entry: string, mb: number): Uint8Array {
  return makeZip([{ name: entry, zeros: mb * 1_000_000 }]);
}

/** The same entry, but the directory claims it is 100 bytes. */
export function lyingZip(entry: string, mb = 50): Uint8Array {
  return makeZip([{ name: entry, zeros: mb * 1_000_000, declaredSize: 100 }]);
}
