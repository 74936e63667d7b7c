// The slides feature as one straight line, called by `dsplus slides` and the Slides panel alike:
//   topic or document ──writeOutline──▶ outline Markdown ──makeDeck──▶ Deck + .pptx bytes (+ warnings)
//   outline Markdown ──addNotes──▶ outline Markdown with speaker notes
// The model-backed steps, the web module and the template reader load only when used, so rendering an
// outline stays as light as a script that calls pptxgenjs.

import type { LlmSettings } from '../llm/settings';
import type { ChatMode, Usage } from '../llm/types';
import type { MapReduceProgress } from '../llm/map-reduce';
import type { Locale } from '../locales';
import { detectLanguage } from '../markdown/language';
import { AppError } from '../errors';
import { message, type Message } from '../messages';
import { outlineFromMarkdown } from '../outline/from-markdown';
import { serializeOutline } from '../outline/serialize-outline';
import type { Outline } from '../outline/types';
import type { Source } from '../web/types';
import type { ImageLoader } from './resolve-images';
import { markdownToDeck } from './markdown-to-deck';
import { longParagraphs, summariseParagraphs } from './summarise-paragraphs';
import { outlineForText, proseShape, proseToOutline, type ProseShape, type TextOutline } from './prose-input';
import type { NativeDeflate } from './package-fix';
import type { OutlineStyle } from './prompts';
import { renderPptx } from './render-pptx';
import { writeDescribedDiagrams } from './described-diagrams';
import type { LoadedTemplate } from './template/read-template';
import type { LayoutMapping } from './template/match-layouts';
import type { Deck, DeckLang, TemplateKind, ThemeName } from './types';

export interface WorkflowHandlers {
  mode?: ChatMode;
  signal?: AbortSignal;
  /** The whole answer so far, after every content delta. */
  onText?: (text: string) => void;
  onReasoning?: (text: string) => void;
  /** Condensing a long document, part by part. */
  onProgress?: (p: MapReduceProgress) => void;
}

export interface OutlineRequest {
  /** One of the two: a topic to write about, or a document (Markdown) to outline. */
  topic?: string;
  document?: string;
  /** The deck's language; from the topic or document when not given. */
  lang?: DeckLang;
  audience?: string;
  slides?: number;
  style?: OutlineStyle;
  notes?: boolean;
  /** Web sources the bullets may cite (a topic only); the cited ones close the deck on a sources slide. */
  sources?: readonly Source[];
}

export interface OutlineResult {
  /** The model's answer, cleaned of chat, fences and reasoning, as the editor shows it. */
  markdown: string;
  lang: DeckLang;
  /** Citation checks when sources were given. */
  warnings: Message[];
  /** How many sources the closing sources slide lists (when sources were given). */
  sourcesShown?: number;
  usage?: Usage;
}

export const localeOfLang = (lang: DeckLang): Locale => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** Topic or document → outline Markdown, streamed through `onText`. */
export async function writeOutline(settings: LlmSettings, req: OutlineRequest, h: WorkflowHandlers = {}): Promise<OutlineResult> {
  const gen = await import('./generate-outline');
  const handlers = { mode: h.mode ?? 'fast', signal: h.signal, onText: h.onText, onReasoning: h.onReasoning, onProgress: h.onProgress };
  const common = { audience: req.audience, slides: req.slides, style: req.style, notes: req.notes };
  const warnings: Message[] = [];
  let answer: { text: string; usage?: Usage };
  let lang: DeckLang;
  if (req.topic !== undefined) {
    lang = req.lang ?? detectLanguage(req.topic);
    const sources = req.sources?.length ? req.sources : undefined;
    answer = await gen.outlineFromTopic(settings, { topic: req.topic, lang, ...common, sources: sources ? [...sources] : undefined }, handlers);
    if (sources) {
      const cited = await withSourcesSlide(answer.text, sources, lang, warnings);
      return { markdown: cleanOutline(cited.text), lang, warnings, usage: answer.usage, sourcesShown: cited.shown };
    }
  } else {
    const doc = req.document ?? '';
    lang = req.lang ?? detectLanguage(doc);
    answer = await gen.outlineFromDocument(settings, doc, { lang, ...common }, handlers);
  }
  return { markdown: cleanOutline(answer.text), lang, warnings, usage: answer.usage };
}

/** The bullets cite [n]; the sources they cite close the deck on a sources slide. */
async function withSourcesSlide(text: string, sources: readonly Source[], lang: DeckLang, warnings: Message[]): Promise<{ text: string; shown: number }> {
  const web = await import('../web');
  const numbered = web.renumber(sources);
  const cited = web.normalizeCitations(text);
  const check = web.checkCitations(cited, numbered);
  warnings.push(...web.citationWarnings(check));
  const shown = web.shownSources(numbered, check);
  return { text: `${cited.trimEnd()}\n\n${web.sourcesSlideMarkdown(shown, localeOfLang(lang))}\n`, shown: shown.length };
}

/** The outline as the editor should show it (no fence, no reasoning, no chat); the answer itself if it reads as none. */
function cleanOutline(text: string): string {
  try {
    return serializeOutline(outlineFromMarkdown(text).value);
  } catch {
    return text;
  }
}

/**
 * Text the user gave (a file, stdin, the pane's editor) → the outline a deck is made from: an outline as it
 * is; prose, a transcript or a chat log condensed by the model when `settings` are given, else grouped
 * under its headings offline; `notice` says which happened. The model's outline comes back clean.
 */
export async function textToOutline(
  text: string,
  opts: { lang: DeckLang; title?: string; settings?: LlmSettings },
  h: WorkflowHandlers = {},
): Promise<TextOutline> {
  const r = await outlineForText(text, { ...opts, mode: h.mode, signal: h.signal, onText: h.onText, onProgress: h.onProgress });
  return r.generated ? { ...r, markdown: cleanOutline(r.markdown) } : r;
}

/**
 * The same step without a model, at once (the pane's live preview, Download and Insert): null for an
 * outline; for prose, its offline outline with the shape the notice describes.
 */
export function offlineOutline(text: string, opts: { lang: DeckLang; title?: string }): { markdown: string; shape: ProseShape; notice: Message } | null {
  let shape: ProseShape | null;
  try {
    shape = proseShape(text);
  } catch {
    return null;
  }
  if (!shape) return null;
  return {
    markdown: proseToOutline(text, opts),
    shape,
    notice: message(`slides.prose.offline.${shape.kind}`, { paragraphs: shape.paragraphs }),
  };
}

/**
 * With a model: each long prose paragraph under a slide → at most six bullets written by the model, the
 * paragraph whole in that slide's notes (the CLI when a model is set up; the pane's button). Progress counts
 * paragraphs; Stop cancels the request in flight and changes nothing.
 */
export async function summariseLongParagraphs(
  settings: LlmSettings,
  markdown: string,
  opts: { lang: DeckLang; mode?: ChatMode; signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void },
): Promise<{ markdown: string; summarised: number; warnings: Message[] }> {
  const r = await summariseParagraphs(settings, outlineFromMarkdown(markdown).value, opts);
  // The model's own sentence (cannot reach it, an answer that is not bullets…) follows, when it has one.
  const why = r.failure instanceof AppError ? [message(r.failure.key, r.failure.params)] : [];
  const warnings = r.kept ? [message('slides.summarise.kept', { n: r.kept }), ...why] : [];
  return { markdown: r.summarised ? serializeOutline(r.outline) : markdown, summarised: r.summarised, warnings };
}

/** How many paragraphs summariseLongParagraphs would send (0 for text that is not an outline yet). */
export function longParagraphCount(markdown: string): number {
  try {
    return longParagraphs(outlineFromMarkdown(markdown).value).length;
  } catch {
    return 0;
  }
}

/** Speaker notes written by the model for every slide that has none. */
export async function addNotes(
  settings: LlmSettings,
  markdown: string,
  opts: { lang: DeckLang; mode?: ChatMode; signal?: AbortSignal },
): Promise<{ markdown: string; outline: Outline; added: number }> {
  const { addGeneratedNotes } = await import('./generate-outline');
  const r = await addGeneratedNotes(settings, outlineFromMarkdown(markdown).value, { lang: opts.lang, mode: opts.mode ?? 'fast', signal: opts.signal });
  return { markdown: serializeOutline(r.outline), outline: r.outline, added: r.added };
}

export interface TemplateChoice {
  loaded: LoadedTemplate;
  overrides?: Partial<Record<TemplateKind, string>>;
  /** Keep the template's own example slides (a download only; never when inserting). */
  keepExampleSlides?: boolean;
}

export interface DeckRequest {
  markdown: string;
  /** A built-in theme, or the user's template (its own package, its layouts). */
  theme: ThemeName;
  template?: TemplateChoice | null;
  agenda: 'auto' | boolean;
  closing?: boolean;
  footer?: string;
  lang?: DeckLang;
  loadImage?: ImageLoader | null;
  /** Node's zlib (the CLI); the pane compresses in JavaScript. */
  native?: NativeDeflate;
  signal?: AbortSignal;
  /** The model that writes the Mermaid for `图: 流程图 …` / `Diagram: …` lines; without one they stay text. */
  settings?: LlmSettings;
  mode?: ChatMode;
}

export interface DeckResult {
  deck: Deck;
  outline: Outline;
  bytes: Uint8Array;
  /** The parser's and the fitter's warnings, as data (the CLI and the pane translate them). */
  warnings: Message[];
  /** About the template: fallbacks, macros left out, example slides dropped. */
  notices: Message[];
  mapping: LayoutMapping | null;
  /** The outline the deck was made from: the request's, with the model's Mermaid in place of each diagram line it wrote. */
  markdown: string;
  /** How many `图: …` / `Diagram: …` lines the model turned into diagrams. */
  diagramsWritten: number;
}

/** Outline Markdown (or a raw model answer) → laid-out deck → .pptx bytes, in a theme or a template. */
export async function makeDeck(request: DeckRequest): Promise<DeckResult> {
  const described = await writeDescribedDiagrams(request.markdown, {
    settings: request.settings,
    // The model writes the labels in the deck's language.
    locale: localeOfLang(request.lang ?? (detectLanguage(request.markdown) === 'zh' ? 'zh' : 'en')),
    mode: request.mode,
    signal: request.signal,
  });
  const req = { ...request, markdown: described.markdown };
  const first = described.warnings;
  const made = { markdown: described.markdown, diagramsWritten: described.written };
  if (!req.template) {
    const b = await markdownToDeck(req.markdown, {
      theme: req.theme,
      agenda: req.agenda,
      closing: req.closing,
      footer: req.footer,
      lang: req.lang,
      loadImage: req.loadImage,
      signal: req.signal,
    });
    req.signal?.throwIfAborted();
    return {
      deck: b.value,
      outline: b.outline,
      bytes: await renderPptx(b.value, req.native),
      warnings: [...first, ...b.warnings],
      notices: [],
      mapping: null,
      ...made,
    };
  }
  const { templateSlides } = await import('./template/template-slides');
  const t = req.template;
  const r = await templateSlides({
    markdown: req.markdown,
    template: t.loaded,
    overrides: t.overrides,
    keepExampleSlides: t.keepExampleSlides,
    deck: { agenda: req.agenda, closing: req.closing, footer: req.footer, lang: req.lang },
    loadImage: req.loadImage,
    native: req.native,
    signal: req.signal,
  });
  return { deck: r.deck, outline: r.outline, bytes: r.bytes, warnings: [...first, ...r.warnings], notices: r.notices, mapping: r.mapping, ...made };
}
