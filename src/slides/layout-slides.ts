import type { DiagramLayout } from '../diagram/types';
import { markdownPlainText, type TextRun } from '../markdown/inline-text';
import { fitLine, fitParagraphs, bulletIndentPt } from './fit-text';
import type { SlideFrames, TextFrame } from './frames';
import { layoutCode, layoutDiagramSlide, layoutPicture, layoutQuote, layoutTable } from './layout-media';
import type { Column, PlannedSlide } from './plan-slides';
import type { Box, DeckLang, DeckSlide, Paragraph, TemplateKind, TextElement } from './types';

export interface LayoutContext {
  lang: DeckLang;
  /** Boxes and font sizes per kind of slide: a built-in theme's or a template's. */
  frames: SlideFrames;
  /** Resolved images by source (data URLs with their pixel size); missing ones get a labelled frame. */
  images: ReadonlyMap<string, { data: string; width: number; height: number }>;
  /** Why a picture is missing, when its loader said so; the warning then names the reason. */
  imageProblems?: ReadonlyMap<string, { key: string; params?: Record<string, string | number> }>;
  warn: (key: string, params?: Record<string, string | number>) => void;
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
  const fit = fitLine(title, frame.box, frame.sizes, 2, true);
  if (fit.truncated) ctx.warn('slides.warn.titleCut', { title: markdownPlainText(title) });
  return textEl(frame.box, markdownPlainText(fit.text), fit.fontPt, fit.lines, { color: 'title', bold: true, valign: 'middle', placeholder: 'title', slot: 'title' });
}

export function bodyEl(box: Box, paras: Paragraph[], fontPt: number, lines: number, placeholder?: 'body', slot?: TextElement['slot']): TextElement {
  return { type: 'text', box, paragraphs: paras, fontPt, color: 'text', align: 'left', valign: 'top', indentPt: bulletIndentPt(fontPt), lines, placeholder, slot: slot ?? (placeholder ? 'body' : undefined) };
}

/** Pages of a content slide: the first keeps the title, the rest say "(cont.)"; notes stay on the first. */
export function pages(p: PlannedSlide & { title: string }, layout: DeckSlide['layout'], bodies: Array<DeckSlide['elements']>, ctx: LayoutContext, kind: TemplateKind = 'bullets', titleFrame?: TextFrame): DeckSlide[] {
  if (bodies.length > 1) ctx.warn('slides.warn.continued', { title: markdownPlainText(p.title), n: bodies.length });
  return bodies.map((elements, i) => {
    const title = i === 0 ? markdownPlainText(p.title) : markdownPlainText(p.title) + contSuffix(ctx.lang);
    // A master whose body placeholder stays empty would show "Click to add text" in PowerPoint.
    const master = elements.some((e) => e.type === 'text' && e.placeholder === 'body') ? 'CONTENT' : 'TITLE_ONLY';
    // A slide whose body went elsewhere (a table, a picture alone) uses the template's title-only layout.
    const k: TemplateKind = kind === 'bullets' && !elements.some((e) => e.type === 'text' && e.slot === 'body') ? 'titleOnly' : kind;
    const head = titleEl(title, ctx, titleFrame);
    return { layout, master, kind: k, title: runsText(head.paragraphs[0].runs), elements: [head, ...elements], notes: i === 0 ? p.notes : '', continued: i > 0 };
  });
}

export function layoutSlide(p: PlannedSlide, ctx: LayoutContext): DeckSlide[] {
  const F = ctx.frames;
  switch (p.kind) {
    case 'title': {
      const f = F.title;
      const t = fitLine(p.title || (ctx.lang === 'zh' ? '演示文稿' : 'Presentation'), f.title.box, f.title.sizes, 3, true);
      const s = p.subtitle ? fitLine(p.subtitle, f.subtitle.box, f.subtitle.sizes, 3) : null;
      const els = [textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, valign: 'bottom', placeholder: 'title', slot: 'title' })];
      // An empty subtitle placeholder would show "Click to add text": a space keeps it blank.
      if (s) els.push(textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', placeholder: 'body', slot: 'subtitle' }));
      else if (F.decorate) els.push(textEl(f.subtitle.box, ' ', 20, 1, { placeholder: 'body' }));
      return [{ layout: 'title', master: 'TITLE', kind: 'title', title: markdownPlainText(t.text), elements: els, notes: p.notes, continued: false }];
    }
    case 'section': {
      const f = F.section;
      const t = fitLine(p.title, f.title.box, f.title.sizes, 2, true);
      const els: TextElement[] = [];
      if (f.kicker) els.push(textEl(f.kicker, String(p.index).padStart(2, '0'), 40, 1, { color: 'accent', bold: true }));
      els.push(textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, valign: 'middle', placeholder: 'title', slot: 'title' }));
      if (p.subtitle && f.subtitle) {
        const s = fitLine(p.subtitle, f.subtitle.box, f.subtitle.sizes, 3);
        els.push(textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', slot: 'subtitle' }));
      }
      return [{ layout: 'section', master: 'SECTION', kind: 'section', title: markdownPlainText(t.text), elements: els, notes: p.notes, continued: false }];
    }
    case 'closing': {
      const f = F.closing;
      const t = fitLine(p.title, f.title.box, f.title.sizes, 2, true);
      const s = fitLine(p.subtitle, f.subtitle.box, f.subtitle.sizes, 2);
      return [
        {
          layout: 'closing',
          master: 'CLOSING',
          kind: 'closing',
          title: markdownPlainText(t.text),
          elements: [
            textEl(f.title.box, markdownPlainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, align: 'center', valign: 'bottom', placeholder: 'title', slot: 'title' }),
            textEl(f.subtitle.box, markdownPlainText(s.text), s.fontPt, s.lines, { color: 'muted', align: 'center', placeholder: 'body', slot: 'subtitle' }),
          ],
          notes: p.notes,
          continued: false,
        },
      ];
    }
    case 'agenda': {
      const paras: Paragraph[] = p.items.map((t, i) => ({ runs: [{ text: markdownPlainText(t) }], level: 0, bullet: 'number', number: i + 1, spaceBeforePt: 12 }));
      if (paras.length > 6 && F.columns) return layoutColumns({ kind: 'columns', title: p.title, notes: p.notes, left: { heading: '', paras: paras.slice(0, Math.ceil(paras.length / 2)) }, right: { heading: '', paras: paras.slice(Math.ceil(paras.length / 2)) } }, ctx, 'agenda');
      const body = F.bullets.body.box;
      const fit = fitParagraphs(paras, body, F.bullets.agendaSizes);
      return pages(p, 'agenda', fit.pages.map((pg, i) => [bodyEl(body, pg, fit.fontPt, fit.lines[i], 'body')]), ctx);
    }
    case 'text': {
      if (p.paras.length === 0) return pages(p, 'bullets', [[]], ctx);
      const body = F.bullets.body;
      const fit = fitParagraphs(p.paras, body.box, body.sizes);
      return pages(p, 'bullets', fit.pages.map((pg, i) => [bodyEl(body.box, pg, fit.fontPt, fit.lines[i], 'body')]), ctx);
    }
    case 'columns':
      return layoutColumns(p, ctx, 'twoColumn');
    case 'table':
      return layoutTable(p, ctx);
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

/** One flowing column: each column's heading as a bold line, its items beneath. */
function flowColumns(p: Extract<PlannedSlide, { kind: 'columns' }>): Paragraph[] {
  const flow = (c: Column): Paragraph[] => (c.heading ? [{ runs: [{ text: markdownPlainText(c.heading), bold: true }], level: 0, bullet: 'none', spaceBeforePt: 12 } as Paragraph, ...c.paras.map((q) => ({ ...q, level: q.level + 1 }))] : c.paras);
  return [...flow(p.left), ...flow(p.right)];
}

function layoutColumns(p: Extract<PlannedSlide, { kind: 'columns' }>, ctx: LayoutContext, layout: DeckSlide['layout']): DeckSlide[] {
  const F = ctx.frames;
  const headed = Boolean(p.left.heading || p.right.heading);
  // Without a layout for headed columns, each heading becomes the bold first line of its column.
  const inline = headed && !F.comparison;
  const frame = headed && F.comparison ? F.comparison : F.columns;
  if (!frame) return layoutSlide({ kind: 'text', title: p.title, paras: flowColumns(p), notes: p.notes }, ctx);
  const cols: Column[] = inline ? [p.left, p.right].map((c) => ({ heading: '', paras: [{ runs: [{ text: markdownPlainText(c.heading), bold: true }], level: 0, bullet: 'none', spaceBeforePt: 0 } as Paragraph, ...c.paras] })) : [p.left, p.right];
  const boxL = frame.left;
  const boxR = frame.right;
  // One size for both columns, the largest at which each fits without splitting.
  const size = F.bullets.body.sizes.find((s) => cols.every((c, i) => fitParagraphs(c.paras, i === 0 ? boxL : boxR, [s]).pages.length <= 1));
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
      els.push(textEl(hb, markdownPlainText(h.text), h.fontPt, h.lines, { color: F.decorate ? 'onAccent' : 'title', bold: true, valign: 'middle', slot: i === 0 ? 'leftHead' : 'rightHead' }));
    }
    const m = fitParagraphs(c.paras, box, [size]);
    els.push({ ...bodyEl(box, c.paras, size, m.lines[0] ?? 0), slot: i === 0 ? 'left' : 'right' });
  });
  return pages(p, layout, [els], ctx, withHeads ? 'comparison' : 'twoColumn', frame.title);
}

export function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

