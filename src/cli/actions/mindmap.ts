import { AppError } from '../../errors';
import { formatFromFileName, mindTreeFromMarkdown, readMapInput, type MapInput } from '../../mindmap';
import { exportMap, makeMap, needsModel } from '../../mindmap/workflow';
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
 * The work itself is src/mindmap/workflow.ts, which the Mind map panel calls too.
 */
export async function mindmapAction(input: string | undefined, flags: MindmapFlags): Promise<void> {
  const locale = cliLocale();
  const t = cliTranslate();
  // Everything that can be refused is checked before the file is read or the model is paid for.
  const format = formatFromFileName(flags.output);
  if (!input && !flags.topic) throw new AppError('mindmap.error.noInput');
  await assertWritable(flags.output);
  const useModel = needsModel(flags);
  // The model's Markdown is kept beside any other format, so the map can be edited and re-rendered
  // without a model; like the map itself, it may never be written over the input.
  const mdFile = useModel && format !== 'md' ? flags.output.replace(/\.[^.\\/]+$/, '') + '.md' : undefined;
  await assertOutputsApart(input ? [input] : [], [flags.output, ...(mdFile ? [{ path: mdFile, besideOf: flags.output }] : [])]);
  const settings = useModel ? requireCliSettings(flags) : null;

  const read = input ? await readMapArg(input, flags) : undefined;
  if (settings) console.error(t('mindmap.cli.generating'));
  const map = await makeMap(
    settings,
    { read, topic: flags.topic, generate: flags.generate, locale, mode: flags.deep ? 'deep' : 'fast', fallbackTitle: t('mindmap.defaultTitle') },
    { onProgress: (p) => console.error(t('mindmap.cli.parts', { done: p.done, total: p.total })) },
  );
  printWarnings(map.warnings);
  const out = await exportMap(map, format, {
    layoutToPng: async (layout) => layoutToPng(layout),
    htmlAssets: async () => readHtmlAssets(),
    htmlLabels: { fit: t('mindmap.html.fit'), zoomIn: t('mindmap.html.zoomIn'), zoomOut: t('mindmap.html.zoomOut') },
    lang: locale,
  });
  printWarnings(out.warnings);
  const files: OutputBytes[] = [{ path: flags.output, bytes: out.data }];
  if (mdFile && map.fromModel) files.push({ path: mdFile, bytes: map.markdown.endsWith('\n') ? map.markdown : `${map.markdown}\n` });
  await writeFilesChecked(files);
  console.log(t('mindmap.cli.wrote', { file: flags.output, count: out.topics }));
  if (mdFile && map.fromModel) console.error(t('mindmap.cli.wroteMarkdown', { file: mdFile }));
}
