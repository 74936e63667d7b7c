import { readColorMap, resolveColor } from './colors';
import { templateWithoutLayouts, templateUnreadable } from './errors';
import { openTemplatePackage, readRels, readXml, REL, type TemplatePackage } from './package';
import { lookOf, paletteFrom, readBackground, readDecor, type PartContext } from './read-look';
import { EMU_PER_IN, level1RunProps, masterKindOf, readPlaceholders, runSizePt, textStyleOf, type RawPlaceholder } from './read-placeholders';
import { readTheme, type ThemeInfo } from './read-theme';
import type { LayoutInfo, MasterInfo, PlaceholderInfo, TemplateInfo } from './types';
import { attr, child, children, NS, numAttr, path } from './xml';

// A user's .pptx/.potx → what our layout code needs: page size, masters, layouts with their
// placeholders (geometry and level-1 text size resolved through layout → master → text styles), theme
// fonts, and a look for thumbnails. Runs in Node and in the browser (fflate + @xmldom/xmldom).

export interface LoadedTemplate {
  info: TemplateInfo;
  pkg: TemplatePackage;
}

const DEFAULT_INSETS = { l: 7.2, t: 3.6, r: 7.2, b: 3.6 };

function inherit(ph: RawPlaceholder, master: RawPlaceholder[], styles: Element | null, page: { w: number; h: number }): PlaceholderInfo {
  const kind = masterKindOf(ph.type);
  const fromMaster = master.find((m) => masterKindOf(m.type) === kind) ?? null;
  const styleSize = runSizePt(level1RunProps(child(styles, NS.p, textStyleOf(ph.type))));
  const box =
    ph.box ??
    fromMaster?.box ??
    (kind === 'title'
      ? { x: page.w * 0.05, y: page.h * 0.05, w: page.w * 0.9, h: page.h * 0.15 }
      : { x: page.w * 0.05, y: page.h * 0.22, w: page.w * 0.9, h: page.h * 0.68 });
  return {
    type: ph.type,
    idx: ph.idx,
    typeWritten: ph.typeWritten,
    idxWritten: ph.idxWritten,
    name: ph.name,
    box,
    fontPt: ph.sizePt ?? fromMaster?.sizePt ?? styleSize ?? 18,
    insets: { ...DEFAULT_INSETS, ...fromMaster?.insets, ...ph.insets },
    vertical: ph.vertical ?? fromMaster?.vertical ?? false,
    align:
      ({ ctr: 'center', r: 'right' } as Record<string, 'center' | 'right'>)[
        ph.align ?? fromMaster?.align ?? attr(child(child(styles, NS.p, textStyleOf(ph.type)), NS.a, 'lvl1pPr'), 'algn') ?? 'l'
      ] ?? 'left',
    valign: ({ ctr: 'middle', b: 'bottom' } as Record<string, 'middle' | 'bottom'>)[ph.anchor ?? fromMaster?.anchor ?? 't'] ?? 'top',
    text: ph.text || (ph.type === 'ftr' ? (fromMaster?.text ?? '') : ''),
  };
}

function colorOfPlaceholder(
  kind: 'title' | 'body',
  layout: RawPlaceholder[],
  master: RawPlaceholder[],
  styles: Element | null,
  ctx: PartContext,
  fallback: string,
): string {
  const pick = (list: RawPlaceholder[]) => list.find((p) => masterKindOf(p.type) === kind && p.color)?.color ?? null;
  const styleColor = child(level1RunProps(child(styles, NS.p, kind === 'title' ? 'titleStyle' : 'bodyStyle')), NS.a, 'solidFill');
  for (const holder of [pick(layout), pick(master), styleColor]) {
    const c = resolveColor(holder, ctx.scheme, ctx.map);
    if (c) return c;
  }
  return fallback;
}

export async function readTemplate(bytes: Uint8Array, file: string): Promise<LoadedTemplate> {
  const pkg = await openTemplatePackage(bytes, file);
  const pres = await readXml(pkg, pkg.main);
  if (!pres) throw templateUnreadable(file, pkg.main);
  const root = pres.documentElement;
  const sldSz = child(root, NS.p, 'sldSz');
  const page = { w: (numAttr(sldSz, 'cx') ?? 9144000) / EMU_PER_IN, h: (numAttr(sldSz, 'cy') ?? 6858000) / EMU_PER_IN };
  const presRels = await readRels(pkg, pkg.main);
  const relTarget = (rels: typeof presRels, el: Element) => rels.find((r) => r.id === el.getAttributeNS(NS.r, 'id'))?.target ?? null;
  const masterParts = children(child(root, NS.p, 'sldMasterIdLst'), NS.p, 'sldMasterId')
    .map((m) => relTarget(presRels, m))
    .filter((t): t is string => Boolean(t && pkg.zip.has(t)));
  const exampleSlides = children(child(root, NS.p, 'sldIdLst'), NS.p, 'sldId').length;

  const themes = new Map<string, ThemeInfo>();
  let fonts = readTheme(null).fonts;
  const masters: MasterInfo[] = [];
  const layouts: LayoutInfo[] = [];
  for (const [mi, masterPart] of masterParts.entries()) {
    const mdoc = await readXml(pkg, masterPart);
    if (!mdoc) continue;
    const mroot = mdoc.documentElement;
    const mrels = await readRels(pkg, masterPart);
    const themePart = mrels.find((r) => r.type === REL.theme)?.target ?? '';
    if (!themes.has(themePart)) themes.set(themePart, readTheme(await readXml(pkg, themePart)));
    const theme = themes.get(themePart)!;
    if (mi === 0) fonts = theme.fonts;
    const map = readColorMap(child(mroot, NS.p, 'clrMap'));
    const styles = child(mroot, NS.p, 'txStyles');
    const masterPhs = readPlaceholders(mroot);
    const mctx: PartContext = { pkg, part: masterPart, root: mroot, scheme: theme.scheme, map, bgFills: theme.bgFills };
    const masterBg = await readBackground(mctx);
    const masterDecor = await readDecor(mctx);
    const info: MasterInfo = { key: masterPart, name: attr(path(mroot, NS.p, 'cSld'), 'name') ?? '', layouts: [] };
    masters.push(info);
    const layoutParts = children(child(mroot, NS.p, 'sldLayoutIdLst'), NS.p, 'sldLayoutId')
      .map((l) => relTarget(mrels, l))
      .filter((t): t is string => Boolean(t && pkg.zip.has(t)));
    for (const layoutPart of layoutParts) {
      const ldoc = await readXml(pkg, layoutPart);
      if (!ldoc) continue;
      const lroot = ldoc.documentElement;
      const raw = readPlaceholders(lroot);
      const override = child(path(lroot, NS.p, 'clrMapOvr'), NS.a, 'overrideClrMapping');
      const lmap = override ? readColorMap(override) : map;
      const lctx: PartContext = { ...mctx, part: layoutPart, root: lroot, map: lmap };
      const bg = (await readBackground(lctx)) ?? masterBg;
      const background = bg?.color ?? theme.scheme[lmap.bg1 ?? 'lt1'] ?? 'FFFFFF';
      const text = colorOfPlaceholder('body', raw, masterPhs, styles, lctx, theme.scheme[lmap.tx1 ?? 'dk1'] ?? '000000');
      const title = colorOfPlaceholder('title', raw, masterPhs, styles, lctx, text);
      const showMaster = attr(lroot, 'showMasterSp') !== '0';
      const decor = [...(showMaster ? masterDecor : []), ...(await readDecor(lctx))];
      info.layouts.push(layoutPart);
      layouts.push({
        key: layoutPart,
        number: layouts.length + 1,
        name: attr(path(lroot, NS.p, 'cSld'), 'name') ?? '',
        type: attr(lroot, 'type') ?? 'cust',
        master: mi,
        placeholders: raw.map((p) => inherit(p, masterPhs, styles, page)),
        look: lookOf(paletteFrom(background, title, text, theme.scheme.accent1 ?? '4472C4'), bg?.image ?? null, decor),
      });
    }
  }
  if (layouts.length === 0) throw templateWithoutLayouts(file);
  const macrosRemoved = pkg.format.endsWith('m') || pkg.zip.names().some((n) => /vbaProject\.bin$/i.test(n));
  return { pkg, info: { file, format: pkg.format, page, masters, layouts, fonts, exampleSlides, macrosRemoved } };
}
