// Mind maps as one straight line, called by `dsplus mindmap` and the Mind map panel alike:
//   text / file / topic ──makeMap──▶ (model writes the Markdown, when asked) ──▶ MindMap: tree + its Markdown
//   MindMap ──exportMap──▶ the file's bytes, name and MIME type + what the format could not keep
// Reading PDFs, scans and links (the CLI's readers, the pane's pdf.js) and the host's document stay with
// the caller, which passes their Markdown as `text`.

import { EmptyInputError } from '../errors';
import { NotConfiguredError } from '../llm/errors';
import type { LlmSettings } from '../llm/settings';
import type { ChatMode, Usage } from '../llm/types';
import type { Locale } from '../locales';
import type { Message } from '../messages';
import { exportMindMap, mapFileName } from './export';
import { mindExporter, type ExportEnv, type MindFormat } from './exporters';
import { lostInFormat } from './extras';
import { mindTreeFromMarkdown } from './from-markdown';
import { generateMindMarkdown } from './generate';
import { readMapInput, type MapInput } from './read-map-input';
import { toMindMarkdown } from './to-markdown';
import { countNodes, type MindNode } from './types';

export interface MapRequest {
  /** What the map is made from (one of them, or none with a topic): Markdown or plain text… */
  text?: string;
  /** …a file (.md, .txt, .docx, .xmind, .opml; `sheet` picks an .xmind sheet by name or number)… */
  file?: { name: string; bytes: Uint8Array; sheet?: string };
  /** …or a map the caller has read already. */
  read?: MapInput;
  /** Have the model write a map of this topic (with the input, if any, as source material). */
  topic?: string;
  /** Have the model summarise the input into a map instead of using its headings and lists. */
  generate?: boolean;
  /** The language the model writes in. */
  locale: Locale;
  mode?: ChatMode;
  /** The central topic when the Markdown has no single # title (a file's name, "Mind map"). */
  fallbackTitle: string;
}

export interface MapHandlers {
  signal?: AbortSignal;
  /** The model's Markdown so far, cleaned, after every streamed delta. */
  onText?: (markdown: string) => void;
  /** Outlining a long document, part by part. */
  onProgress?: (p: { phase: 'map' | 'reduce'; done: number; total: number }) => void;
}

export interface MindMap {
  root: MindNode;
  /** The map as Markdown: the input's own, the model's, or written from an .xmind/.opml tree. */
  markdown: string;
  /** Whether the model wrote it (the CLI keeps the model's Markdown beside the map). */
  fromModel: boolean;
  /** The reader's warnings about the input (prose read as topics, no single title…). */
  warnings: Message[];
  /** What the reader could not keep or had to choose (an .xmind's comments, its other sheets). */
  notices: Message[];
  /** The other sheets of an .xmind, written along by a format that keeps sheets. */
  moreSheets?: MapInput['moreSheets'];
  usage?: Usage;
}

/** Whether a request needs the model: a topic, or `generate`. */
export const needsModel = (req: Pick<MapRequest, 'topic' | 'generate'>): boolean => Boolean(req.topic || req.generate);

/** Text, a file or a topic → (the model's Markdown, when asked) → the map and its Markdown. */
export async function makeMap(settings: LlmSettings | null, req: MapRequest, h: MapHandlers = {}): Promise<MindMap> {
  const input = await readInput(req);
  h.signal?.throwIfAborted();
  if (!needsModel(req)) {
    if (!input) throw new EmptyInputError();
    return {
      root: input.root,
      markdown: input.markdown ?? toMindMarkdown(input.root),
      fromModel: false,
      warnings: input.warnings,
      notices: input.notices ?? [],
      moreSheets: input.moreSheets,
    };
  }
  if (!settings) throw new NotConfiguredError('model');
  // A map read from .xmind or .opml has no Markdown of its own; the model summarises its outline.
  const source = input ? (input.markdown ?? toMindMarkdown(input.root)) : undefined;
  const r = await generateMindMarkdown(settings, {
    topic: req.topic,
    source,
    locale: req.locale,
    mode: req.mode ?? 'fast',
    signal: h.signal,
    onText: h.onText,
    onProgress: h.onProgress,
  });
  const root = mindTreeFromMarkdown(r.markdown, { fallbackTitle: req.topic ?? req.fallbackTitle }).root;
  return { root, markdown: r.markdown, fromModel: true, warnings: [], notices: [], usage: r.usage };
}

async function readInput(req: MapRequest): Promise<MapInput | undefined> {
  if (req.read) return req.read;
  if (req.file) return readMapInput(req.file.name, req.file.bytes, { sheet: req.file.sheet });
  if (req.text === undefined) return undefined;
  if (!req.text.trim()) throw new EmptyInputError();
  const { root, warnings } = mindTreeFromMarkdown(req.text, { fallbackTitle: req.fallbackTitle });
  return { root, markdown: req.text, warnings };
}

export interface ExportedMap {
  /** Text formats as a string, binary ones as bytes. */
  data: string | Uint8Array;
  /** A download name from the map's title. */
  fileName: string;
  mime: string;
  /** How many topics the file holds (every sheet, for a format that keeps them). */
  topics: number;
  /** The reader's notices that still hold, then what this format does not keep, by topic. */
  warnings: Message[];
}

/** The map as a file of the format: the one exporter table gives writer, name, MIME type and what is lost. */
export async function exportMap(map: Pick<MindMap, 'root' | 'notices' | 'moreSheets'>, format: MindFormat, env: ExportEnv): Promise<ExportedMap> {
  const x = mindExporter(format);
  const moreSheets = x.keepsSheets ? map.moreSheets : undefined;
  // A format that keeps every sheet makes the "this map is sheet …" notice untrue.
  const notices = map.notices.filter((n) => !(x.keepsSheets && n.key === 'mindmap.xmind.sheets'));
  const warnings = [...notices, ...lostInFormat(map.root, format)];
  const data = await exportMindMap(map.root, format, { ...env, moreSheets });
  const topics = countNodes(map.root) + (moreSheets ?? []).reduce((n, s) => n + countNodes(s.root), 0);
  return { data, fileName: mapFileName(map.root, format), mime: x.mime, topics, warnings };
}
