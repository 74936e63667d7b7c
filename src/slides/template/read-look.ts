import { bytesToDataUrl } from '../images';
import type { Palette } from '../themes';
import type { Box } from '../types';
import { contrast, mix } from './color-math';
import { resolveColor, type ColorMap, type ColorScheme } from './colors';
import { readRels, type TemplatePackage } from './package';
import { xfrmBox } from './read-placeholders';
import type { TemplateLook } from './types';
import { attr, child, children, NS, numAttr, path } from './xml';

// The look of a layout, for thumbnails only (the .pptx keeps the template's own parts untouched):
// background colour or picture, text and title colours, and the pictures the master and layout draw.

/** Pictures larger than this are left out of thumbnails (a 20 MB photo background stays in the .pptx). */
const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

export interface PartContext {
  pkg: TemplatePackage;
  part: string;
  root: Element;
  scheme: ColorScheme;
  map: ColorMap;
  bgFills: Element[];
}

const pictureCache = new WeakMap<TemplatePackage, Map<string, string | null>>();

async function pictureData(ctx: PartContext, rId: string): Promise<string | null> {
  const rel = (await readRels(ctx.pkg, ctx.part)).find((r) => r.id === rId);
  if (!rel || rel.external) return null;
  let cache = pictureCache.get(ctx.pkg);
  if (!cache) pictureCache.set(ctx.pkg, (cache = new Map()));
  if (cache.has(rel.target)) return cache.get(rel.target) ?? null;
  let data: string | null = null;
  if (ctx.pkg.zip.has(rel.target) && /\.(png|jpe?g|gif)$/i.test(rel.target)) {
    const bytes = ctx.pkg.zip.bytes(rel.target)!;
    if (bytes.byteLength <= MAX_PICTURE_BYTES) data = bytesToDataUrl(bytes)?.data ?? null;
  }
  cache.set(rel.target, data);
  return data;
}

export interface Background {
  color: string | null;
  image: string | null;
}

/** `<p:bg>` of a master or layout: a colour (solid, first gradient stop, theme fill) and/or a picture. */
export async function readBackground(ctx: PartContext): Promise<Background | null> {
  const bg = path(ctx.root, NS.p, 'cSld', 'bg');
  if (!bg) return null;
  const bgPr = child(bg, NS.p, 'bgPr');
  const bgRef = child(bg, NS.p, 'bgRef');
  let fill: Element | null = bgPr ? (children(bgPr, NS.a).find((e) => e.localName.endsWith('Fill')) ?? null) : null;
  let phColor: string | undefined;
  if (!fill && bgRef) {
    const idx = numAttr(bgRef, 'idx') ?? 0;
    phColor = resolveColor(bgRef, ctx.scheme, ctx.map) ?? undefined;
    fill = idx >= 1001 ? (ctx.bgFills[idx - 1001] ?? null) : null;
    if (!fill) return { color: phColor ?? null, image: null };
  }
  if (!fill) return null;
  const colorOf = (holder: Element | null) => {
    const c = resolveColor(holder, ctx.scheme, ctx.map, 'bg1');
    if (c && phColor && holder && children(holder, NS.a, 'schemeClr').some((s) => attr(s, 'val') === 'phClr')) return phColor;
    return c;
  };
  if (fill.localName === 'solidFill') return { color: colorOf(fill), image: null };
  if (fill.localName === 'gradFill') return { color: colorOf(path(fill, NS.a, 'gsLst', 'gs')), image: null };
  if (fill.localName === 'blipFill') {
    const embed = child(fill, NS.a, 'blip')?.getAttributeNS(NS.r, 'embed') ?? '';
    return { color: phColor ?? null, image: embed ? await pictureData(ctx, embed) : null };
  }
  return { color: phColor ?? null, image: null };
}

type Transform = (b: Box) => Box;
const IDENTITY: Transform = (b) => b;

/** A group's child coordinates (chOff/chExt) mapped onto its own box (off/ext). */
function groupTransform(grpSp: Element, outer: Transform): Transform {
  const xfrm = child(path(grpSp, NS.p, 'grpSpPr'), NS.a, 'xfrm');
  const box = xfrmBox(xfrm);
  const chOff = child(xfrm, NS.a, 'chOff');
  const chExt = child(xfrm, NS.a, 'chExt');
  const cx = (numAttr(chOff, 'x') ?? 0) / 914400;
  const cy = (numAttr(chOff, 'y') ?? 0) / 914400;
  const cw = (numAttr(chExt, 'cx') ?? 0) / 914400;
  const chh = (numAttr(chExt, 'cy') ?? 0) / 914400;
  if (!box || cw <= 0 || chh <= 0) return outer;
  const sx = box.w / cw;
  const sy = box.h / chh;
  return (b) => outer({ x: box.x + (b.x - cx) * sx, y: box.y + (b.y - cy) * sy, w: b.w * sx, h: b.h * sy });
}

/** Pictures that are not placeholders, also inside groups: logos, bands, ornaments. */
export async function readDecor(ctx: PartContext): Promise<Array<{ box: Box; data: string }>> {
  const out: Array<{ box: Box; data: string }> = [];
  const walk = async (tree: Element | null, t: Transform, depth: number): Promise<void> => {
    for (const el of children(tree, NS.p)) {
      if (el.localName === 'grpSp' && depth < 4) await walk(el, groupTransform(el, t), depth + 1);
      if (el.localName !== 'pic' || path(el, NS.p, 'nvPicPr', 'nvPr', 'ph')) continue;
      const box = xfrmBox(child(path(el, NS.p, 'spPr'), NS.a, 'xfrm'));
      const embed = child(path(el, NS.p, 'blipFill'), NS.a, 'blip')?.getAttributeNS(NS.r, 'embed') ?? '';
      const data = box && embed ? await pictureData(ctx, embed) : null;
      if (box && data) out.push({ box: t(box), data });
    }
  };
  await walk(path(ctx.root, NS.p, 'cSld', 'spTree'), IDENTITY, 0);
  return out;
}

export function paletteFrom(background: string, title: string, text: string, accent: string): Palette {
  const onAccent = contrast(accent, 'FFFFFF') >= contrast(accent, '000000') ? 'FFFFFF' : '000000';
  return {
    background,
    title,
    text,
    muted: mix(text, background, 0.25),
    accent,
    onAccent,
    codeBg: mix(text, background, 0.92),
    codeText: text,
    panel: mix(accent, background, 0.85),
  };
}

export function lookOf(palette: Palette, image: string | null, decor: TemplateLook['decor']): TemplateLook {
  return { palette, backgroundImage: image, decor };
}
