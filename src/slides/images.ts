// Picture slides need the image's pixel size to keep its aspect ratio; pptxgenjs only measures files
// in Node. These readers take the size from the PNG/JPEG/GIF/WebP header of a data URL's bytes.

export interface ResolvedImage {
  data: string;
  width: number;
  height: number;
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function imageSize(bytes: Uint8Array): { width: number; height: number; mime: string } | null {
  const u16 = (i: number) => (bytes[i] << 8) | bytes[i + 1];
  const u32 = (i: number) => ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: u32(16), height: u32(20), mime: 'image/png' };
  if (bytes.length > 10 && bytes[0] === 0x47 && bytes[1] === 0x49)
    return { width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8), mime: 'image/gif' };
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = u16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { width: u16(i + 7), height: u16(i + 5), mime: 'image/jpeg' };
      i += 2 + len;
    }
    return null;
  }
  if (bytes.length > 30 && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[12] === 0x56 && bytes[14] === 0x38 && bytes[15] === 0x58) {
    return {
      width: 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16)),
      height: 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16)),
      mime: 'image/webp',
    };
  }
  return null;
}

/** A data URL with a known raster type → data + size; anything else (SVG, broken) → null. */
export function resolveDataUrl(src: string): ResolvedImage | null {
  const m = /^data:(image\/[\w+.-]+);base64,([A-Za-z0-9+/=\s]+)$/.exec(src);
  if (!m) return null;
  const bytes = base64ToBytes(m[2].replace(/\s/g, ''));
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  return { data: `data:${size.mime};base64,${m[2].replace(/\s/g, '')}`, width: size.width, height: size.height };
}

/** Base64 of bytes, in slices so a large file does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function bytesToDataUrl(bytes: Uint8Array): ResolvedImage | null {
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  return { data: `data:${size.mime};base64,${bytesToBase64(bytes)}`, width: size.width, height: size.height };
}

/** Every image source in an outline, in order, without duplicates. */
export function imageSources(md: { root: { blocks: Array<{ kind: string; src?: string }>; children: unknown[] } }): string[] {
  const out: string[] = [];
  const walk = (n: { blocks: Array<{ kind: string; src?: string }>; children: unknown[] }) => {
    for (const b of n.blocks) if (b.kind === 'image' && b.src && !out.includes(b.src)) out.push(b.src);
    for (const c of n.children) walk(c as typeof n);
  };
  walk(md.root);
  return out;
}
