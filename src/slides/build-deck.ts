import type { WithWarnings } from '../llm/types';
import { markdownPlainText } from '../markdown/inline-text';
import { message, sameMessage, type Message } from '../messages';
import { detectLanguage } from '../markdown/language';
import type { ListItem, Outline, OutlineNode } from '../outline/types';
import { THEME_FRAMES, type SlideFrames } from './frames';
import { layoutSlide, type LayoutContext } from './layout-slides';
import { planSlides } from './plan-slides';
import type { Deck, DeckLang, ThemeName } from './types';

export interface DeckOptions {
  theme?: ThemeName;
  /** Deck language (continuation marks, agenda and closing words, run `lang`); detected when omitted. */
  lang?: DeckLang;
  agenda?: boolean | 'auto';
  closing?: boolean;
  /** Footer text on every slide; the deck title by default. */
  footer?: string;
  images?: LayoutContext['images'];
  diagrams?: LayoutContext['diagrams'];
  imageProblems?: LayoutContext['imageProblems'];
  /** Where each kind of slide puts its text: a built-in theme's boxes by default, or a template's. */
  frames?: SlideFrames;
}

function itemsText(items: ListItem[]): string[] {
  return items.flatMap((i) => [i.text, ...itemsText(i.children)]);
}

/** The words a reader sees in the outline (not code), for language detection. */
export function outlineText(n: OutlineNode): string {
  const blocks = n.blocks.flatMap((b) =>
    b.kind === 'list'
      ? itemsText(b.items)
      : b.kind === 'table'
        ? [...b.header, ...b.rows.flat()]
        : b.kind === 'paragraph' || b.kind === 'quote'
          ? [b.text]
          : b.kind === 'image'
            ? [b.alt]
            : [],
  );
  return [n.title, ...blocks, ...n.notes, ...n.children.map(outlineText)].join('\n');
}

export function detectLang(outline: Outline): DeckLang {
  return detectLanguage(outlineText(outline.root));
}

/** Outline → laid-out deck. Pure: no pptxgenjs, no I/O; the preview and the renderer both draw its result. */
export function buildDeck(outline: Outline, opts: DeckOptions = {}): WithWarnings<Deck> {
  const warnings: Message[] = [];
  const lang = opts.lang ?? detectLang(outline);
  const frames = opts.frames ?? THEME_FRAMES;
  const ctx: LayoutContext = {
    lang,
    frames,
    images: opts.images ?? new Map(),
    imageProblems: opts.imageProblems,
    diagrams: opts.diagrams,
    warn: (key, params) => {
      const w = message(key, params);
      if (!warnings.some((o) => sameMessage(o, w))) warnings.push(w);
    },
  };
  const planned = planSlides(outline, { lang, agenda: opts.agenda ?? 'auto', closing: opts.closing ?? true });
  const slides = planned.flatMap((p) => layoutSlide(p, ctx));
  const title = markdownPlainText(outline.root.title) || slides[0]?.title || '';
  return { value: { title, lang, theme: opts.theme ?? 'business', footer: opts.footer ?? title, page: frames.page, slides }, warnings };
}
