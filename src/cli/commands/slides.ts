import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readInputAsMarkdown } from '../../docs/read-input';
import { defaultLlmSettings, isConfigured, llmSettingsSchema, type LlmSettings } from '../../llm';
import { translate } from '../../locales';
import { looksChinese } from '../../outline/inline-text';
import { serializeOutline } from '../../outline/serialize-outline';
import { addGeneratedNotes, isThemeName, markdownToDeck, NeedsProviderError, outlineFromDocument, outlineFromTopic, OUTLINE_STYLES, renderPptx, THEME_NAMES, UnsupportedSlidesInputError, type DeckLang, type OutlineStyle } from '../../slides';
import { nodeImageLoader } from '../../slides/node-image-loader';
import { AppError } from '../../errors';
import { cliLocale } from '../report-error';

interface SlidesOptions {
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
  footer?: string;
}

/** Provider settings from DSPLUS_PROVIDER, DSPLUS_BASE_URL, DSPLUS_API_KEY (or DEEPSEEK_API_KEY), DSPLUS_MODEL, DSPLUS_DEEP_MODEL. */
export function slidesCliSettings(env: NodeJS.ProcessEnv = process.env): LlmSettings {
  return llmSettingsSchema.parse({
    ...defaultLlmSettings,
    provider: env.DSPLUS_PROVIDER ?? defaultLlmSettings.provider,
    baseURL: env.DSPLUS_BASE_URL ?? defaultLlmSettings.baseURL,
    apiKey: env.DSPLUS_API_KEY ?? env.DEEPSEEK_API_KEY ?? '',
    fastModel: env.DSPLUS_MODEL ?? defaultLlmSettings.fastModel,
    deepModel: env.DSPLUS_DEEP_MODEL ?? env.DSPLUS_MODEL ?? defaultLlmSettings.deepModel,
  });
}

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of process.stdin) parts.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return new TextDecoder().decode(Buffer.concat(parts));
}

function needProvider(): LlmSettings {
  const s = slidesCliSettings();
  if (!isConfigured(s)) throw new NeedsProviderError('slides.cli.needsProvider');
  return s;
}

export function registerSlides(program: Command): void {
  program
    .command('slides [input]')
    .description('Outline Markdown (.md or - for stdin), .docx or .txt → .pptx; or --topic to have the model write the outline')
    .option('-o, --output <file>', 'the .pptx to write (default: beside the input, or deck.pptx)')
    .option('--theme <name>', `theme: ${THEME_NAMES.join(', ')}`, 'business')
    .option('--notes', 'have the model write speaker notes for slides without any (needs a provider)')
    .option('--lang <lang>', 'deck language: zh or en (default: detected from the text)')
    .option('--topic <text>', 'generate the outline from a topic (needs a provider); it is saved beside the deck as NAME.outline.md')
    .option('--slides <n>', 'about how many content slides the model should write')
    .option('--audience <text>', 'who the deck is for')
    .option('--style <name>', `outline style: ${OUTLINE_STYLES.join(', ')}`)
    .option('--deep', 'use the deep-thinking model for the outline')
    .option('--no-agenda', 'leave out the agenda slide')
    .option('--no-closing', 'leave out the closing slide')
    .option('--footer <text>', 'footer text on every slide (default: the deck title)')
    .action(async (input: string | undefined, o: SlidesOptions) => {
      await runSlides(input, o);
    });
}

async function runSlides(input: string | undefined, o: SlidesOptions): Promise<void> {
  const locale = cliLocale();
  const t = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
  if (!isThemeName(o.theme)) throw new AppError('slides.error.unknownTheme', { name: o.theme, list: THEME_NAMES.join(', ') });
  if (o.lang && o.lang !== 'zh' && o.lang !== 'en') throw new AppError('slides.error.unknownLang', { lang: o.lang });
  if (o.style && !OUTLINE_STYLES.includes(o.style as OutlineStyle)) throw new AppError('slides.error.unknownStyle', { name: o.style, list: OUTLINE_STYLES.join(', ') });
  if (!input && !o.topic) throw new AppError('slides.error.noInput');
  const out = resolve(o.output ?? (input && input !== '-' ? join(dirname(input), basename(input, extname(input)) + '.pptx') : 'deck.pptx'));
  const outlineFile = out.replace(/\.pptx$/i, '') + '.outline.md';
  const mode = o.deep ? 'deep' : 'fast';
  const slides = o.slides ? Math.max(1, Math.min(60, Number.parseInt(o.slides, 10) || 0)) || undefined : undefined;
  const style = o.style as OutlineStyle | undefined;
  const progress = (n: number) => process.stderr.write(`\r${t('slides.cli.writing', { chars: n })}`);

  let markdown: string;
  let baseDir = process.cwd();
  let generated = false;
  if (o.topic) {
    const lang: DeckLang = (o.lang as DeckLang | undefined) ?? (looksChinese(o.topic) ? 'zh' : 'en');
    const r = await outlineFromTopic(needProvider(), { topic: o.topic, audience: o.audience, slides, lang, style, notes: o.notes }, { mode, onText: (s) => progress(s.length) });
    markdown = r.text;
    generated = true;
  } else if (input === '-') {
    markdown = await readStdin();
  } else {
    const path = input as string;
    const ext = extname(path).toLowerCase();
    baseDir = dirname(resolve(path));
    if (ext === '.md' || ext === '.markdown') {
      markdown = (await readFile(path, 'utf8')).replace(/\r\n?/g, '\n');
    } else if (ext === '.docx' || ext === '.txt') {
      const settings = needProvider();
      const doc = await readInputAsMarkdown(basename(path), new Uint8Array(await readFile(path)));
      const lang: DeckLang = (o.lang as DeckLang | undefined) ?? (looksChinese(doc) ? 'zh' : 'en');
      const r = await outlineFromDocument(settings, doc, { audience: o.audience, slides, lang, style, notes: o.notes }, {
        mode,
        onText: (s) => progress(s.length),
        onProgress: (p) => process.stderr.write(`\r${t('slides.cli.condensing', { done: p.done, total: p.total })}`),
      });
      markdown = r.text;
      generated = true;
    } else {
      throw new UnsupportedSlidesInputError(ext || basename(path));
    }
  }
  if (generated) process.stderr.write('\n');

  const built = await markdownToDeck(markdown, { theme: o.theme, lang: o.lang as DeckLang | undefined, agenda: o.agenda ? 'auto' : false, closing: o.closing, footer: o.footer, locale, loadImage: nodeImageLoader(baseDir) });
  let deck = built.value;
  let outline = built.outline;
  const warnings = [...built.warnings];
  if (o.notes && !generated) {
    const r = await addGeneratedNotes(needProvider(), outline, { lang: deck.lang, mode });
    outline = r.outline;
    const again = await markdownToDeck(serializeOutline(outline), { theme: o.theme, lang: deck.lang, agenda: o.agenda ? 'auto' : false, closing: o.closing, footer: o.footer, locale, loadImage: nodeImageLoader(baseDir) });
    deck = again.value;
  }
  if (generated || o.notes) {
    await writeFile(outlineFile, serializeOutline(outline));
    console.error(t('slides.cli.wroteOutline', { file: outlineFile }));
  }
  for (const w of warnings) console.error(`dsplus: ${w}`);
  await writeFile(out, await renderPptx(deck));
  console.log(t('slides.cli.wrote', { file: out, n: deck.slides.length }));
}
