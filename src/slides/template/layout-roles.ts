import type { Slot } from '../types';
import type { LayoutInfo, PlaceholderInfo } from './types';

// What each placeholder of a layout is for, from its type and position: the title, a subtitle, the
// text bodies (largest first), two columns, two column headings, a picture, a table. The frames (what
// the fitter measures) and the writer (which <p:ph> a text goes into) both read these, so a text is
// always fitted to the box of the placeholder it ends up in.

export interface LayoutRoles {
  title: PlaceholderInfo | null;
  subtitle: PlaceholderInfo | null;
  /** Horizontal text placeholders (body, obj, subTitle), largest area first. */
  bodies: PlaceholderInfo[];
  /** Two side-by-side bodies, left first (the two largest when they sit side by side). */
  columns: [PlaceholderInfo, PlaceholderInfo] | null;
  /** Short bodies above the columns (comparison layouts). */
  heads: [PlaceholderInfo, PlaceholderInfo] | null;
  picture: PlaceholderInfo | null;
  table: PlaceholderInfo | null;
  footer: PlaceholderInfo | null;
  slideNumber: PlaceholderInfo | null;
}

const TEXT_TYPES = new Set(['body', 'obj', 'subTitle']);
const area = (p: PlaceholderInfo) => p.box.w * p.box.h;
const overlapX = (a: PlaceholderInfo, b: PlaceholderInfo) => Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);

const cache = new WeakMap<LayoutInfo, LayoutRoles>();

export function rolesOf(layout: LayoutInfo): LayoutRoles {
  const hit = cache.get(layout);
  if (hit) return hit;
  const phs = layout.placeholders.filter((p) => !p.vertical);
  const title = phs.find((p) => p.type === 'ctrTitle') ?? phs.find((p) => p.type === 'title') ?? null;
  const bodies = phs.filter((p) => TEXT_TYPES.has(p.type)).sort((a, b) => area(b) - area(a));
  const subtitle = phs.find((p) => p.type === 'subTitle') ?? null;
  // Columns: the two largest bodies that sit side by side (no horizontal overlap) at similar heights.
  let columns: LayoutRoles['columns'] = null;
  let heads: LayoutRoles['heads'] = null;
  const tall = bodies.filter((b) => b.box.h >= 1.2);
  for (let i = 0; i < tall.length && !columns; i++) {
    for (let j = i + 1; j < tall.length && !columns; j++) {
      const [a, b] = [tall[i], tall[j]].sort((p, q) => p.box.x - q.box.x);
      const similar = Math.abs(a.box.y - b.box.y) < 0.6 && Math.min(a.box.h, b.box.h) / Math.max(a.box.h, b.box.h) > 0.7;
      if (overlapX(a, b) <= 0.05 && similar) columns = [a, b];
    }
  }
  if (columns) {
    const [l, r] = columns;
    const above = (c: PlaceholderInfo) =>
      bodies
        .filter((b) => b !== l && b !== r && b.box.h < 1.2 && b.box.y + b.box.h <= c.box.y + 0.15 && overlapX(b, c) > c.box.w * 0.5)
        .sort((p, q) => q.box.y - p.box.y)[0];
    const hl = above(l);
    const hr = above(r);
    if (hl && hr && hl !== hr) heads = [hl, hr];
  }
  const roles: LayoutRoles = {
    title,
    subtitle,
    bodies,
    columns,
    heads,
    picture: phs.find((p) => p.type === 'pic') ?? null,
    table: phs.find((p) => p.type === 'tbl') ?? null,
    footer: layout.placeholders.find((p) => p.type === 'ftr') ?? null,
    slideNumber: layout.placeholders.find((p) => p.type === 'sldNum') ?? null,
  };
  cache.set(layout, roles);
  return roles;
}

/** The placeholder a slot fills on this layout, or null (the element is then drawn as a free shape). */
export function placeholderFor(layout: LayoutInfo, slot: Slot): PlaceholderInfo | null {
  const r = rolesOf(layout);
  const captionOf = () => r.bodies.find((b) => b !== r.picture) ?? null;
  switch (slot) {
    case 'title':
      return r.title;
    case 'subtitle':
      return r.subtitle ?? r.bodies[0] ?? null;
    case 'body':
      return r.bodies[0] ?? null;
    case 'left':
      return r.columns?.[0] ?? null;
    case 'right':
      return r.columns?.[1] ?? null;
    case 'leftHead':
      return r.heads?.[0] ?? null;
    case 'rightHead':
      return r.heads?.[1] ?? null;
    case 'picture':
      return r.picture;
    case 'caption':
      return r.picture ? captionOf() : null;
    case 'table':
      return r.table;
  }
}
