import { strFromU8, strToU8, unzipSync, Zip, zipSync, type ZipInputFile, type Zippable } from 'fflate';
import { bytesToBase64 } from './images';
import type { Theme } from './themes';

// pptxgenjs 4.0.1 output needs three repairs before PowerPoint opens it without a "repair" prompt and at
// a sensible size: [Content_Types].xml lists one slideMaster per slide although only the masters we
// defined exist (gitbrent/PptxGenJS#1444), explicit output types are written uncompressed (STORE), and
// theme1.xml leaves the East Asian theme font empty (#1288), so Chinese falls back to 等线.

const TYPES: Array<[RegExp, string]> = [
  [/^ppt\/slides\/slide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml'],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml'],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml'],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml'],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml'],
  [/^ppt\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^ppt\/presentation\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
  [/^ppt\/presProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presProps+xml'],
  [/^ppt\/viewProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml'],
  [/^ppt\/tableStyles\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
];

const MEDIA: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentTypeFor(path: string): string | undefined {
  return TYPES.find(([re]) => re.test(path))?.[1];
}

/** Rewrites [Content_Types].xml so it lists exactly the parts in the package. */
export function fixContentTypes(xml: string, parts: string[]): string {
  const present = new Set(parts);
  const out = xml.replace(/<Override\s+PartName="\/([^"]+)"[^>]*\/>/g, (m, name: string) => (present.has(name) ? m : ''));
  const overridden = new Set([...out.matchAll(/<Override\s+PartName="\/([^"]+)"/g)].map((m) => m[1]));
  const defaults = new Set([...out.matchAll(/<Default\s+Extension="([^"]+)"/gi)].map((m) => m[1].toLowerCase()));
  const add: string[] = [];
  for (const part of parts) {
    const ext = part.split('.').pop()!.toLowerCase();
    if (MEDIA[ext] && !defaults.has(ext)) {
      add.push(`<Default Extension="${ext}" ContentType="${MEDIA[ext]}"/>`);
      defaults.add(ext);
    }
    const type = contentTypeFor(part);
    if (type && !overridden.has(part)) add.push(`<Override PartName="/${part}" ContentType="${type}"/>`);
  }
  // image/jpg is not a registered MIME type and one of the known repair-prompt causes (PptxGenJS PR #1462).
  return out.replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"').replace('</Types>', `${add.join('')}</Types>`);
}

export function fixThemeFonts(xml: string, theme: Theme): string {
  return xml
    .replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${theme.font}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${theme.eaFallback.hans}"/>`)
    .replace(/<a:font script="Hant" typeface="[^"]*"\/>/g, `<a:font script="Hant" typeface="${theme.eaFallback.hant}"/>`);
}

/** One <a:pPr> per paragraph, first in it: pptxgenjs writes one per run, which PowerPoint rejects. */
export function dedupeParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, inner: string) => {
    let seen = false;
    const body = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pp) => {
      if (seen) return '';
      seen = true;
      return pp;
    });
    return `<a:p>${body}</a:p>`;
  });
}

function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * pptxgenjs numbers every deck's slides 256, 257… with no creation id; PowerPoint ignores inserted slides
 * whose ids it already has (OfficeDev/office-js#6105), so a second insertion of a generated deck could
 * silently do nothing. Each deck gets a random id range and every slide a random p14:creationId.
 */
export function uniqueSlideIds(presentationXml: string, random: () => number = randomUint32): string {
  const count = (presentationXml.match(/<p:sldId /g) ?? []).length;
  // sldId must be in [256, 2^31): leave room for the deck and for slides PowerPoint adds later.
  let next = 256 + (random() % (2_000_000_000 - count));
  return presentationXml.replace(/<p:sldId id="\d+"/g, () => `<p:sldId id="${next++}"`);
}

export function addCreationId(slideXml: string, random: () => number = randomUint32): string {
  if (slideXml.includes('p14:creationId')) return slideXml;
  const ext = `<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="${random() || 1}"/></p:ext></p:extLst>`;
  return slideXml.replace('</p:spTree></p:cSld>', `</p:spTree>${ext}</p:cSld>`);
}

/**
 * A native raw DEFLATE and CRC-32 (Node's zlib, see node-deflate.ts). Without one the package is
 * compressed by fflate in JavaScript, which works everywhere; with one, a 200-slide deck zips about
 * four times faster.
 */
export interface NativeDeflate {
  deflateRaw(data: Uint8Array): Uint8Array<ArrayBuffer>;
  crc32(data: Uint8Array): number;
}

/** Adds an entry whose bytes are already compressed (`method` 8) or stored (0): fflate writes only the headers. */
export type AddPrecompressed = (name: string, method: number, size: number, crc: number, data: Uint8Array) => void;

/**
 * One zip written by fflate into memory: `fill` adds entries to `zip` (fflate compressing them) or through
 * `add` (bytes already compressed); the chunks are joined once at the end. The .pptx writers share it.
 */
export function writeZip(fill: (zip: Zip, add: AddPrecompressed) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
    total += chunk.length;
  });
  fill(zip, (name, method, size, crc, data) => {
    const entry: ZipInputFile = { filename: name, size, crc, compression: method, terminate: () => undefined };
    zip.add(entry);
    entry.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
  });
  zip.end();
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A zip of the parts in order; .rels parts STORE, the rest DEFLATE, compressed by `native`. */
function zipNative(files: Record<string, Uint8Array>, native: NativeDeflate): Uint8Array {
  return writeZip((_zip, add) => {
    for (const [name, data] of Object.entries(files)) {
      const store = name.endsWith('.rels');
      add(name, store ? 0 : 8, data.length, native.crc32(data), store ? data : native.deflateRaw(data));
    }
  });
}

/** The package's XML parts, as text, for an edit before the repairs. */
export interface PackageParts {
  read(path: string): string | undefined;
  write(path: string, xml: string): void;
}

/** A further edit of the package before it is repaired and written (diagram connectors use it). */
export type PackageEdit = (parts: PackageParts) => void | Promise<void>;

export interface FixOptions {
  edit?: PackageEdit;
  native?: NativeDeflate;
}

export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'uint8array', opts?: FixOptions): Promise<Uint8Array>;
export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'base64', opts?: FixOptions): Promise<string>;
export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'uint8array' | 'base64', opts: FixOptions = {}): Promise<Uint8Array | string> {
  // fflate reads and writes the package: about three times faster than JSZip with pako on a 200-slide
  // deck (600 parts), the same code in Node and the pane.
  const files = unzipSync(raw);
  await opts.edit?.({ read: (path) => (files[path] ? strFromU8(files[path]) : undefined), write: (path, xml) => void (files[path] = strToU8(xml)) });
  // Folder entries are not OPC parts (Office never writes them); empty ones (charts/, embeddings/) only confuse checkers.
  for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
  const parts = Object.keys(files);
  const edit = (name: string, fix: (xml: string) => string) => {
    files[name] = strToU8(fix(strFromU8(files[name])));
  };
  edit('[Content_Types].xml', (ct) => fixContentTypes(ct, parts));
  for (const p of parts.filter((x) => /^ppt\/slides\/slide\d+\.xml$/.test(x))) edit(p, (xml) => addCreationId(dedupeParagraphProps(xml)));
  edit('ppt/presentation.xml', (xml) => uniqueSlideIds(xml));
  for (const p of parts.filter((x) => /^ppt\/theme\/theme\d+\.xml$/.test(x))) edit(p, (xml) => fixThemeFonts(xml, theme));
  // Relationship parts are a few hundred bytes each and there is one per slide and notes page: DEFLATE
  // gains nothing on them and its per-entry setup dominated the time of a 200-slide deck, so they stay
  // STORE. Every XML part is DEFLATE.
  let zipped: Uint8Array;
  if (opts.native) {
    zipped = zipNative(files, opts.native);
  } else {
    const entries: Zippable = {};
    for (const p of parts) entries[p] = [files[p], { level: p.endsWith('.rels') ? 0 : 1 }];
    zipped = zipSync(entries);
  }
  return type === 'base64' ? bytesToBase64(zipped) : zipped;
}
