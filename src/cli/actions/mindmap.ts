import { AppError } from '../../errors';
import {
  countNodes,
  exportMindMap,
  formatFromFileName,
  generateMindMarkdown,
  lostInFormat,
  mindTreeFromMarkdown,
  readMapInput,
  toMindMarkdown,
  type MapInput,
  type MindNode,
} from '../../mindmap';
import { layoutToPng } from '../../mindmap/render-png-node';
import { readHtmlAssets } from '../../mindmap/html-assets-node';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { asInputError, assertNotBlank, assertWritable, inputLabel, printWarnings, readInputBytes, writeFilesChecked, type OutputBytes } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale, cliTranslate } from '../report-error';
import { isUrlArg, readDocumentSource, type DocumentFlags } from '../document-arg';
import { isImageName, isPdfName } from '../../writing/read-document';
import { baseName } from '../../mindmap/read-map-input';

export interface MindmapFlags extends ProviderFlags, DocumentFlags {
  output: string;
  topic?: string;
  generate?: boolean;
  deep?: boolean;
  sheet?: string;
}

/** A map from a file the user named (or stdin for `-`), with sentences naming it when it is empty or unreadable. */
async function readMapArg(input: string, flags: MindmapFlags): Promise<MapInput> {
  // PDFs, scans and links are read as documents: their headings (from font sizes, or the page's) make the map.
  if (isUrlArg(input) || isPdfName(input) || isImageName(input)) {
    const markdown = await readDocumentSource(input, flags, () => requireCliSettings(flags));
    const { root, warnings } = mindTreeFromMarkdown(markdown, { fallbackTitle: isUrlArg(input) ? input : baseName(input) });
    return { root, markdown, warnings };
  }
  const bytes = await readInputBytes(input);
  assertNotBlank(input, bytes);
  try {
    return await readMapInput(input === '-' ? 'stdin.md' : input, bytes, { sheet: flags.sheet });
  } catch (e) {
    throw asInputError(inputLabel(input), e);
  }
}

/**
 * `dsplus mindmap INPUT -o OUT`: OUT's extension picks the format. Markdown, .docx, .xmind and .opml
 * need no model; `--topic` (or `--generate` for a document) has the model write the Markdown first.
 */
export async function mindmapAction(input: string | undefined, flags: MindmapFlags): Promise<void> {
  const locale = cliLocale();
  const t = cliTranslate();
  // Everything that can be refused is checked before the file is read or the model is paid for.
  const format = formatFromFileName(flags.output);
  if (!input && !flags.topic) throw new AppError('mindmap.error.noInput');
  await assertWritable(flags.output);
  const useModel = Boolean(flags.topic || flags.generate);
  // The model's Markdown is kept beside any other format, so the map can be edited and re-rendered
  // without a model; like the map itself, it may never be written over the input.
  const mdFile = useModel && format !== 'md' ? flags.output.replace(/\.[^.\\/]+$/, '') + '.md' : undefined;
  await assertOutputsApart(input ? [input] : [], [flags.output, ...(mdFile ? [{ path: mdFile, besideOf: flags.output }] : [])]);
  const settings = useModel ? requireCliSettings(flags) : undefined;

  let root: MindNode | undefined;
  let markdown: string | undefined;
  let source: string | undefined;
  let moreSheets: MapInput['moreSheets'];
  if (input) {
    const read = await readMapArg(input, flags);
    if (!useModel) {
      printWarnings(read.warnings);
      // Writing .xmind keeps every sheet; any other format names the sheet it used.
      printWarnings((read.notices ?? []).filter((n) => !(format === 'xmind' && n.key === 'mindmap.xmind.sheets')));
      root = read.root;
      markdown = read.markdown;
      if (format === 'xmind') moreSheets = read.moreSheets;
    }
    // A map read from .xmind or .opml has no Markdown of its own; the model summarises its outline.
    source = read.markdown ?? toMindMarkdown(read.root);
  }
  if (settings) {
    console.error(t('mindmap.cli.generating'));
    const r = await generateMindMarkdown(settings, {
      topic: flags.topic,
      source,
      locale,
      mode: flags.deep ? 'deep' : 'fast',
      onProgress: (p) => console.error(t('mindmap.cli.parts', { done: p.done, total: p.total })),
    });
    markdown = r.markdown;
    root = mindTreeFromMarkdown(markdown, { fallbackTitle: flags.topic ?? t('mindmap.defaultTitle') }).root;
  }
  root ??= { title: '', children: [] };

  printWarnings(lostInFormat(root, format));
  const out = await exportMindMap(root, format, {
    moreSheets,
    layoutToPng: async (layout) => layoutToPng(layout),
    htmlAssets: async () => readHtmlAssets(),
    htmlLabels: { fit: t('mindmap.html.fit'), zoomIn: t('mindmap.html.zoomIn'), zoomOut: t('mindmap.html.zoomOut') },
    lang: locale,
  });
  const files: OutputBytes[] = [{ path: flags.output, bytes: out }];
  if (mdFile && markdown) files.push({ path: mdFile, bytes: markdown.endsWith('\n') ? markdown : `${markdown}\n` });
  await writeFilesChecked(files);
  const written = countNodes(root) + (moreSheets ?? []).reduce((n, s) => n + countNodes(s.root), 0);
  console.log(t('mindmap.cli.wrote', { file: flags.output, count: written }));
  if (mdFile && markdown) console.error(t('mindmap.cli.wroteMarkdown', { file: mdFile }));
}
