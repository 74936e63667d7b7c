import type { MessageKey, MessageParams } from '../locales';
import type { Message } from '../messages';
import type { DiagramLayout } from '../diagram/types';
import { markdownPlainText, type TextRun } from '../markdown/inline-text';
import { fitLine, fitParagraphs, bulletIndentPt } from './fit-text';
import type { SlideFrames, TextFrame } from './frames';
import { layoutTableOrChart } from './layout-chart';
import { layoutCode, layoutDiagramSlide, layoutPicture, layoutQuote } from './layout-media';
import type { Column, PlannedSlide } from './plan-slides';
import type { Box, DeckLang, DeckSlide, Paragraph, TemplateKind, TextElement } from './types';

export interface LayoutContext {
  lang: DeckLang;
  /** Boxes and font sizes per kind of slide: a built-in theme's or a template's. */
  frames: SlideFrames;
  /** Resolved images by source (data URLs with their pixel size); missing ones get a labelled frame. */
  images: ReadonlyMap<string, { data: string; width: number; height: number }>;
  /** Why a picture is missing, when its loader said so; the warning then names the reason. */
  imageProblems?: ReadonlyMap<string, Message>;
  warn: (key: MessageKey, params?: MessageParams) => void;
  /**
   * Diagrams laid out beforehand, by Mermaid source (resolveDiagrams); null: it could not be drawn and the
   * slide shows the Mermaid as code. Without the map (the pane's preview) the element is laid out later.
   */
  diagrams?: ReadonlyMap<string, DiagramLayout | null>;
}

export function contSuffix(lang: DeckLang): string {
  return lang === 'zh' ? '（续）' : ' (cont.)';
}

export function textEl(box: Box, text: string, fontPt: number, lines: number, extra: Partial<TextElement> = {}): TextElement {
  return {
    type: 'text',
    box,
    paragraphs: [{ runs: [{ text }], level: 0, bullet: 'none', spaceBeforePt: 0 }],
    fontPt,
    color: 'text',
    align: 'left',
    valign: 'top',
    indentPt: 0,
    lines,
    ...extra,
  };
}

export function titleEl(title: string, ctx: LayoutContext, frame: TextFrame = ctx.frames.bullets.title): TextElement {
  return fitTitle(title, ctx, frame).el;
}

/** A content slide's title; `cut` says the whole title did not fit (the caller keeps it in the notes). */
function fitTitle(title: string, ctx: LayoutContext, frame: TextFrame = ctx.frames.bullets.title): { el: TextElement; cut: boolean } {
  const fit = fitLine(title, frame.box, frame.sizes, 2, true);
  if (fit.truncated) ctx.warn('slides.warn.titleCut', { title: markdownPlainText(title) });
  return {
    el: textEl(frame.box, markdownPlainText(fit.text), fit.fontPt, fit.lines, {
      color: 'title',
      bold: true,
      valign: 'middle',
      placeholder: 'title',
      slot: 'title',
    }),
    cut: fit.truncated,
  };
}

/** Nothing is cut without a trace: the whole text of what was shortened goes first in the speaker notes. */
function keepInNotes(notes: string, cut: { label: string; text: string }[], ctx: LayoutContext): string {
  if (!cut.length) return notes;
  const lines = cut.map((c) => `${c.label}${ctx.lang === 'zh' ? '：' : ': '}${markdownPlainText(c.text)}`);
  return [...lines, notes].filter(Boolean).join('\n');
}

// Where a title or subtitle too long for its slide may be split: after a colon, a dash or a comma.
const SPLIT = /^(.{2,}?)(?:\s*[:：—–|｜]\s*|\s+-\s+|[，,]\s*)(.{2,})$/u;

/**
 * A title-slide or section title that does not fit: split at its colon or dash, the first part the title
 * and the rest the subtitle (when the slide has none); whatever is still shortened is kept in the notes
 * and named in a warning.
 */
function splitLongTitle(title: string, subtitle: string, fits: (t: string) => boolean): { title: string; subtitle: string } {
  if (subtitle || fits(title)) return { title, subtitle };
  const m = SPLIT.exec(markdownPlainText(title));
  return m && fits(m[1]) ? { title: m[1], subtitle: m[2] } : { title, subtitle };
}

export function bodyEl(box: Box, paras: Paragraph[], fontPt: number, lines: number, placeholder?: 'body', slot?: TextElement['slot']): TextElement {
  return {
    type: 'text',
    box,
    paragraphs: paras,
    fontPt,
    color: 'text',
    align: 'left',
    valign: 'top',
    indentPt: bulletIndentPt(fontPt),
    lines,
    placeholder,
    slot: slot ?? (placeholder ? 'body' : undefined),
  };
}

/** Pages of a content slide: the first keeps the title, the rest say "(cont.)"; notes stay on the first. */
export function pages(
  p: PlannedSlide & { title: string },
  layout: DeckSlide['layout'],
  bodies: Array<DeckSlide['elements']>,
  ctx: LayoutContext,
  kind: TemplateKind = 'bullets',
  titleFrame?: TextFrame,
): DeckSlide[] {
  if (bodies.length > 1) ctx.warn('slides.warn.continued', { title: markdownPlainText(p.title), n: bodies.length });
  return bodies.map((elements, i) => {
    const title = i === 0 ? markdownPlainText(p.title) : markdownPlainText(p.title) + contSuffix(ctx.lang);
    // A master whose body placeholder stays empty would show "Click to add text" in PowerPoint.
    const master = elements.some((e) => e.type === 'text' && e.placeholder === 'body') ? 'CONTENT' : 'TITLE_ONLY';
    // A slide whose body went elsewhere (a table, a picture alone) uses the template's title-only layout.
    const k: TemplateKind = kind === 'bullets' && !elements.some((e) => e.type === 'text' && e.slot === 'body') ? 'titleOnly' : kind;
    const { el: head, cut } = fitTitle(title, ctx, titleFrame);
    const notes = i === 0 ? keepInNotes(p.notes, cut ? [{ label: ctx.lang === 'zh' ? '标题全文' : 'Full title', text: p.title }] : [], ctx) : '';
    return { layout, master, kind: k, title: runsText(head.paragraphs[0].runs), elements: [head, ...elements], notes, continued: i > 0 };
  });
}

export function layoutSlide(p: PlannedSlide, ctx: LayoutContext): DeckSlide[] {
  const F = ctx.frames;
  switch (p.kind) {
    case 'title': {
      const f = F.title;
      // "Fits" here means at the layout's first size: a long "Topic: what it is about" title reads better split.
      const parts = splitLongTitle(
        p.title || (ctx.lang === 'zh' ? '演示文稿' : 'Presentation'),
        p.subtitle,
        (x) => !fitLine(x, f.title.box, f.title.sizes.slice(0, 1), 2, true).truncated,
      );
      const t = fitLine(parts.title, f.title.box, f.title.sizes, 3, true);
      const s = parts.subtitle ? fitLine(parts.subtitle, f.subtitle.box, f.subtitle.sizes, 3) : null;
      const notes = keepInNotes(p.notes, cutParts(t, s, p.title, p.subtitle, ctx), ctx);
      const els = [
        textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, {
          color: 'title',
          bold: true,
          valign: 'bottom',
          placeholder: 'title',
          slot: 'title',
        }),
      ];
      // An empty subtitle placeholder would show "Click to add text": a space keeps it blank.
      if (s) els.push(textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', placeholder: 'body', slot: 'subtitle' }));
      else if (F.decorate) els.push(textEl(f.subtitle.box, ' ', 20, 1, { placeholder: 'body' }));
      return [{ layout: 'title', master: 'TITLE', kind: 'title', title: markdownPlainText(t.text), elements: els, notes, continued: false }];
    }
    case 'section': {
      const f = F.section;
      const parts = f.subtitle
        ? splitLongTitle(p.title, p.subtitle, (x) => !fitLine(x, f.title.box, f.title.sizes.slice(0, 1), 2, true).truncated)
        : { title: p.title, subtitle: p.subtitle };
      const t = fitLine(parts.title, f.title.box, f.title.sizes, 2, true);
      const els: TextElement[] = [];
      if (f.kicker) els.push(textEl(f.kicker, String(p.index).padStart(2, '0'), 40, 1, { color: 'accent', bold: true }));
      els.push(
        textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, {
          color: 'title',
          bold: true,
          valign: 'middle',
          placeholder: 'title',
          slot: 'title',
        }),
      );
      let s: ReturnType<typeof fitLine> | null = null;
      if (parts.subtitle && f.subtitle) {
        s = fitLine(parts.subtitle, f.subtitle.box, f.subtitle.sizes, 3);
        els.push(textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', slot: 'subtitle' }));
      }
      // A section layout without a subtitle box keeps the subtitle in the notes rather than dropping it.
      const lost = parts.subtitle && !f.subtitle ? [{ label: ctx.lang === 'zh' ? '副标题' : 'Subtitle', text: parts.subtitle }] : [];
      const notes = keepInNotes(p.notes, [...cutParts(t, s, p.title, p.subtitle, ctx), ...lost], ctx);
      return [{ layout: 'section', master: 'SECTION', kind: 'section', title: markdownPlainText(t.text), elements: els, notes, continued: false }];
    }
    case 'closing': {
      const f = F.closing;
      const t = fitLine(p.title, f.title.box, f.title.sizes, 2, true);
      const s = fitLine(p.subtitle, f.subtitle.box, f.subtitle.sizes, 2);
      const notes = keepInNotes(p.notes, cutParts(t, s, p.title, p.subtitle, ctx), ctx);
      return [
        {
          layout: 'closing',
          master: 'CLOSING',
          kind: 'closing',
          title: markdownPlainText(t.text),
          elements: [
            textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, {
              color: 'title',
              bold: true,
              align: 'center',
              valign: 'bottom',
              placeholder: 'title',
              slot: 'title',
            }),
            textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', align: 'center', placeholder: 'body', slot: 'subtitle' }),
          ],
          notes,
          continued: false,
        },
      ];
    }
    case 'agenda': {
      // Sections numbered in their titles ("7.1.1 …", "一、…") are not numbered again ("1.7.1.1").
      const numbered = p.items.every((t) =>
        /^\s*(?:\d+(?:\.\d+)*[.、．\s]|[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十\d]+[章节部分篇])/.test(markdownPlainText(t)),
      );
      const paras: Paragraph[] = p.items.map((t, i) => ({
        runs: [{ text: markdownPlainText(t) }],
        level: 0,
        bullet: numbered ? 'none' : 'number',
        number: i + 1,
        spaceBeforePt: 12,
      }));
      if (paras.length > 6 && F.columns)
        return layoutColumns(
          {
            kind: 'columns',
            title: p.title,
            notes: p.notes,
            left: { heading: '', paras: paras.slice(0, Math.ceil(paras.length / 2)) },
            right: { heading: '', paras: paras.slice(Math.ceil(paras.length / 2)) },
          },
          ctx,
          'agenda',
        );
      const body = F.bullets.body.box;
      const fit = fitParagraphs(paras, body, F.bullets.agendaSizes);
      return pages(
        p,
        'agenda',
        fit.pages.map((pg, i) => [bodyEl(body, pg, fit.fontPt, fit.lines[i], 'body')]),
        ctx,
      );
    }
    case 'text': {
      if (p.paras.length === 0) return pages(p, 'bullets', [[]], ctx);
      const body = F.bullets.body;
      // At most about six top-level bullets a slide (each with its sub-points), then a continuation.
      const bodies: DeckSlide['elements'][] = [];
      for (const group of bulletGroups(p.paras, MAX_BULLETS)) {
        const fit = fitParagraphs(group, body.box, body.sizes);
        bodies.push(...fit.pages.map((pg, i) => [bodyEl(body.box, pg, fit.fontPt, fit.lines[i], 'body')]));
      }
      return pages(p, 'bullets', bodies, ctx);
    }
    case 'columns':
      return layoutColumns(p, ctx, 'twoColumn');
    case 'table':
      return layoutTableOrChart(p, ctx);
    case 'code':
      return layoutCode(p, ctx);
    case 'quote':
      return layoutQuote(p, ctx);
    case 'picture':
      return layoutPicture(p, ctx);
    case 'diagram':
      return layoutDiagramSlide(p, ctx);
  }
}

/** The whole title and subtitle of a slide whose fitted text was shortened, each named in a warning. */
function cutParts(
  t: { truncated: boolean },
  s: { truncated: boolean } | null,
  title: string,
  subtitle: string,
  ctx: LayoutContext,
): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const zh = ctx.lang === 'zh';
  if (t.truncated) {
    ctx.warn('slides.warn.titleCut', { title: markdownPlainText(title) });
    out.push({ label: zh ? '标题全文' : 'Full title', text: title });
  }
  if (s?.truncated) {
    ctx.warn('slides.warn.subtitleCut', { title: markdownPlainText(title) });
    out.push({ label: zh ? '副标题全文' : 'Full subtitle', text: subtitle });
  }
  return out;
}

const MAX_BULLETS = 6;

/** Paragraphs in groups of at most `max` top-level ones; a group of seven or eight stays whole. */
function bulletGroups(paras: Paragraph[], max: number): Paragraph[][] {
  const tops = paras.filter((q) => q.level === 0).length;
  if (tops <= max + 2) return [paras];
  const groups: Paragraph[][] = [];
  let count = 0;
  for (const q of paras) {
    if (q.level === 0 && (groups.length === 0 || count === max)) {
      groups.push([]);
      count = 0;
    }
    if (groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(q);
    if (q.level === 0) count++;
  }
  return groups;
}

/** One flowing column: each column's heading as a bold line, its items beneath. */
function flowColumns(p: Extract<PlannedSlide, { kind: 'columns' }>): Paragraph[] {
  const flow = (c: Column): Paragraph[] =>
    c.heading
      ? [
          { runs: [{ text: markdownPlainText(c.heading), bold: true }], level: 0, bullet: 'none', spaceBeforePt: 12 } as Paragraph,
          ...c.paras.map((q) => ({ ...q, level: q.level + 1 })),
        ]
      : c.paras;
  return [...flow(p.left), ...flow(p.right)];
}

function layoutColumns(p: Extract<PlannedSlide, { kind: 'columns' }>, ctx: LayoutContext, layout: DeckSlide['layout']): DeckSlide[] {
  const F = ctx.frames;
  const headed = Boolean(p.left.heading || p.right.heading);
  // Without a layout for headed columns, each heading becomes the bold first line of its column.
  const inline = headed && !F.comparison;
  const frame = headed && F.comparison ? F.comparison : F.columns;
  if (!frame) return layoutSlide({ kind: 'text', title: p.title, paras: flowColumns(p), notes: p.notes }, ctx);
  const cols: Column[] = inline
    ? [p.left, p.right].map((c) => ({
        heading: '',
        mono: c.mono,
        paras: [{ runs: [{ text: markdownPlainText(c.heading), bold: true }], level: 0, bullet: 'none', spaceBeforePt: 0 } as Paragraph, ...c.paras],
      }))
    : [p.left, p.right];
  const boxL = frame.left;
  const boxR = frame.right;
  // One size for both columns, the largest at which each fits without splitting.
  const sizes = cols.some((c) => c.mono) ? F.code.sizes : F.bullets.body.sizes;
  const size = sizes.find((s) => cols.every((c, i) => fitParagraphs(c.paras, i === 0 ? boxL : boxR, [s], c.mono).pages.length <= 1));
  // Too long for one slide side by side: fall back to a single flowing column with continuations.
  if (size === undefined) return layoutSlide({ kind: 'text', title: p.title, paras: flowColumns(p), notes: p.notes }, ctx);
  const els: DeckSlide['elements'] = [];
  const withHeads = headed && !inline && F.comparison ? F.comparison : null;
  cols.forEach((c, i) => {
    const box = i === 0 ? boxL : boxR;
    if (withHeads) {
      const hb: Box = withHeads.heads[i];
      const h = fitLine(c.heading, hb, withHeads.headSizes, 1, true);
      if (F.decorate) els.push({ type: 'shape', box: hb, fill: 'accent' });
      els.push(
        textEl(hb, markdownPlainText(h.text), h.fontPt, h.lines, {
          color: F.decorate ? 'onAccent' : 'title',
          bold: true,
          valign: 'middle',
          slot: i === 0 ? 'leftHead' : 'rightHead',
        }),
      );
    }
    const m = fitParagraphs(c.paras, box, [size], c.mono);
    const el = { ...bodyEl(box, c.paras, size, m.lines[0] ?? 0), slot: i === 0 ? ('left' as const) : ('right' as const) };
    // A code column is drawn like a code slide: on the code panel, in the code face.
    if (c.mono && F.decorate) els.push({ type: 'shape', box, fill: 'codeBg', rounded: true });
    els.push(c.mono ? { ...el, mono: true, color: 'codeText' as const } : el);
  });
  return pages(p, layout, [els], ctx, withHeads ? 'comparison' : 'twoColumn', frame.title);
}

export function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}
