import { plainText, type TextRun } from '../outline/inline-text';
import { fitLine, fitParagraphs, bulletIndentPt } from './fit-text';
import { BODY_BOX, BODY_SIZES, CLOSING_SLIDE, COL_GAP, COL_HEAD_H, COL_W, MARGIN_X, SECTION_SLIDE, TITLE_BOX, TITLE_SIZES, TITLE_SLIDE } from './geometry';
import { layoutCode, layoutPicture, layoutQuote, layoutTable } from './layout-media';
import type { Column, PlannedSlide } from './plan-slides';
import type { Box, DeckLang, DeckSlide, Paragraph, TextElement } from './types';

export interface LayoutContext {
  lang: DeckLang;
  /** Resolved images by source (data URLs with their pixel size); missing ones get a labelled frame. */
  images: ReadonlyMap<string, { data: string; width: number; height: number }>;
  /** Why a picture is missing, when its loader said so; the warning then names the reason. */
  imageProblems?: ReadonlyMap<string, { key: string; params?: Record<string, string | number> }>;
  warn: (key: string, params?: Record<string, string | number>) => void;
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

export function titleEl(title: string, ctx: LayoutContext): TextElement {
  const fit = fitLine(title, TITLE_BOX, TITLE_SIZES, 2, true);
  if (fit.truncated) ctx.warn('slides.warn.titleCut', { title: plainText(title) });
  return textEl(TITLE_BOX, plainText(fit.text), fit.fontPt, fit.lines, { color: 'title', bold: true, valign: 'middle', placeholder: 'title' });
}

export function bodyEl(box: Box, paras: Paragraph[], fontPt: number, lines: number, placeholder?: 'body'): TextElement {
  return { type: 'text', box, paragraphs: paras, fontPt, color: 'text', align: 'left', valign: 'top', indentPt: bulletIndentPt(fontPt), lines, placeholder };
}

/** Pages of a content slide: the first keeps the title, the rest say "(cont.)"; notes stay on the first. */
export function pages(p: PlannedSlide & { title: string }, layout: DeckSlide['layout'], bodies: Array<DeckSlide['elements']>, ctx: LayoutContext): DeckSlide[] {
  if (bodies.length > 1) ctx.warn('slides.warn.continued', { title: plainText(p.title), n: bodies.length });
  return bodies.map((elements, i) => {
    const title = i === 0 ? plainText(p.title) : plainText(p.title) + contSuffix(ctx.lang);
    // A master whose body placeholder stays empty would show "Click to add text" in PowerPoint.
    const master = elements.some((e) => e.type === 'text' && e.placeholder === 'body') ? 'CONTENT' : 'TITLE_ONLY';
    const head = titleEl(title, ctx);
    return { layout, master, title: runsText(head.paragraphs[0].runs), elements: [head, ...elements], notes: i === 0 ? p.notes : '', continued: i > 0 };
  });
}

export function layoutSlide(p: PlannedSlide, ctx: LayoutContext): DeckSlide[] {
  switch (p.kind) {
    case 'title': {
      const t = fitLine(p.title || (ctx.lang === 'zh' ? '演示文稿' : 'Presentation'), TITLE_SLIDE.title, [44, 40, 36, 32, 28], 3, true);
      const s = p.subtitle ? fitLine(p.subtitle, TITLE_SLIDE.subtitle, [24, 22, 20, 18, 16], 3) : null;
      const els = [textEl(TITLE_SLIDE.title, plainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, valign: 'bottom', placeholder: 'title' })];
      // An empty subtitle placeholder would show "Click to add text": a space keeps it blank.
      els.push(s ? textEl(TITLE_SLIDE.subtitle, plainText(s.text), s.fontPt, s.lines, { color: 'muted', placeholder: 'body' }) : textEl(TITLE_SLIDE.subtitle, ' ', 20, 1, { placeholder: 'body' }));
      return [{ layout: 'title', master: 'TITLE', title: plainText(t.text), elements: els, notes: p.notes, continued: false }];
    }
    case 'section': {
      const t = fitLine(p.title, SECTION_SLIDE.title, [40, 36, 32, 28], 2, true);
      const els = [
        textEl(SECTION_SLIDE.kicker, String(p.index).padStart(2, '0'), 40, 1, { color: 'accent', bold: true }),
        textEl(SECTION_SLIDE.title, plainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, valign: 'middle', placeholder: 'title' }),
      ];
      if (p.subtitle) {
        const s = fitLine(p.subtitle, SECTION_SLIDE.subtitle, [22, 20, 18, 16], 3);
        els.push(textEl(SECTION_SLIDE.subtitle, plainText(s.text), s.fontPt, s.lines, { color: 'muted' }));
      }
      return [{ layout: 'section', master: 'SECTION', title: plainText(t.text), elements: els, notes: p.notes, continued: false }];
    }
    case 'closing': {
      const t = fitLine(p.title, CLOSING_SLIDE.title, [48, 44, 40, 36], 2, true);
      const s = fitLine(p.subtitle, CLOSING_SLIDE.subtitle, [24, 22, 20, 18], 2);
      return [
        {
          layout: 'closing',
          master: 'CLOSING',
          title: plainText(t.text),
          elements: [
            textEl(CLOSING_SLIDE.title, plainText(t.text), t.fontPt, t.lines, { color: 'title', bold: true, align: 'center', valign: 'bottom', placeholder: 'title' }),
            textEl(CLOSING_SLIDE.subtitle, plainText(s.text), s.fontPt, s.lines, { color: 'muted', align: 'center', placeholder: 'body' }),
          ],
          notes: p.notes,
          continued: false,
        },
      ];
    }
    case 'agenda': {
      const paras: Paragraph[] = p.items.map((t, i) => ({ runs: [{ text: plainText(t) }], level: 0, bullet: 'number', number: i + 1, spaceBeforePt: 12 }));
      if (paras.length > 6) return layoutColumns({ kind: 'columns', title: p.title, notes: p.notes, left: { heading: '', paras: paras.slice(0, Math.ceil(paras.length / 2)) }, right: { heading: '', paras: paras.slice(Math.ceil(paras.length / 2)) } }, ctx, 'agenda');
      const fit = fitParagraphs(paras, BODY_BOX, [28, 26, 24, ...BODY_SIZES.slice(1)]);
      return pages(p, 'agenda', fit.pages.map((pg, i) => [bodyEl(BODY_BOX, pg, fit.fontPt, fit.lines[i], 'body')]), ctx);
    }
    case 'text': {
      if (p.paras.length === 0) return pages(p, 'bullets', [[]], ctx);
      const fit = fitParagraphs(p.paras, BODY_BOX, BODY_SIZES);
      return pages(p, 'bullets', fit.pages.map((pg, i) => [bodyEl(BODY_BOX, pg, fit.fontPt, fit.lines[i], 'body')]), ctx);
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
  }
}

function layoutColumns(p: Extract<PlannedSlide, { kind: 'columns' }>, ctx: LayoutContext, layout: DeckSlide['layout']): DeckSlide[] {
  const headed = Boolean(p.left.heading || p.right.heading);
  const top = BODY_BOX.y + (headed ? COL_HEAD_H + 0.1 : 0);
  const boxL: Box = { x: MARGIN_X, y: top, w: COL_W, h: BODY_BOX.y + BODY_BOX.h - top };
  const boxR: Box = { ...boxL, x: MARGIN_X + COL_W + COL_GAP };
  // One size for both columns, the largest at which each fits without splitting.
  const size = BODY_SIZES.find((s) => [p.left, p.right].every((c) => fitParagraphs(c.paras, boxL, [s]).pages.length <= 1));
  if (size === undefined) {
    // Too long for one slide side by side: fall back to a single flowing column with continuations.
    const flow = (c: Column): Paragraph[] => (c.heading ? [{ runs: [{ text: plainText(c.heading), bold: true }], level: 0, bullet: 'none', spaceBeforePt: 12 } as Paragraph, ...c.paras.map((q) => ({ ...q, level: q.level + 1 }))] : c.paras);
    return layoutSlide({ kind: 'text', title: p.title, paras: [...flow(p.left), ...flow(p.right)], notes: p.notes }, ctx);
  }
  const els: DeckSlide['elements'] = [];
  for (const [c, box] of [
    [p.left, boxL],
    [p.right, boxR],
  ] as const) {
    if (headed) {
      const hb: Box = { x: box.x, y: BODY_BOX.y, w: COL_W, h: COL_HEAD_H };
      const h = fitLine(c.heading, hb, [24, 22, 20, 18, 16], 1, true);
      els.push({ type: 'shape', box: hb, fill: 'accent' });
      els.push(textEl(hb, plainText(h.text), h.fontPt, h.lines, { color: 'onAccent', bold: true, valign: 'middle' }));
    }
    const m = fitParagraphs(c.paras, box, [size]);
    els.push(bodyEl(box, c.paras, size, m.lines[0] ?? 0));
  }
  return pages(p, layout, [els], ctx);
}

export function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

