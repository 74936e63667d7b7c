import { extname } from 'node:path';
import { resolvedPath } from '../../files/same-file-node';
import { AppError } from '../../errors';
import { detectLanguage } from '../../markdown/language';
// Module by module rather than the feature's index: the index brings the model client, which a
// Mermaid file does not need (tests/unit/cli/startup.test.ts).
import { cleanMermaidAnswer } from '../../diagram/clean-mermaid';
import { diagramFormatFromFileName } from '../../diagram/export';
import { DIAGRAM_KIND_HINTS, type DiagramKindHint } from '../../diagram/prompt';
import { diagramWorkflow, type DiagramStage } from '../../diagram/workflow';
import { requireCliSettings } from '../config';
import { asInputError, assertNotBlank, assertWritable, inputLabel, printWarnings, readDocumentArg, readInputBytes, writeFileChecked } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale, cliTranslate } from '../report-error';

export interface DiagramFlags extends ProviderFlags {
  output: string;
  topic?: string;
  kind?: string;
  deep?: boolean;
}

/** Mermaid from a file or stdin; a Markdown or text file may hold it in a ```mermaid block among prose. */
async function readMermaid(input: string): Promise<string> {
  const bytes = await readInputBytes(input);
  assertNotBlank(input, bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw asInputError(inputLabel(input), e);
  }
  return /\.(md|markdown|txt)$/i.test(input) ? cleanMermaidAnswer(text) : text;
}

/**
 * `dsplus diagram INPUT -o OUT`: OUT's extension picks the format. Mermaid renders with no model;
 * `--topic` has the model write it first (INPUT then is source material) and keeps it beside OUT.
 */
export async function diagramAction(input: string | undefined, flags: DiagramFlags): Promise<void> {
  const locale = cliLocale();
  const t = cliTranslate();
  // Everything that can be refused is checked before a file is read or the model is paid for.
  const format = diagramFormatFromFileName(flags.output);
  if (!input && !flags.topic) throw new AppError('diagram.error.noInput');
  const kind = (flags.kind ?? 'auto') as DiagramKindHint;
  if (!DIAGRAM_KIND_HINTS.includes(kind)) throw new AppError('diagram.error.unknownKind', { kind: String(flags.kind), list: DIAGRAM_KIND_HINTS.join(', ') });
  await assertWritable(flags.output);
  // Real paths: `./a.mmd`, a symlink to it and `x/../a.mmd` are all the input.
  const out = await resolvedPath(flags.output);
  const inputPath = input && input !== '-' ? await resolvedPath(input) : null;
  if (inputPath === out) throw new AppError('diagram.error.sameFile', { file: flags.output });
  const sideFile = flags.topic && format !== 'mmd' ? flags.output.replace(/\.[^.\\/]+$/, '') + '.mmd' : null;
  if (sideFile && inputPath === (await resolvedPath(sideFile))) throw new AppError('diagram.error.sideFile', { file: sideFile });
  const settings = flags.topic ? requireCliSettings(flags) : undefined;

  let source: string | undefined;
  let material: string | undefined;
  if (input) {
    if (flags.topic) material = /\.(mmd|mermaid)$/i.test(extname(input)) ? await readMermaid(input) : await readDocumentArg(input);
    else source = await readMermaid(input);
  }
  const stage = (s: DiagramStage) => {
    if (s === 'ask') console.error(t('diagram.cli.generating'));
    if (s === 'repair') console.error(t('diagram.cli.repairing'));
  };
  const r = await diagramWorkflow({
    source,
    description: flags.topic,
    material,
    kind,
    settings,
    locale,
    mode: flags.deep ? 'deep' : 'fast',
    format,
    env: { toPng: async (layout) => (await import('../../diagram/render-png-node')).diagramToPng(layout), lang: detectLanguage(source ?? flags.topic ?? '') },
    onProgress: stage,
  });
  printWarnings(r.warnings);
  // The model's Mermaid is kept first, so an unwritable output still leaves the paid-for answer.
  if (sideFile && r.generated) {
    await writeFileChecked(sideFile, r.source.endsWith('\n') ? r.source : `${r.source}\n`);
    console.error(t('diagram.cli.wroteSource', { file: sideFile }));
  }
  await writeFileChecked(flags.output, r.data);
  console.log(t('diagram.cli.wrote', { file: flags.output, nodes: r.layout.nodes.length, edges: r.layout.edges.length }));
}
