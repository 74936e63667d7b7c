import { contentTypeFor, fixContentTypes, type NativeDeflate } from '../package-fix';
import type { Deck } from '../types';
import { contrast, luminance } from './color-math';
import { notesMasterRelsXml, notesMasterXml, notesSlideRelsXml, notesSlideXml } from './notes-xml';
import { forgetRels, readRels, relsPathOf, REL, type Rel, type TemplatePackage } from './package';
import type { LoadedTemplate } from './read-template';
import { mediaRegistry, slideXml } from './slide-xml';
import { escapeXml } from './xml';
import type { ZipParts } from './zip-parts';

// Our slides written into the template's own package: its masters, layouts, theme, pictures and
// fonts stay as they are (the theme part byte for byte), the example slides go (unless kept), and
// each new slide points at the template layout it was laid out for. Macros never travel: the VBA
// project and ribbon customisations of a .pptm/.potm are left out, and the result is a plain .pptx.

export interface TemplateRenderOptions {
  /** Keep the slides the template already has (its examples) before ours. */
  keepExampleSlides?: boolean;
  /** Node's zlib for our new parts (the CLI); without it fflate compresses them in JavaScript. */
  native?: NativeDeflate;
}

const PRESENTATION_MAIN = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
const NOTES_SZ_DEFAULT = { cx: 6858000, cy: 9144000 };

function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

function relXml(r: { id: string; type: string; target: string }): string {
  return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
}

/** A relative target from the folder of `from` to `to` (both package part names). */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

async function text(zip: ZipParts, part: string): Promise<string> {
  return zip.text(part) ?? '';
}

function removeRels(relsXml: string, ids: Set<string>): string {
  return relsXml.replace(/<Relationship\b[^>]*?\bId="([^"]+)"[^>]*\/>/g, (m, id: string) => (ids.has(id) ? '' : m));
}

function addRels(relsXml: string, rels: Array<{ id: string; type: string; target: string }>): string {
  const body = rels.map(relXml).join('');
  if (!relsXml)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  return relsXml.replace(/<\/Relationships>\s*$/, `${body}</Relationships>`);
}

/** Parts reachable from the package root through relationships; the rest are orphans of removed parts. */
async function reachable(pkg: TemplatePackage): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue: Rel[] = await readRels(pkg, '');
  while (queue.length) {
    const r = queue.shift()!;
    if (r.external || seen.has(r.target) || !pkg.zip.has(r.target)) continue;
    seen.add(r.target);
    queue.push(...(await readRels(pkg, r.target)));
  }
  return seen;
}

/** The prefix a document uses for a namespace URI on its root element ('' for a default namespace). */
function prefixOf(xml: string, uri: string): string | null {
  const root = /<[^?!][^>]*>/.exec(xml)?.[0] ?? '';
  const m = new RegExp(`xmlns(?::([\\w.-]+))?="${uri.replace(/[.]/g, '\\.')}"`).exec(root);
  return m ? (m[1] ?? '') : null;
}

export async function renderTemplateDeck(loaded: LoadedTemplate, deck: Deck, opts: TemplateRenderOptions = {}): Promise<Uint8Array> {
  const { info } = loaded;
  // A fresh copy of the template for every render: the loaded one is shared (the pane renders often).
  const zip = loaded.pkg.zip.clone();
  const pkg: TemplatePackage = { ...loaded.pkg, zip };
  const main = pkg.main;
  const mainDir = main.slice(0, main.lastIndexOf('/') + 1);
  const mainRelsPath = relsPathOf(main);
  let pres = await text(zip, main);
  let presRels = await text(zip, mainRelsPath);
  const rels = await readRels(pkg, main);
  const P = prefixOf(pres, 'http://schemas.openxmlformats.org/presentationml/2006/main') ?? 'p';
  const tag = (n: string) => (P ? `${P}:${n}` : n);
  let R = prefixOf(pres, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships');
  if (R === null) {
    R = 'r';
    pres = pres.replace(new RegExp(`<${tag('presentation')}\\b`), `$& xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
  }

  // 1. Macros and ribbon customisations never travel.
  const macroRels = new Set(rels.filter((r) => r.type === REL.vbaProject).map((r) => r.id));
  presRels = removeRels(presRels, macroRels);
  const rootRels = await text(zip, '_rels/.rels');
  const uiIds = new Set((await readRels(pkg, '')).filter((r) => r.type === REL.customUi2006 || r.type === REL.customUi2007).map((r) => r.id));
  if (uiIds.size) zip.set('_rels/.rels', removeRels(rootRels, uiIds));

  // 2. The template's example slides go, unless asked to stay (then ours follow them).
  const slideRels = rels.filter((r) => r.type === REL.slide);
  const keep = Boolean(opts.keepExampleSlides);
  const listRe = new RegExp(`<${tag('sldIdLst')}>[\\s\\S]*?</${tag('sldIdLst')}>|<${tag('sldIdLst')}/>`);
  const existingIds = [...(listRe.exec(pres)?.[0] ?? '').matchAll(/\bid="(\d+)"/g)].map((m) => Number(m[1]));
  if (!keep) {
    presRels = removeRels(presRels, new Set(slideRels.map((r) => r.id)));
    pres = pres.replace(listRe, '');
    // Custom shows and sections name the removed slides; left in place they make PowerPoint repair the file.
    pres = pres.replace(new RegExp(`<${tag('custShowLst')}>[\\s\\S]*?</${tag('custShowLst')}>`), '');
    pres = pres.replace(/<(\w+:)?ext uri="\{521415D9-36F7-43E2-AB2F-B90AF26B5E84\}">[\s\S]*?<\/\1?ext>/, '');
  }
  zip.set(mainRelsPath, presRels);
  zip.set(main, pres);
  // Everything only the removed slides (or the macros) used goes with them.
  forgetRels(zip);
  const live = await reachable(pkg);
  for (const name of zip.names()) {
    if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
    if (!live.has(name)) zip.remove(name);
  }
  for (const name of zip.names()) {
    if (!name.endsWith('.rels') || name === '_rels/.rels') continue;
    const owner = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (!zip.has(owner)) zip.remove(name);
  }

  // 3. Relationship ids and slide ids for what we add.
  let nextRel = Math.max(0, ...[...presRels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const newPresRels: Array<{ id: string; type: string; target: string }> = [];
  const slideFolder = `${mainDir}slides/`;
  let slideNo = Math.max(0, ...zip.names().map((n) => Number(new RegExp(`^${slideFolder}slide(\\d+)\\.xml$`).exec(n)?.[1] ?? 0)));
  const count = deck.slides.length;
  let nextSlideId = keep && existingIds.length ? Math.max(...existingIds) + 1 : 256 + (randomUint32() % (2_000_000_000 - count));

  // 4. Speaker notes need a notes master; templates often have none.
  const hasNotes = deck.slides.some((s) => s.notes.trim());
  forgetRels(zip);
  let notesMaster = (await readRels(pkg, main)).find((r) => r.type === REL.notesMaster && zip.has(r.target))?.target ?? null;
  if (hasNotes && !notesMaster) {
    notesMaster = `${mainDir}notesMasters/notesMaster1.xml`;
    const themeSrc = info.masters.length ? ((await readRels(pkg, info.masters[0].key)).find((r) => r.type === REL.theme)?.target ?? null) : null;
    let themeNo = 1;
    while (zip.has(`${mainDir}theme/theme${themeNo}.xml`)) themeNo++;
    const themePart = `${mainDir}theme/theme${themeNo}.xml`;
    if (themeSrc && zip.has(themeSrc)) zip.set(themePart, zip.bytes(themeSrc)!);
    const notesSz = /<\w*:?notesSz cx="(\d+)" cy="(\d+)"/.exec(pres);
    const sldSz = /<\w*:?sldSz cx="(\d+)" cy="(\d+)"/.exec(pres);
    zip.set(
      notesMaster,
      notesMasterXml(
        Number(notesSz?.[1] ?? NOTES_SZ_DEFAULT.cx),
        Number(notesSz?.[2] ?? NOTES_SZ_DEFAULT.cy),
        Number(sldSz?.[1] ?? 9144000),
        Number(sldSz?.[2] ?? 6858000),
      ),
    );
    zip.set(relsPathOf(notesMaster), notesMasterRelsXml(relative(notesMaster, themePart)));
    const id = `rId${nextRel++}`;
    newPresRels.push({ id, type: REL.notesMaster, target: relative(main, notesMaster) });
    const entry = `<${tag('notesMasterIdLst')}><${tag('notesMasterId')} ${R}:id="${id}"/></${tag('notesMasterIdLst')}>`;
    pres = pres.replace(new RegExp(`</${tag('sldMasterIdLst')}>`), (m) => m + entry);
  }

  // 5. Our slides.
  const lang = deck.lang === 'zh' ? 'zh-CN' : 'en-US';
  const media = mediaRegistry(`${mainDir}media/`, 'dsplus-image', (part, bytes) => zip.set(part, bytes));
  const byKey = new Map(info.layouts.map((l) => [l.key, l]));
  const ids: string[] = [];
  let notesNo = Math.max(0, ...zip.names().map((n) => Number(/notesSlide(\d+)\.xml$/.exec(n)?.[1] ?? 0)));
  deck.slides.forEach((slide, i) => {
    const layout = byKey.get(slide.templateLayout ?? '') ?? info.layouts[0];
    const part = `${slideFolder}slide${++slideNo}.xml`;
    const pal = layout.look.palette;
    const x = slideXml(slide, {
      layout,
      dark: luminance(pal.text) > 0.5,
      onAccent: contrast(pal.accent, pal.background) >= contrast(pal.accent, pal.text) ? 'bg1' : 'tx1',
      lang,
      footer: deck.footer,
      number: (keep ? existingIds.length : 0) + i + 1,
      media,
      creationId: randomUint32() || 1,
    });
    const own: Array<{ id: string; type: string; target: string }> = [
      { id: 'rId1', type: REL.slideLayout, target: relative(part, layout.key) },
      ...x.images.map((im) => ({ id: im.rId, type: REL.image, target: relative(part, im.part) })),
    ];
    if (slide.notes.trim() && notesMaster) {
      const notesPart = `${mainDir}notesSlides/notesSlide${++notesNo}.xml`;
      zip.set(notesPart, notesSlideXml(slide.notes, lang));
      zip.set(relsPathOf(notesPart), notesSlideRelsXml(relative(notesPart, notesMaster), relative(notesPart, part)));
      own.push({ id: `rId${own.length + 1}`, type: REL.notesSlide, target: relative(part, notesPart) });
    }
    zip.set(part, x.xml);
    zip.set(relsPathOf(part), addRels('', own));
    const id = `rId${nextRel++}`;
    newPresRels.push({ id, type: REL.slide, target: relative(main, part) });
    ids.push(`<${tag('sldId')} id="${nextSlideId++}" ${R}:id="${id}"/>`);
  });

  // 6. presentation.xml lists the slides (after any notes/handout master list, before the page size).
  const list = ids.join('');
  if (listRe.test(pres))
    pres = pres
      .replace(new RegExp(`</${tag('sldIdLst')}>`), `${list}</${tag('sldIdLst')}>`)
      .replace(new RegExp(`<${tag('sldIdLst')}/>`), `<${tag('sldIdLst')}>${list}</${tag('sldIdLst')}>`);
  else pres = pres.replace(new RegExp(`<${tag('sldSz')}\\b`), `<${tag('sldIdLst')}>${list}</${tag('sldIdLst')}>$&`);
  const p14 = /<([\w.-]+):sectionLst\b/.exec(pres)?.[1];
  if (keep && p14) {
    // The template's sections must name every slide: ours join its last section.
    const added = [...list.matchAll(/ id="(\d+)"/g)].map((m) => `<${p14}:sldId id="${m[1]}"/>`).join('');
    const close = pres.lastIndexOf(`</${p14}:sldIdLst>`);
    const empty = pres.lastIndexOf(`<${p14}:sldIdLst/>`);
    if (close > empty) pres = pres.slice(0, close) + added + pres.slice(close);
    else if (empty >= 0) pres = pres.slice(0, empty) + `<${p14}:sldIdLst>${added}</${p14}:sldIdLst>` + pres.slice(empty + `<${p14}:sldIdLst/>`.length);
  }
  zip.set(main, pres);
  zip.set(mainRelsPath, addRels(await text(zip, mainRelsPath), newPresRels));

  // 7. Content types: exactly the parts present, the main part a plain presentation.
  const parts = zip.names();
  let ct = await text(zip, '[Content_Types].xml');
  ct = ct.replace(/<Default\s+Extension="bin"\s+ContentType="application\/vnd\.ms-office\.vbaProject"\s*\/>/i, '');
  ct = ct.replace(new RegExp(`(<Override\\s+PartName="/${main.replace(/[.]/g, '\\.')}"\\s+ContentType=")[^"]+(")`), `$1${PRESENTATION_MAIN}$2`);
  ct = fixContentTypes(ct, parts);
  for (const p of parts.filter((n) => n.endsWith('.bin') && !ct.includes(`PartName="/${n}"`) && !/Extension="bin"/i.test(ct))) {
    ct = ct.replace(
      '</Types>',
      `<Override PartName="/${p}" ContentType="${contentTypeFor(p) ?? 'application/vnd.openxmlformats-officedocument.presentationml.printerSettings'}"/></Types>`,
    );
  }
  zip.set('[Content_Types].xml', ct);

  // 8. Document properties: the slide count and title of this deck, not of the template.
  const app = await text(zip, 'docProps/app.xml');
  if (app)
    zip.set(
      'docProps/app.xml',
      app
        .replace(/<Slides>\d+<\/Slides>/, `<Slides>${(keep ? existingIds.length : 0) + count}</Slides>`)
        .replace(/<Notes>\d+<\/Notes>/, `<Notes>${notesNo}</Notes>`),
    );
  const core = await text(zip, 'docProps/core.xml');
  if (core) zip.set('docProps/core.xml', core.replace(/<dc:title>[\s\S]*?<\/dc:title>|<dc:title\/>/, `<dc:title>${escapeXml(deck.title)}</dc:title>`));

  // The template's untouched parts keep their compressed bytes; our parts are compressed as the built-in
  // themes' are (relationship parts and pictures STORE, the rest DEFLATE).
  return zip.toZip(opts.native);
}
