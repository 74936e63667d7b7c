import { notATemplate, templateUnreadable } from './errors';
import type { TemplateFormat } from './types';
import { attr, children, NS, parseXml } from './xml';
import { guardTemplateZip } from './zip-limits';
import { ZipParts } from './zip-parts';

// The template as an OPC package: its parts, content types and relationships. Shared by the reader
// (layouts, placeholders) and the writer (which adds our slides into the same package).

export interface Rel {
  id: string;
  type: string;
  /** Package part name without a leading slash (ppt/slideLayouts/slideLayout1.xml), or the URL when external. */
  target: string;
  external: boolean;
}

export interface TemplatePackage {
  file: string;
  /** The file as given: each render starts from a fresh copy of it. */
  bytes: Uint8Array;
  zip: ZipParts;
  format: TemplateFormat;
  /** The main part, normally ppt/presentation.xml. */
  main: string;
}

export const REL = {
  customUi2006: 'http://schemas.microsoft.com/office/2006/relationships/ui/extensibility',
  customUi2007: 'http://schemas.microsoft.com/office/2007/relationships/ui/extensibility',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  slide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
  slideLayout: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout',
  slideMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  notesMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster',
  notesSlide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
} as const;

const MAIN_TYPES: Record<string, TemplateFormat> = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'potx',
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml': 'pptm',
  'application/vnd.ms-powerpoint.template.macroEnabled.main+xml': 'potm',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'ppsx',
  'application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml': 'ppsm',
};

export async function readText(pkg: TemplatePackage, part: string): Promise<string | null> {
  return pkg.zip.text(part);
}

export async function readXml(pkg: TemplatePackage, part: string): Promise<Document | null> {
  const text = await readText(pkg, part);
  return text === null ? null : parseXml(text, part, pkg.file);
}

/** `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = part
    .slice(0, part.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

const relsCache = new WeakMap<ZipParts, Map<string, Rel[]>>();

/** Forget what was read of a package's relationships (the writer changes them). */
export function forgetRels(zip: ZipParts): void {
  relsCache.delete(zip);
}

const unescape = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A part's relationships. Relationship parts have one flat, fixed shape, so they are read with a small
 * scanner rather than a DOM: the reader and the writer walk every one of them.
 */
export async function readRels(pkg: TemplatePackage, part: string): Promise<Rel[]> {
  let cache = relsCache.get(pkg.zip);
  if (!cache) relsCache.set(pkg.zip, (cache = new Map()));
  const relsPath = part === '' ? '_rels/.rels' : relsPathOf(part);
  const hit = cache.get(relsPath);
  if (hit) return hit;
  const text = await readText(pkg, relsPath);
  const out: Rel[] = [];
  for (const m of (text ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = (name: string) => {
      const v = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(m[1]);
      return v ? unescape(v[2] ?? v[3] ?? '') : '';
    };
    const external = a('TargetMode') === 'External';
    const target = a('Target');
    let resolved = target;
    if (!external) {
      try {
        resolved = resolveTarget(part, decodeURI(target));
      } catch {
        resolved = resolveTarget(part, target);
      }
    }
    out.push({ id: a('Id'), type: a('Type'), target: resolved, external });
  }
  cache.set(relsPath, out);
  return out;
}

/** Opens the bytes as a presentation package, after the zip limits; refuses anything else with a sentence. */
export async function openTemplatePackage(bytes: Uint8Array, file: string): Promise<TemplatePackage> {
  await guardTemplateZip(bytes, file);
  let zip: ZipParts;
  try {
    zip = ZipParts.open(bytes);
  } catch {
    throw templateUnreadable(file);
  }
  if (!zip.has('[Content_Types].xml')) throw notATemplate(file);
  const pkg: TemplatePackage = { file, bytes, zip, format: 'pptx', main: 'ppt/presentation.xml' };
  const main = (await readRels(pkg, '')).find((r) => r.type === REL.officeDocument);
  if (!main || !zip.has(main.target)) throw notATemplate(file);
  pkg.main = main.target;
  let ct: string;
  try {
    ct = zip.text('[Content_Types].xml') ?? '';
  } catch {
    throw templateUnreadable(file, '[Content_Types].xml');
  }
  const types = parseXml(ct, '[Content_Types].xml', file);
  const override = children(types.documentElement, NS.ct, 'Override').find((o) => attr(o, 'PartName') === `/${main.target}`);
  const format = MAIN_TYPES[attr(override, 'ContentType') ?? ''];
  if (!format) throw notATemplate(file);
  pkg.format = format;
  return pkg;
}
