import { message, type Message } from '../../messages';
import { outlineFromMarkdown } from '../../outline/from-markdown';
import type { Outline } from '../../outline/types';
import type { DeckOptions } from '../build-deck';
import type { NativeDeflate } from '../package-fix';
import { resolveImages, type ImageLoader } from '../resolve-images';
import { resolveDiagrams } from '../resolve-diagrams';
import type { Deck, TemplateKind } from '../types';
import { matchLayouts, type LayoutMapping } from './match-layouts';
import type { LoadedTemplate } from './read-template';
import { renderTemplateDeck } from './render-template';
import { buildTemplateDeck } from './template-deck';
import { templateReport, type TemplateReport } from './template-report';

// The template workflow both the CLI and the pane call: Outline Markdown + a loaded template →
// layouts matched (with the user's overrides) → the deck fitted into the template's placeholders →
// the .pptx written inside the template's package. Warnings come back as data.

export interface TemplateSlidesRequest {
  markdown: string;
  template: LoadedTemplate;
  /** kind → layout name or number, from --layout kind=Name or the pane's selects. */
  overrides?: Partial<Record<TemplateKind, string>>;
  keepExampleSlides?: boolean;
  deck?: Omit<DeckOptions, 'frames' | 'theme' | 'images'>;
  loadImage?: ImageLoader | null;
  /** Node's zlib for the new parts (the CLI passes it); the pane compresses with fflate. */
  native?: NativeDeflate;
  signal?: AbortSignal;
  onProgress?: (step: 'layout' | 'render') => void;
}

export interface TemplateSlidesResult {
  deck: Deck;
  outline: Outline;
  bytes: Uint8Array;
  mapping: LayoutMapping;
  report: TemplateReport;
  /** The parser's and the fitter's warnings, as data. */
  warnings: Message[];
  /** What the user should know about the template: fallbacks, macros left out, example slides dropped. */
  notices: Message[];
}

export function templateNotices(t: LoadedTemplate, report: TemplateReport, keepExampleSlides: boolean): Message[] {
  const notices = [...report.notices];
  if (t.info.exampleSlides > 0 && !keepExampleSlides) notices.push(message('slides.template.notice.examples', { n: t.info.exampleSlides }));
  return notices;
}

export async function templateSlides(req: TemplateSlidesRequest): Promise<TemplateSlidesResult> {
  req.onProgress?.('layout');
  const parsed = outlineFromMarkdown(req.markdown);
  const { images, problems } = await resolveImages(parsed.value, req.loadImage ?? null, req.signal);
  const drawn = await resolveDiagrams(parsed.value, req.signal);
  req.signal?.throwIfAborted();
  const mapping = matchLayouts(req.template.info, req.overrides);
  const built = buildTemplateDeck(parsed.value, req.template.info, mapping, { ...req.deck, images, imageProblems: problems, diagrams: drawn.diagrams });
  req.onProgress?.('render');
  const bytes = await renderTemplateDeck(req.template, built.value, { keepExampleSlides: req.keepExampleSlides, native: req.native });
  req.signal?.throwIfAborted();
  const report = templateReport(req.template.info, mapping);
  return {
    deck: built.value,
    outline: parsed.value,
    bytes,
    mapping,
    report,
    warnings: [...parsed.warnings, ...drawn.problems, ...built.warnings],
    notices: templateNotices(req.template, report, Boolean(req.keepExampleSlides)),
  };
}
