import { message, type Message } from '../../messages';
import { TEMPLATE_KINDS, type TemplateKind } from '../types';
import { unknownLayout, unknownSlideKind } from './errors';
import { contrast } from './color-math';
import { rolesOf } from './layout-roles';
import type { LayoutInfo, TemplateInfo } from './types';

// Which template layout serves which kind of slide. The layout's own type (ECMA-376
// ST_SlideLayoutType: title, secHead, obj, twoObj, twoTxTwoObj, picTx, titleOnly…) decides first, then
// its placeholders (a title and one large body, two bodies side by side…), and its name only as a
// hint (Chinese and English names alike). A kind the template lacks borrows another kind's layout, and
// the report says which and why; the user can override any choice (--layout kind=Name).

export type MatchHow = 'type' | 'placeholders' | 'name' | 'override' | 'fallback' | 'none';

export interface KindChoice {
  kind: TemplateKind;
  layout: LayoutInfo | null;
  how: MatchHow;
  /** For a fallback: the kind whose layout is used instead. */
  via?: TemplateKind;
  /** What the user should know about this choice (a fallback, a missing kind). */
  note?: Message;
}

export type LayoutMapping = Record<TemplateKind, KindChoice>;

const TYPES: Record<TemplateKind, string[]> = {
  title: ['title'],
  section: ['secHead'],
  bullets: ['obj', 'tx'],
  twoColumn: ['twoObj', 'twoColTx', 'txAndObj', 'objAndTx'],
  comparison: ['twoTxTwoObj'],
  table: ['tbl', 'txAndTbl', 'tblAndTx'],
  picture: ['picTx'],
  titleOnly: ['titleOnly'],
  closing: [],
};

const NAMES: Record<TemplateKind, RegExp> = {
  title: /title slide|cover|标题幻灯片|標題投影片|封面|首页|タイトル スライド|titelfolie/i,
  section: /section|节标题|章节|節標題|章節|过渡|過渡|分隔|セクション|abschnitt/i,
  bullets:
    /title and content|title, content|^content$|^text$|标题和内容|标题与内容|標題及物件|標題及內容|^内容$|^內容$|正文|要点|タイトルとコンテンツ|titel und inhalt/i,
  twoColumn: /two (content|column)|两栏|兩欄|两项|兩項|双栏|雙欄|二栏|2 つ|zwei/i,
  comparison: /compar|比较|比較|比對|对比|對比|vergleich/i,
  table: /table|表格|tabelle/i,
  picture: /picture|photo|image|图片|圖片|照片|图文|圖文|図|bild/i,
  titleOnly: /title only|仅标题|僅標題|只有标题|只有標題|タイトルのみ|nur titel/i,
  closing: /thank|closing|the end|ending|q ?& ?a|谢谢|謝謝|感谢|感謝|致谢|结束|結束|结尾|結尾|封底|danke/i,
};

const CONTENT: ReadonlySet<TemplateKind> = new Set(['bullets', 'twoColumn', 'comparison', 'table', 'titleOnly']);

/** How well a layout serves a kind by its placeholders alone (0: it cannot). */
function placeholderScore(l: LayoutInfo, kind: TemplateKind, page: { w: number; h: number }): number {
  const r = rolesOf(l);
  const textBodies = r.bodies.length;
  if (!r.title && kind !== 'table') return 0;
  // Content slides read from a title at the top; a layout whose title sits mid-page is a cover in disguise.
  if (CONTENT.has(kind) && r.title && r.title.box.y > page.h * 0.3) return 0;
  switch (kind) {
    case 'title':
    case 'closing':
      return r.title?.type === 'ctrTitle' ? (r.subtitle ? 60 : 45) : r.title && textBodies <= 1 && !r.picture ? 25 : 0;
    case 'section':
      return r.title && textBodies === 1 && r.bodies[0].box.h < 2.2 && !r.picture ? 30 : 0;
    case 'bullets': {
      // A subtitle is not a body, and a layout typed as a title or section slide is not a content slide.
      const main = r.bodies.filter((b) => b.type !== 'subTitle');
      if (l.type === 'title' || l.type === 'secHead' || !main.length || r.columns || r.picture) return 0;
      // A small body still serves (the frame then grows it to the area under the title).
      return (main[0].box.h >= 2 ? 60 : 35) - 10 * (main.length - 1);
    }
    case 'twoColumn':
      return r.columns && !r.heads ? 60 : 0;
    case 'comparison':
      return r.columns && r.heads ? 60 : 0;
    case 'table':
      return r.table && r.title ? 60 : 0;
    case 'picture':
      return r.picture ? 60 : 0;
    case 'titleOnly':
      return textBodies === 0 && !r.picture && !r.table ? 60 : 0;
  }
}

function score(l: LayoutInfo, kind: TemplateKind, page: { w: number; h: number }): { score: number; how: MatchHow } {
  const label = l.name.replace(/\s+/g, ' ');
  const name = NAMES[kind].test(label);
  // A name that clearly says another kind ("Title and Content" for the title slide) counts against.
  const other = !name && TEMPLATE_KINDS.some((k) => k !== kind && NAMES[k].test(label));
  // A closing layout is one a designer named so; otherwise the title slide's layout serves (a fallback).
  const byPh = kind === 'closing' && !name ? 0 : placeholderScore(l, kind, page);
  // A type only counts when the placeholders agree: a layout typed "obj" with no body is not a content layout.
  if (TYPES[kind].includes(l.type) && (byPh > 0 || kind === 'title' || kind === 'section')) return { score: 100 + (name ? 5 : 0), how: 'type' };
  if (byPh <= 0) return { score: 0, how: 'none' };
  return { score: Math.max(1, byPh + (name ? 20 : 0) - (other ? 25 : 0)), how: name ? 'name' : 'placeholders' };
}

const FALLBACK: Record<TemplateKind, TemplateKind[]> = {
  title: ['section', 'closing', 'titleOnly', 'bullets'],
  section: ['title', 'titleOnly', 'bullets'],
  bullets: ['twoColumn', 'comparison', 'titleOnly'],
  twoColumn: ['bullets'],
  comparison: ['twoColumn', 'bullets'],
  table: ['titleOnly', 'bullets'],
  picture: ['bullets', 'titleOnly'],
  titleOnly: ['bullets', 'section'],
  closing: ['title', 'section', 'titleOnly'],
};

const SAME_LOOK: ReadonlySet<TemplateKind> = new Set(['titleOnly', 'table']);
const SAME_MASTER: ReadonlySet<TemplateKind> = new Set(['twoColumn', 'comparison', 'table', 'picture', 'titleOnly']);
const lookKey = (l: LayoutInfo) => l.look.backgroundImage ?? l.look.palette.background;

/** Leftmost edge of a layout's title and text placeholders. */
function leftEdge(l: LayoutInfo): number {
  const r = rolesOf(l);
  return Math.min(...[r.title, ...r.bodies].filter((p) => p !== null).map((p) => p.box.x));
}

/**
 * Designers adapt the layouts they use and leave the rest as PowerPoint made them. A layout is not taken
 * for a kind of content slide when it disagrees with the template's main content layout: text that
 * starts further left (over a logo band the content layout avoids), a title in a very different colour
 * (a cover style: white titles on a white page), or, for slides that hold our tables and pictures, a
 * different background.
 */
type Inconsistency = 'left' | 'colour' | 'background';

function inconsistency(kind: TemplateKind, l: LayoutInfo, content: LayoutInfo): Inconsistency | null {
  if (kind === 'title' || kind === 'closing' || kind === 'bullets' || l === content) return null;
  if (leftEdge(l) < leftEdge(content) - 0.3) return 'left';
  if (kind === 'section') return null;
  if (contrast(l.look.palette.title, content.look.palette.title) > 2.5) return 'colour';
  return SAME_LOOK.has(kind) && lookKey(l) !== lookKey(content) ? 'background' : null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A layout named by the user: its number in the report, its name, or "Master/Name". */
export function findLayout(t: TemplateInfo, name: string): LayoutInfo {
  const n = norm(name);
  const byNumber = /^#?\d+$/.test(n) ? t.layouts.find((l) => l.number === Number(n.replace('#', ''))) : undefined;
  const byName = t.layouts.find((l) => norm(l.name) === n) ?? t.layouts.find((l) => norm(`${t.masters[l.master]?.name ?? ''}/${l.name}`) === n);
  const found = byNumber ?? byName;
  if (!found) throw unknownLayout(name, t.layouts.map((l) => `${l.number} "${l.name.replace(/\s+/g, ' ')}"`).join(', '));
  return found;
}

export function parseKind(kind: string): TemplateKind {
  const k = kind.trim().replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
  const found = TEMPLATE_KINDS.find((x) => x.toLowerCase() === k.toLowerCase());
  if (!found) throw unknownSlideKind(kind, TEMPLATE_KINDS.join(', '));
  return found;
}

/**
 * Every kind → a layout. `overrides` (kind → layout name or number) win. Layouts of the master that
 * serves content slides are preferred for the other kinds, so a deck keeps one look.
 */
export function matchLayouts(t: TemplateInfo, overrides: Partial<Record<TemplateKind, string>> = {}): LayoutMapping {
  type Candidate = { layout: LayoutInfo; how: MatchHow; score: number };
  const ranked = (kind: TemplateKind, master?: number): Candidate[] =>
    t.layouts
      .map((l) => {
        const s = score(l, kind, t.page);
        return { layout: l, how: s.how, score: s.score > 0 ? s.score + (master !== undefined && l.master === master ? 15 : 0) : 0 };
      })
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.layout.number - b.layout.number);
  const content = overrides.bullets ? { layout: findLayout(t, overrides.bullets) } : (ranked('bullets')[0] ?? null);
  const master = content?.layout.master ?? 0;
  const direct = {} as Record<TemplateKind, Candidate | null>;
  const rejected = {} as Partial<Record<TemplateKind, { layout: LayoutInfo; why: Inconsistency }>>;
  for (const kind of TEMPLATE_KINDS) {
    const o = overrides[kind];
    if (o) {
      direct[kind] = { layout: findLayout(t, o), how: 'override', score: Infinity };
      continue;
    }
    // The best candidate that agrees with the content layout; the first one that did not is reported.
    // Content slides stay on the content slides' master (one look); covers may come from another.
    const candidates = ranked(kind, master).filter((c) => !SAME_MASTER.has(kind) || !content || c.layout.master === master);
    direct[kind] = candidates.find((c) => !content || !inconsistency(kind, c.layout, content.layout)) ?? null;
    const top = candidates[0];
    const why = top && content ? inconsistency(kind, top.layout, content.layout) : null;
    if (why) rejected[kind] = { layout: top.layout, why };
  }
  const clean = (l: LayoutInfo) => l.name.replace(/\s+/g, ' ');
  const out = {} as LayoutMapping;
  for (const kind of TEMPLATE_KINDS) {
    const d = direct[kind];
    if (d) {
      const r = rejected[kind];
      out[kind] = {
        kind,
        layout: d.layout,
        how: d.how,
        note: r ? message(`slides.template.rejected.${r.why}`, { rejected: clean(r.layout), layout: clean(d.layout) }) : undefined,
      };
      continue;
    }
    const via = FALLBACK[kind].find((k) => direct[k]);
    const layout = via ? direct[via]!.layout : (t.layouts.find((l) => rolesOf(l).title) ?? t.layouts[0]);
    const r = rejected[kind];
    // Tables on the title-only layout and the closing slide on the title slide's layout are what
    // templates intend; the report still lists them as fallbacks, but they need no notice.
    const expected = !r && ((kind === 'table' && via === 'titleOnly') || (kind === 'closing' && via === 'title'));
    const note = r
      ? message(`slides.template.rejected.${r.why}`, { rejected: clean(r.layout), layout: clean(layout) })
      : expected
        ? undefined
        : message(`slides.template.fallback.${kind}`, { layout: clean(layout) });
    out[kind] = { kind, layout, how: via ? 'fallback' : 'none', via, note };
  }
  return out;
}
