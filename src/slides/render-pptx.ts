import PptxGenJS from 'pptxgenjs';
import { bulletIndentPt, INSET_PT, spaceBefore } from './fit-text';
import { BODY_BOX, CLOSING_SLIDE, FOOTER_Y, MARGIN_X, CONTENT_W, SECTION_SLIDE, TITLE_BOX, TITLE_SLIDE } from './geometry';
import { CELL_PAD_PT } from './layout-media';
import { lineHeightPt } from './measure';
import { drawDiagramShapes, diagramEdgesXml, placeDiagram } from '../diagram/render-pptx';
import { drawChart } from './render-chart';
import { fixPackage, type NativeDeflate, type PackageEdit } from './package-fix';
import { THEMES, type Palette, type Theme } from './themes';
import type { Deck, DeckSlide, MasterKind, SlideElement, TextElement } from './types';
import { SLIDE_W } from './types';

// Deck model → pptxgenjs. Text sizes, line spacing and box sizes come from the fitter; nothing relies on
// `fit:'shrink'` (PowerPoint ignores it until the user edits the box).

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

const COVER: ReadonlySet<MasterKind> = new Set(['TITLE', 'SECTION', 'CLOSING']);

export function paletteFor(theme: Theme, master: MasterKind): Palette {
  return COVER.has(master) ? theme.cover : theme.content;
}

function defineMasters(pptx: PptxGenJS, theme: Theme, deck: Deck): void {
  const footer = (p: Palette): MasterObject[] => [
    {
      text: {
        text: deck.footer,
        options: { x: MARGIN_X, y: FOOTER_Y, w: 9, h: 0.35, fontSize: 11, color: p.muted, fontFace: theme.font, margin: 0, valign: 'middle' },
      },
    },
  ];
  const slideNumber = (p: Palette) => ({
    x: SLIDE_W - MARGIN_X - 1,
    y: FOOTER_Y,
    w: 1,
    h: 0.35,
    fontSize: 11,
    color: p.muted,
    fontFace: theme.font,
    align: 'right' as const,
    margin: 0,
  });
  const ph = (name: 'title' | 'body', box: { x: number; y: number; w: number; h: number }, p: Palette, size: number) => ({
    placeholder: {
      options: { name, type: name, ...box, fontFace: theme.font, fontSize: size, color: name === 'title' ? p.title : p.text, margin: INSET_PT },
      text: '',
    },
  });

  const c = theme.content;
  const accentRule = (p: Palette, y: number, x = MARGIN_X, w = 1.1) => ({
    rect: { x, y, w, h: 0.06, fill: { color: p.accent }, line: { color: p.accent, width: 0 } },
  });
  const footerRule = (p: Palette) => ({ line: { x: MARGIN_X, y: FOOTER_Y - 0.05, w: CONTENT_W, h: 0, line: { color: p.panel, width: 0.75 } } });
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: c.background },
    objects: [accentRule(c, TITLE_BOX.y + TITLE_BOX.h + 0.02), footerRule(c), ...footer(c), ph('title', TITLE_BOX, c, 32), ph('body', BODY_BOX, c, 24)],
    slideNumber: slideNumber(c),
  });
  pptx.defineSlideMaster({
    title: 'TITLE_ONLY',
    background: { color: c.background },
    objects: [accentRule(c, TITLE_BOX.y + TITLE_BOX.h + 0.02), footerRule(c), ...footer(c), ph('title', TITLE_BOX, c, 32)],
    slideNumber: slideNumber(c),
  });
  const v = theme.cover;
  const band = { rect: { x: 0, y: 0, w: 0.28, h: 7.5, fill: { color: v.accent }, line: { color: v.accent, width: 0 } } };
  pptx.defineSlideMaster({
    title: 'TITLE',
    background: { color: v.background },
    objects: [
      band,
      accentRule(v, TITLE_SLIDE.title.y + TITLE_SLIDE.title.h + 0.08, TITLE_SLIDE.title.x + 0.08, 1.6),
      ...footer(v),
      ph('title', TITLE_SLIDE.title, v, 44),
      ph('body', TITLE_SLIDE.subtitle, v, 24),
    ],
  });
  pptx.defineSlideMaster({
    title: 'SECTION',
    background: { color: v.background },
    objects: [band, accentRule(v, SECTION_SLIDE.title.y - 0.02, SECTION_SLIDE.title.x + 0.08, 0.8), ...footer(v), ph('title', SECTION_SLIDE.title, v, 40)],
    slideNumber: slideNumber(v),
  });
  pptx.defineSlideMaster({
    title: 'CLOSING',
    background: { color: v.background },
    objects: [
      band,
      accentRule(v, CLOSING_SLIDE.subtitle.y - 0.05, SLIDE_W / 2 - 0.8, 1.6),
      ...footer(v),
      ph('title', CLOSING_SLIDE.title, v, 48),
      ph('body', CLOSING_SLIDE.subtitle, v, 24),
    ],
    slideNumber: slideNumber(v),
  });
}

function textProps(el: TextElement, theme: Theme, p: Palette, lang: string): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  el.paragraphs.forEach((para, pi) => {
    const runs = para.runs.length ? para.runs : [{ text: '' }];
    const bullet: PptxGenJS.TextPropsOptions['bullet'] =
      para.bullet === 'dot'
        ? { indent: bulletIndentPt(el.fontPt) }
        : para.bullet === 'number'
          ? { type: 'number', numberStartAt: para.number ?? 1, indent: bulletIndentPt(el.fontPt) }
          : false;
    runs.forEach((r, ri) => {
      // Paragraph options go on the first run only: pptxgenjs starts a new paragraph on every run that has
      // a bullet, and writes a <a:pPr> per run (the extra ones are removed in package-fix.ts).
      const paragraph: PptxGenJS.TextPropsOptions =
        ri === 0 ? { bullet, indentLevel: para.level, paraSpaceBefore: pi > 0 ? spaceBefore(para, el.fontPt) : 0, lineSpacing: lineHeightPt(el.fontPt) } : {};
      out.push({
        text: r.text,
        options: {
          ...paragraph,
          bold: Boolean(el.bold || ('bold' in r && r.bold)),
          italic: Boolean(el.italic),
          fontFace: el.mono || ('code' in r && r.code) ? theme.mono : theme.font,
          fontSize: el.fontPt,
          color: p[el.color],
          lang,
          align: el.align,
          breakLine: ri === runs.length - 1 && pi < el.paragraphs.length - 1,
        },
      });
    });
  });
  return out;
}

function drawElement(pptx: PptxGenJS, slide: PptxGenJS.Slide, el: SlideElement, theme: Theme, p: Palette, lang: string): void {
  const { x, y, w, h } = el.box;
  switch (el.type) {
    case 'chart':
      drawChart(pptx, slide, el, theme, p, lang);
      return;
    case 'diagram':
      // Shapes here; the connectors go into the slide's XML afterwards (diagramEdits), glued to them.
      if (el.layout) drawDiagramShapes(pptx, slide, el.layout, placeDiagram(el.layout, el.box), lang);
      else slide.addText(el.source, { x, y, w, h, fontFace: theme.mono, fontSize: 12, color: p.text, valign: 'top', lang });
      return;
    case 'text':
      slide.addText(textProps(el, theme, p, lang), {
        x,
        y,
        w,
        h,
        margin: INSET_PT,
        valign: el.valign,
        align: el.align,
        fontFace: el.mono ? theme.mono : theme.font,
        fontSize: el.fontPt,
        color: p[el.color],
        lang,
        ...(el.placeholder ? { placeholder: el.placeholder } : {}),
      });
      return;
    case 'shape':
      slide.addShape(el.rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
        x,
        y,
        w,
        h,
        fill: { color: p[el.fill] },
        line: { color: p[el.fill], width: 0 },
        ...(el.rounded ? { rectRadius: 0.08 } : {}),
      });
      return;
    case 'image':
      if (el.data) {
        slide.addImage({ data: el.data.replace(/^data:/, ''), x, y, w, h, altText: el.alt });
      } else {
        slide.addText(el.alt, {
          x,
          y,
          w,
          h,
          align: 'center',
          valign: 'middle',
          fontSize: 14,
          fontFace: theme.font,
          color: p.muted,
          lang,
          fill: { color: p.panel },
          line: { color: p.muted, width: 1, dashType: 'dash' },
        });
      }
      return;
    case 'table': {
      const cell = (text: string, header: boolean, odd: boolean): PptxGenJS.TableCell => ({
        text,
        options: header ? { bold: true, color: p.onAccent, fill: { color: p.accent } } : { color: p.text, fill: { color: odd ? p.panel : p.background } },
      });
      const rows: PptxGenJS.TableRow[] = [el.header.map((t) => cell(t, true, false)), ...el.rows.map((r, i) => r.map((t) => cell(t, false, i % 2 === 1)))];
      slide.addTable(rows, {
        x,
        y,
        w,
        colW: el.colW,
        rowH: el.rowH,
        fontSize: el.fontPt,
        fontFace: theme.font,
        margin: CELL_PAD_PT,
        valign: 'middle',
        border: { type: 'solid', pt: 0.75, color: p.muted },
        autoPage: false,
      });
      return;
    }
  }
}

function addSlide(pptx: PptxGenJS, s: DeckSlide, theme: Theme, lang: string): void {
  const slide = pptx.addSlide({ masterName: s.master });
  const p = paletteFor(theme, s.master);
  for (const el of s.elements) drawElement(pptx, slide, el, theme, p, lang);
  if (s.notes.trim()) slide.addNotes(s.notes);
}

/**
 * The package edit that adds each diagram's connectors to its slide (pptxgenjs has no connectors):
 * slide N of the deck is ppt/slides/slideN.xml.
 */
export function diagramEdits(deck: Deck): PackageEdit | undefined {
  const jobs = deck.slides.flatMap((s, i) =>
    s.elements.flatMap((el) =>
      el.type === 'diagram' && el.layout ? [{ path: `ppt/slides/slide${i + 1}.xml`, layout: el.layout, placement: placeDiagram(el.layout, el.box) }] : [],
    ),
  );
  if (!jobs.length) return undefined;
  return (parts) => {
    for (const j of jobs) parts.write(j.path, diagramEdgesXml(parts.read(j.path)!, j.layout, j.placement).xml);
  };
}

export function buildPptx(deck: Deck): PptxGenJS {
  const theme = THEMES[deck.theme];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = 'DeepSeek+ for Office';
  pptx.theme = { headFontFace: theme.font, bodyFontFace: theme.font };
  defineMasters(pptx, theme, deck);
  const lang = deck.lang === 'zh' ? 'zh-CN' : 'en-US';
  for (const s of deck.slides) addSlide(pptx, s, theme, lang);
  return pptx;
}

/** The .pptx bytes: pptxgenjs output, repaired (content types, East Asian theme fonts) and DEFLATE-compressed. */
export async function renderPptx(deck: Deck, native?: NativeDeflate): Promise<Uint8Array> {
  // In Node (where the caller passes a native deflate) JSZip can hand over its own Buffer; asking it for a
  // Uint8Array there copies the whole uncompressed package (3 MB for 200 slides) byte by byte in JavaScript.
  const raw = (await buildPptx(deck).write({ outputType: native ? 'nodebuffer' : 'uint8array' })) as Uint8Array;
  return fixPackage(raw, THEMES[deck.theme], 'uint8array', { native, edit: diagramEdits(deck) });
}

/** Base64 without a data: prefix, as PowerPoint's insertSlidesFromBase64 wants it. */
export async function renderPptxBase64(deck: Deck): Promise<string> {
  const raw = (await buildPptx(deck).write({ outputType: 'uint8array' })) as Uint8Array;
  return fixPackage(raw, THEMES[deck.theme], 'base64', { edit: diagramEdits(deck) });
}
