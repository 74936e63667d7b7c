import { INSET_PT } from '../fit-text';
import type { SlideFrames, TextFrame } from '../frames';
import { CODE_SIZES, TABLE_SIZES } from '../geometry';
import type { Box } from '../types';
import { rolesOf } from './layout-roles';
import type { LayoutMapping } from './match-layouts';
import type { LayoutInfo, PlaceholderInfo, TemplateInfo } from './types';

// A template's layouts as the fitter's frames: each text goes into a placeholder, measured at the
// placeholder's own size and insets, starting from the size the template's text styles give and
// shrinking within limits before continuing on a "(cont.)" slide — the same rules as our themes.

/**
 * The box the fitter measures for a placeholder. The fitter keeps INSET_PT on every side; the
 * placeholder's own insets differ, so the box is moved so that its inner area is the placeholder's.
 */
export function fitBoxOf(ph: PlaceholderInfo): Box {
  const d = (v: number) => (v - INSET_PT) / 72;
  return {
    x: ph.box.x + d(ph.insets.l),
    y: ph.box.y + d(ph.insets.t),
    w: ph.box.w - d(ph.insets.l) - d(ph.insets.r),
    h: ph.box.h - d(ph.insets.t) - d(ph.insets.b),
  };
}

/** From the template's size down to `ratio` of it (never under `min`), in steps of about 8 %. */
export function ladder(size: number, ratio = 0.6, min = 12): number[] {
  const floor = Math.max(min, Math.round(size * ratio));
  const out: number[] = [];
  for (let s = Math.max(size, floor); s > floor; s = Math.min(s - 1, Math.round(s * 0.92))) out.push(s);
  out.push(floor);
  return out;
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** The region under a layout's title and above its footer row: where objects without a placeholder go. */
function areaUnderTitle(t: TemplateInfo, l: LayoutInfo): Box {
  const r = rolesOf(l);
  const title = r.title?.box ?? { x: t.page.w * 0.06, y: t.page.h * 0.04, w: t.page.w * 0.88, h: t.page.h * 0.14 };
  const footers = l.placeholders.filter((p) => ['dt', 'ftr', 'sldNum'].includes(p.type) && p.box.y > t.page.h * 0.6).map((p) => p.box.y);
  const top = title.y + title.h + 0.15;
  const bottom = Math.min(t.page.h - 0.3, ...footers) - 0.1;
  // A title at the side (or low on the page) leaves the page's body region instead.
  if (bottom - top < t.page.h * 0.4) return { x: t.page.w * 0.06, y: t.page.h * 0.22, w: t.page.w * 0.88, h: t.page.h * 0.66 };
  return { x: title.x, y: top, w: title.w, h: bottom - top };
}

function textFrame(ph: PlaceholderInfo, ratio = 0.6, min = 12): TextFrame {
  return { box: fitBoxOf(ph), sizes: ladder(ph.fontPt, ratio, min) };
}

function titleFrame(t: TemplateInfo, l: LayoutInfo): TextFrame {
  const title = rolesOf(l).title;
  if (title) return textFrame(title, 0.6, 16);
  const a = areaUnderTitle(t, l);
  return { box: { x: a.x, y: t.page.h * 0.05, w: a.w, h: t.page.h * 0.14 }, sizes: ladder(32, 0.6, 16) };
}

/** The main text area of a layout: its largest body, or every body together, or the area under the title. */
function bodyFrame(t: TemplateInfo, l: LayoutInfo): TextFrame {
  const r = rolesOf(l);
  const under = areaUnderTitle(t, l);
  // A body placeholder far smaller than the room under the title (users of such templates resize it on
  // every slide) is grown to that room; it stays the same placeholder, moved.
  if (r.bodies.length && !r.columns && r.bodies[0].box.w * r.bodies[0].box.h < 0.45 * under.w * under.h)
    return { box: under, sizes: ladder(r.bodies[0].fontPt) };
  if (r.bodies.length && !r.columns) return textFrame(r.bodies[0]);
  if (r.columns) return { box: fitBoxOf({ ...r.columns[0], box: union([r.columns[0].box, r.columns[1].box]) }), sizes: ladder(r.columns[0].fontPt) };
  return { box: under, sizes: ladder(24) };
}

export function templateFrames(t: TemplateInfo, m: LayoutMapping): SlideFrames {
  const L = (k: keyof LayoutMapping) => m[k].layout ?? t.layouts[0];
  const own = (k: keyof LayoutMapping) => m[k].how !== 'fallback' && m[k].how !== 'none';

  const titleL = L('title');
  const tr = rolesOf(titleL);
  const titleTitle = titleFrame(t, titleL);
  const sub = tr.subtitle ?? tr.bodies[0];
  const subtitle = sub
    ? textFrame(sub)
    : {
        box: { ...titleTitle.box, y: titleTitle.box.y + titleTitle.box.h + 0.1, h: Math.min(1.2, t.page.h - titleTitle.box.y - titleTitle.box.h - 0.5) },
        sizes: ladder(24),
      };

  const sectionL = L('section');
  const sr = rolesOf(sectionL);
  const sectionSub = sr.subtitle ?? sr.bodies[0];

  const closingL = L('closing');
  const cr = rolesOf(closingL);
  const closingSub = cr.subtitle ?? cr.bodies[0];

  const bulletsL = L('bullets');
  const body = bodyFrame(t, bulletsL);
  const bulletsTitle = titleFrame(t, bulletsL);

  const freeL = L('titleOnly');
  const free = { title: titleFrame(t, freeL), area: own('bullets') && bulletsL.master === freeL.master ? body.box : areaUnderTitle(t, freeL) };

  const tableL = L('table');
  const tbl = own('table') ? rolesOf(tableL).table : null;

  const colsL = L('twoColumn');
  const cols = own('twoColumn') ? rolesOf(colsL).columns : null;
  const cmpL = L('comparison');
  const cmp = own('comparison') ? rolesOf(cmpL) : null;

  const picL = L('picture');
  const pr = own('picture') ? rolesOf(picL) : null;
  const caption = pr?.picture ? (pr.bodies.find((b) => b !== pr.picture) ?? null) : null;
  const split = body.box.w * 0.45;
  const gap = 0.3;

  return {
    page: t.page,
    decorate: false,
    title: { title: titleTitle, subtitle },
    section: { title: titleFrame(t, sectionL), subtitle: sectionSub ? textFrame(sectionSub) : null, kicker: null },
    closing: { title: titleFrame(t, closingL), subtitle: closingSub ? textFrame(closingSub) : subtitle },
    bullets: { title: bulletsTitle, body, agendaSizes: body.sizes },
    free,
    table: { title: tbl ? titleFrame(t, tableL) : free.title, area: tbl ? tbl.box : free.area, sizes: TABLE_SIZES, paginatedPt: 14 },
    code: { sizes: CODE_SIZES },
    quote: { box: body.box, bar: null, sizes: ladder(Math.round(body.sizes[0] * 1.1)) },
    columns: cols ? { title: titleFrame(t, colsL), left: fitBoxOf(cols[0]), right: fitBoxOf(cols[1]) } : null,
    comparison:
      cmp?.columns && cmp.heads
        ? {
            title: titleFrame(t, cmpL),
            heads: [fitBoxOf(cmp.heads[0]), fitBoxOf(cmp.heads[1])],
            left: fitBoxOf(cmp.columns[0]),
            right: fitBoxOf(cmp.columns[1]),
            headSizes: ladder(cmp.heads[0].fontPt),
          }
        : null,
    picture: pr?.picture
      ? { title: titleFrame(t, picL), picture: pr.picture.box, text: caption ? textFrame(caption) : null, alone: pr.picture.box, inPlaceholder: true }
      : {
          title: bulletsTitle,
          picture: { x: body.box.x + split + gap, y: body.box.y, w: body.box.w - split - gap, h: body.box.h },
          text: { box: { ...body.box, w: split }, sizes: body.sizes.slice(Math.min(1, body.sizes.length - 1)) },
          alone: free.area,
          inPlaceholder: false,
        },
  };
}
