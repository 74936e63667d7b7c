import JSZip from 'jszip';
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

const MEDIA: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

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

/** A further edit of the package before it is repaired and written (diagram connectors use it). */
export type PackageEdit = (zip: JSZip) => Promise<void>;

export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'uint8array', edit?: PackageEdit): Promise<Uint8Array>;
export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'base64', edit?: PackageEdit): Promise<string>;
export async function fixPackage(raw: Uint8Array, theme: Theme, type: 'uint8array' | 'base64', edit?: PackageEdit): Promise<Uint8Array | string> {
  const zip = await JSZip.loadAsync(raw);
  await edit?.(zip);
  // Folder entries are not OPC parts (Office never writes them); empty ones (charts/, embeddings/) only confuse checkers.
  for (const name of Object.keys(zip.files)) if (zip.files[name].dir) delete zip.files[name];
  const parts = Object.keys(zip.files);
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', fixContentTypes(ct, parts));
  for (const p of parts.filter((x) => /^ppt\/slides\/slide\d+\.xml$/.test(x))) {
    zip.file(p, addCreationId(dedupeParagraphProps(await zip.file(p)!.async('string'))));
  }
  zip.file('ppt/presentation.xml', uniqueSlideIds(await zip.file('ppt/presentation.xml')!.async('string')));
  for (const p of parts.filter((x) => /^ppt\/theme\/theme\d+\.xml$/.test(x))) {
    zip.file(p, fixThemeFonts(await zip.file(p)!.async('string'), theme));
  }
  // Relationship parts are a few hundred bytes each and there is one per slide and notes page: DEFLATE
  // gains nothing on them and its per-entry setup dominated the time of a 200-slide deck, so they stay
  // STORE (JSZip then copies pptxgenjs' stored bytes as they are). Every XML part is DEFLATE.
  for (const p of Object.keys(zip.files)) if (p.endsWith('.rels')) (zip.files[p] as unknown as { options: { compression?: string } }).options.compression = 'STORE';
  return zip.generateAsync({ type, compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
