import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../errors';
import { translate } from '../../locales';
import { defaultLlmSettings, llmSettingsSchema, type LlmSettings } from '../../llm/settings';
import { MindmapInputReadError, countNodes, exportMindMap, formatFromFileName, generateMindMarkdown, parseMindMarkdown, readMapInput, type MindNode } from '../../mindmap';
import { layoutToPng } from '../../mindmap/render-png-node';
import { readHtmlAssets } from '../../mindmap/html-assets-node';
import { cliLocale } from '../report-error';

interface MindmapFlags {
  output: string;
  topic?: string;
  generate?: boolean;
  deep?: boolean;
}

/**
 * `dsplus mindmap INPUT -o OUT`: OUT's extension picks the format. Markdown, .docx, .xmind and .opml
 * need no model; `--topic` (or `--generate` for a document) has the model write the Markdown first.
 */
export function registerMindmap(program: Command): void {
  program
    .command('mindmap [input]')
    .description('Markdown, .txt, .docx, .xmind or .opml (or - for stdin) → .xmind, .md, .opml, .svg, .png or .html')
    .requiredOption('-o, --output <file>', 'output file; its extension picks the format')
    .option('--topic <text>', 'have the model write the map for this topic (with INPUT as source material, if given)')
    .option('--generate', 'have the model summarise INPUT into a map instead of using its headings and lists')
    .option('--deep', 'use the deep-thinking model')
    .action(async (input: string | undefined, flags: MindmapFlags) => runMindmap(input, flags));
}

export async function runMindmap(input: string | undefined, flags: MindmapFlags): Promise<void> {
  const locale = cliLocale();
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const format = formatFromFileName(flags.output);
  if (!input && !flags.topic) throw new AppError('mindmap.error.noInput');

  let root: MindNode;
  let markdown: string | undefined;
  const useModel = Boolean(flags.topic || flags.generate);
  let source: string | undefined;
  if (input) {
    let bytes: Buffer;
    try {
      bytes = input === '-' ? readFileSync(0) : readFileSync(input);
    } catch (e) {
      throw new MindmapInputReadError(input, e);
    }
    const name = input === '-' ? 'stdin.md' : input;
    const read = await readMapInput(name, new Uint8Array(bytes));
    if (!useModel) {
      for (const w of read.warnings) console.error(`dsplus: ${t(w)}`);
      root = read.root;
      markdown = read.markdown;
    }
    source = read.markdown;
  }
  if (useModel) {
    console.error(t('mindmap.cli.generating'));
    const r = await generateMindMarkdown(settingsFromEnv(), {
      topic: flags.topic,
      source,
      locale,
      mode: flags.deep ? 'deep' : 'fast',
      onProgress: (p) => console.error(t('mindmap.cli.parts', { done: p.done, total: p.total })),
    });
    markdown = r.markdown;
    root = parseMindMarkdown(markdown, { fallbackTitle: flags.topic ?? t('mindmap.defaultTitle') }).root;
  }
  root ??= { title: '', children: [] };

  const out = await exportMindMap(root, format, {
    layoutToPng: async (layout) => layoutToPng(layout),
    htmlAssets: async () => readHtmlAssets(),
    htmlLabels: { fit: t('mindmap.html.fit'), zoomIn: t('mindmap.html.zoomIn'), zoomOut: t('mindmap.html.zoomOut') },
    lang: locale,
  });
  writeFileSync(flags.output, out);
  console.log(t('mindmap.cli.wrote', { file: flags.output, count: countNodes(root) }));
  if (useModel && markdown && format !== 'md') {
    // The model's Markdown is kept so the map can be edited and re-rendered without a model.
    const mdFile = flags.output.replace(/\.[^.\\/]+$/, '') + '.md';
    writeFileSync(mdFile, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    console.error(t('mindmap.cli.wroteMarkdown', { file: mdFile }));
  }
}

/** Provider settings from the environment (DSPLUS_* names, DEEPSEEK_API_KEY as the key's fallback). */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): LlmSettings {
  return llmSettingsSchema.parse({
    ...defaultLlmSettings,
    ...(env.DSPLUS_PROVIDER ? { provider: env.DSPLUS_PROVIDER } : {}),
    ...(env.DSPLUS_BASE_URL ? { baseURL: env.DSPLUS_BASE_URL } : {}),
    apiKey: env.DSPLUS_API_KEY ?? env.DEEPSEEK_API_KEY ?? '',
    ...(env.DSPLUS_MODEL ? { fastModel: env.DSPLUS_MODEL } : {}),
    ...(env.DSPLUS_DEEP_MODEL ? { deepModel: env.DSPLUS_DEEP_MODEL } : {}),
  });
}
