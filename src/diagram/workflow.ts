import type { LlmSettings } from '../llm/settings';
import type { ChatMode, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { message, type Message } from '../messages';
import { EmptyInputError } from '../errors';
import { exportDiagram, type DiagramExportEnv, type DiagramFormat } from './export';
import { layoutDiagram } from './layout';
import { parseMermaid } from './parse-mermaid';
import type { DiagramKindHint } from './prompt';
import type { DiagramLayout, ParsedDiagram } from './types';

export type DiagramStage = 'ask' | 'repair' | 'layout' | 'render';

export interface DiagramJob {
  /** Mermaid the user wrote or pasted: drawn as it is, no model. */
  source?: string;
  /** What to draw, for the model (used when there is no `source`). */
  description?: string;
  material?: string;
  kind?: DiagramKindHint;
  settings?: LlmSettings;
  locale: Locale;
  mode?: ChatMode;
  signal?: AbortSignal;
  /** The model's Mermaid so far, while it streams. */
  onText?: (mermaid: string) => void;
  onProgress?: (stage: DiagramStage) => void;
}

export interface PreparedDiagram {
  source: string;
  /** The source came from the model (and deserves keeping beside the output). */
  generated: boolean;
  parsed: ParsedDiagram;
  layout: DiagramLayout;
  warnings: Message[];
  usage?: Usage;
}

/** Source (or the model's answer) → parsed → laid out, with every warning on the way. */
export async function prepareDiagram(job: DiagramJob): Promise<PreparedDiagram> {
  let source = job.source;
  let parsed: ParsedDiagram;
  let usage: Usage | undefined;
  const warnings: Message[] = [];
  if (source === undefined) {
    if (!job.settings) throw new EmptyInputError();
    // The model client (openai) loads only when a model is asked: drawing Mermaid works without it.
    const { generateMermaid } = await import('./generate');
    const g = await generateMermaid(job.settings, {
      description: job.description ?? '',
      material: job.material,
      kind: job.kind,
      locale: job.locale,
      mode: job.mode,
      signal: job.signal,
      onText: job.onText,
      onStage: job.onProgress,
    });
    source = g.source;
    parsed = g.parsed;
    usage = g.usage;
    if (g.repaired) warnings.push(message('diagram.warn.repaired'));
  } else {
    if (!source.trim()) throw new EmptyInputError('diagram.error.empty');
    parsed = parseMermaid(source);
  }
  job.signal?.throwIfAborted();
  job.onProgress?.('layout');
  const layout = await layoutDiagram(parsed.diagram, undefined, job.signal);
  job.signal?.throwIfAborted();
  return { source, generated: job.source === undefined, parsed, layout, warnings: [...warnings, ...parsed.warnings], usage };
}

/**
 * The whole feature in one call, for the CLI and the pane alike: Mermaid (written, or asked of the
 * model) → diagram → the file in `format`.
 */
export async function diagramWorkflow(
  job: DiagramJob & { format: DiagramFormat; env: DiagramExportEnv },
): Promise<PreparedDiagram & { data: string | Uint8Array }> {
  const prepared = await prepareDiagram(job);
  job.onProgress?.('render');
  const out = await exportDiagram(prepared.layout, prepared.source, job.format, job.env);
  job.signal?.throwIfAborted();
  return { ...prepared, data: out.data, warnings: [...prepared.warnings, ...out.warnings] };
}
