import { basename, dirname, extname, join, resolve } from 'node:path';
// Rendering an outline needs no model: the model-backed steps (and the SDK with them) load only when
// asked for, so `dsplus slides talk.md` starts like a script that calls pptxgenjs.
import type { LlmSettings } from '../../llm/settings';
import type { ChatMode } from '../../llm/types';
import { isConfigured } from '../../llm/settings-values';
import { translate, type MessageKey } from '../../locales';
import { detectLanguage } from '../../markdown/language';
import { serializeOutline } from '../../outline/serialize-outline';
import { THEME_NAMES, type DeckLang, type ThemeName } from '../../slides/types';
import { isThemeName } from '../../slides/themes';
import { addNotes, localeOfLang, longParagraphCount, makeDeck, summariseLongParagraphs, textToOutline, writeOutline } from '../../slides/workflow';
import { nodeDeflate } from '../../slides/node-deflate';
import { needsProvider, unsupportedSlidesInput } from '../../slides/errors';
import { OUTLINE_STYLES, type OutlineStyle } from '../../slides/prompts';
import { nodeImageLoader } from '../../slides/node-image-loader';
import { unsupportedOutput } from '../../writing/errors';
import { AppError } from '../../errors';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertWritable, outputExt, printWarnings, progressLine, readDocumentArg, writeFilesChecked, type OutputBytes } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';
import { isUrlArg, readDocumentSource, type DocumentFlags } from '../document-arg';
import { isImageName } from '../../writing/read-document';
import { noSearchBackend, searchBackendFor, searchWeb } from '../../web';
import type { LoadedTemplate } from '../../slides/template/read-template';
import type { TemplateKind } from '../../slides/types';

export interface SlidesFlags extends ProviderFlags, DocumentFlags {
  output?: string;
  theme: string;
  notes?: boolean;
  lang?: string;
  topic?: string;
  slides?: string;
  audience?: string;
  style?: string;
  deep?: boolean;
  agenda: boolean;
  closing: boolean;
  /** false with --no-summarize: long paragraphs stay sentence bullets even with a model. */
  summarize?: boolean;
  footer?: string;
  web?: boolean;
  template?: string;
  layout?: string[];
  keepTemplateSlides?: boolean;
  templateReport?: boolean;
}

interface TemplateChoice {
  loaded: LoadedTemplate;
  overrides: Partial<Record<TemplateKind, string>>;
}

/** The outline kept beside a deck: `talk.pptx` → `talk.outline.md`. */
function outlinePath(deck: string): string {
  return deck.replace(/\.pptx$/i, '') + '.outline.md';
}

/** Slides render an outline without a model; only the steps that write text ask for one. */
/** The provider settings when a model is set up, else undefined (nothing is refused). */
async function configuredProvider(o: ProviderFlags & { deep?: boolean }): Promise<LlmSettings | undefined> {
  const { assertCliDeep, resolveCliConfig } = await import('../config');
  const cfg = resolveCliConfig(o);
  if (!isConfigured(cfg.settings)) return undefined;
  assertCliDeep(cfg, o.deep);
  return cfg.settings;
}

async function needProvider(o: ProviderFlags & { deep?: boolean }): Promise<LlmSettings> {
  // The settings schema (zod) loads with the first step that needs a model.
  const s = await configuredProvider(o);
  if (!s) throw needsProvider();
  return s;
}

export async function slidesAction(input: string | undefined, o: SlidesFlags): Promise<void> {
  const theme = o.theme;
  if (!isThemeName(theme)) throw new AppError('slides.error.unknownTheme', { name: o.theme, list: THEME_NAMES.join(', ') });
  if (o.lang && o.lang !== 'zh' && o.lang !== 'en') throw new AppError('slides.error.unknownLang', { lang: o.lang });
  if (o.style && !OUTLINE_STYLES.includes(o.style as OutlineStyle))
    throw new AppError('slides.error.unknownStyle', { name: o.style, list: OUTLINE_STYLES.join(', ') });
  // The template is read (and --layout checked against it) before any model call, so a bad one fails
  // first. Its reader (JSZip, xmldom) loads only when a template is given.
  let template: TemplateChoice | null = null;
  if (o.templateReport && !o.template) throw new AppError('slides.template.error.reportNeedsTemplate');
  if (o.template) {
    const tpl = await import('./slides-template');
    const loaded = await tpl.loadTemplateArg(o.template);
    const overrides = tpl.parseLayoutFlags(o.layout);
    const mapping = tpl.checkedMapping(loaded, overrides);
    if (o.templateReport) {
      tpl.printTemplateReport(loaded, mapping);
      return;
    }
    template = { loaded, overrides };
  }
  if (!input && !o.topic) throw new AppError('slides.error.noInput');
  if (o.web && !o.topic) throw new AppError('slides.error.webNeedsTopic');
  if (o.web && searchBackendFor(await needProvider(o)) === 'none') throw noSearchBackend();
  if (o.output && outputExt(o.output) !== 'pptx') throw unsupportedOutput(outputExt(o.output) ? `.${outputExt(o.output)}` : o.output, '.pptx');
  const out = resolve(o.output ?? (input && input !== '-' && !isUrlArg(input) ? join(dirname(input), basename(input, extname(input)) + '.pptx') : 'deck.pptx'));
  if (o.output) await assertWritable(out);
  // The outline is kept beside the deck whenever the model wrote or added to it; neither may be the input.
  const inputExt = input && input !== '-' ? extname(input).toLowerCase() : '';
  // Prose given as .md (or stdin) is condensed by the model when one is set up, and that outline is saved too.
  const writesOutline = Boolean(o.topic) || Boolean(o.notes) || inputExt === '.docx' || inputExt === '.txt' || Boolean(await configuredProvider(o));
  await assertOutputsApart(
    [...(o.topic || !input ? [] : [input]), ...(o.template ? [o.template] : [])],
    [out, ...(writesOutline ? [{ path: outlinePath(out), besideOf: out }] : [])],
  );
  const progress = progressLine();
  try {
    await renderSlides(input, o, theme, out, progress, template);
  } finally {
    progress.end();
  }
}

async function renderSlides(
  input: string | undefined,
  o: SlidesFlags,
  theme: ThemeName,
  out: string,
  progress: ReturnType<typeof progressLine>,
  template: TemplateChoice | null,
): Promise<void> {
  const locale = cliLocale();
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p);
  const outlineFile = outlinePath(out);
  const mode: ChatMode = o.deep ? 'deep' : 'fast';
  const lang = o.lang as DeckLang | undefined;
  const request = {
    lang,
    audience: o.audience,
    slides: o.slides ? Math.max(1, Math.min(60, Number.parseInt(o.slides, 10) || 0)) || undefined : undefined,
    style: o.style as OutlineStyle | undefined,
    notes: o.notes,
  };
  const handlers = {
    mode,
    onText: (s: string) => progress.show(t('slides.cli.writing', { chars: s.length })),
    onProgress: (p: { done: number; total: number }) => progress.show(t('slides.cli.condensing', { done: p.done, total: p.total })),
  } as const;
  let markdown: string;
  let baseDir = process.cwd();
  let generated = false;
  if (o.topic) {
    const settings = await needProvider(o);
    const found = o.web ? await searchWeb(settings, { question: o.topic, locale: localeOfLang(lang ?? detectLanguage(o.topic)) }) : undefined;
    if (found) {
      console.error(`${t('web.cli.searching', { queries: found.queries.join('; ') })}\n${t('web.cli.found', { n: found.sources.length })}`);
      printWarnings(found.warnings);
    }
    const r = await writeOutline(settings, { ...request, topic: o.topic, sources: found?.sources }, handlers);
    progress.end();
    printWarnings(r.warnings);
    if (r.sourcesShown !== undefined) console.error(t('web.cli.sourcesSlide', { n: r.sourcesShown }));
    markdown = r.markdown;
    generated = true;
  } else if (input === '-') {
    markdown = await readDocumentArg('-');
  } else {
    const path = input as string;
    const url = isUrlArg(path);
    const ext = url ? '' : extname(path).toLowerCase();
    if (!url) baseDir = dirname(resolve(path));
    if (ext === '.md' || ext === '.markdown' || (ext === '.txt' && !(await configuredProvider(o)))) {
      // A .txt without a model is read as it is: an outline renders, prose is grouped offline (below).
      markdown = await readDocumentArg(path);
    } else if (url || ext === '.docx' || ext === '.txt' || ext === '.pdf' || isImageName(path)) {
      const settings = await needProvider(o);
      const doc = await readDocumentSource(path, o, () => settings);
      markdown = (await writeOutline(settings, { ...request, document: doc }, handlers)).markdown;
      generated = true;
    } else {
      throw unsupportedSlidesInput(ext || basename(path));
    }
  }
  if (!generated) {
    // Prose, a transcript or a chat log is not an outline: the model condenses it, or it is grouped offline.
    const textLang: DeckLang = lang ?? (detectLanguage(markdown) === 'zh' ? 'zh' : 'en');
    const title = input && input !== '-' && !isUrlArg(input) ? basename(input, extname(input)) : undefined;
    const r = await textToOutline(
      markdown,
      { lang: textLang, title, settings: await configuredProvider(o) },
      { mode, onText: handlers.onText, onProgress: (p) => progress.show(t('slides.cli.condensing', { done: p.done, total: p.total })) },
    );
    progress.end();
    if (r.notice) printWarnings([r.notice]);
    markdown = r.markdown;
    generated = r.generated;
  }
  progress.end();
  // With a model, long prose paragraphs become at most six bullets each, kept whole in the notes.
  const summarizeWith = o.summarize !== false && longParagraphCount(markdown) > 0 ? await configuredProvider(o) : undefined;
  if (summarizeWith) {
    const textLang: DeckLang = lang ?? (detectLanguage(markdown) === 'zh' ? 'zh' : 'en');
    const r = await summariseLongParagraphs(summarizeWith, markdown, {
      lang: textLang,
      mode,
      onProgress: (p) => progress.show(t('slides.cli.summarising', { done: p.done, total: p.total })),
    });
    progress.end();
    if (r.summarised) console.error(t('slides.summarised', { n: r.summarised }));
    printWarnings(r.warnings);
    markdown = r.markdown;
    generated = generated || r.summarised > 0;
  }

  const loadImage = nodeImageLoader(baseDir);
  // One render for either path: a built-in theme (pptxgenjs) or the user's template (its own package).
  const deckRequest = {
    theme,
    template: template && { loaded: template.loaded, overrides: template.overrides, keepExampleSlides: o.keepTemplateSlides },
    agenda: o.agenda ? ('auto' as const) : false,
    closing: o.closing,
    footer: o.footer,
    locale,
    loadImage,
    native: nodeDeflate,
    // `图: 流程图 …` / `Diagram: …` lines become diagrams when a model is set up (a warning names them otherwise).
    settings: await configuredProvider(o),
    mode,
  };
  let built = await makeDeck({ ...deckRequest, markdown, lang });
  if (o.notes && !generated) {
    // From the outline as drawn: the diagrams the model wrote are not asked for again.
    const r = await addNotes(await needProvider(o), built.markdown, { lang: built.deck.lang, mode });
    built = { ...(await makeDeck({ ...deckRequest, markdown: r.markdown, lang: built.deck.lang })), warnings: built.warnings };
  }
  // The deck is rendered before anything is written, and the deck and its outline are written together
  // (both or neither), so a failure leaves no half of the pair behind.
  await assertOutputsApart(loadImage.read, [out, { path: outlineFile, besideOf: out }]);
  const files: OutputBytes[] = [{ path: out, bytes: built.bytes }];
  // The model's Mermaid for `图:` lines is kept in the outline beside the deck, to edit and re-render.
  if (generated || o.notes || built.diagramsWritten) files.push({ path: outlineFile, bytes: serializeOutline(built.outline) });
  if (template && built.mapping) console.error((await import('./slides-template')).mappingSummary(template.loaded, built.mapping));
  printWarnings([...built.warnings, ...built.notices]);
  await writeFilesChecked(files);
  if (files.length > 1) console.error(t('slides.cli.wroteOutline', { file: outlineFile }));
  console.log(t('slides.cli.wrote', { file: out, n: built.deck.slides.length }));
}
