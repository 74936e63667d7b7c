import { estimateTokens, mapReduce, streamChat, streamCut } from '../llm';
import type { LlmSettings } from '../llm/settings';
import type { ChatMode, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { EmptyInputError } from '../errors';
import { mergeOutlinesMessages, mindMapMessages, partOutlineMessages } from './prompt';
import { mindTreeFromMarkdown } from './from-markdown';
import { cleanModelOutput } from '../markdown/clean-model-output';
import { noMapInAnswer } from './errors';

export interface GenerateMindOptions {
  topic?: string;
  /** Document text (Markdown or plain) the map is made from. */
  source?: string;
  locale: Locale;
  mode?: ChatMode;
  signal?: AbortSignal;
  /** The cleaned Markdown so far, after every streamed delta (for a live editor and map). */
  onText?: (markdown: string) => void;
  onProgress?: (p: { phase: 'map' | 'reduce'; done: number; total: number }) => void;
}

/** Source text beyond this many tokens is outlined part by part first. */
export const SINGLE_PASS_TOKENS = 12_000;

/**
 * Has the model write XMind-ready Markdown for a topic or a document. The answer streams through
 * `onText`; the result is checked to hold at least one topic below the centre.
 */
export async function generateMindMarkdown(settings: LlmSettings, o: GenerateMindOptions): Promise<{ markdown: string; usage?: Usage }> {
  const topic = o.topic?.trim();
  const source = o.source?.trim();
  if (!topic && !source) throw new EmptyInputError();
  const mode = o.mode ?? 'fast';
  let raw = '';
  let usage: Usage | undefined;
  if (source && estimateTokens(source) > SINGLE_PASS_TOKENS) {
    const r = await mapReduce(settings, {
      text: source,
      mode,
      signal: o.signal,
      map: (chunk, i, n) => partOutlineMessages(o.locale, chunk, i, n),
      reduce: (partials) => mergeOutlinesMessages(o.locale, partials, topic),
      onProgress: o.onProgress,
    });
    raw = r.text;
    usage = r.usage;
    o.onText?.(cleanModelOutput(raw).text);
  } else {
    for await (const e of streamChat(settings, { messages: mindMapMessages(o.locale, { topic, source }), mode, signal: o.signal })) {
      if (e.type === 'content') {
        raw += e.delta;
        o.onText?.(cleanModelOutput(raw).text);
      } else if (e.type === 'done') {
        // A cut answer is not a map: drawing its first half as if it were whole would be untrue.
        if (e.finishReason === 'incomplete') throw e.incompleteError ?? streamCut(e.text, e.reasoning);
        raw = e.text || raw;
        usage = e.usage ?? usage;
      } else if (e.type === 'usage') usage = e.usage;
    }
  }
  o.signal?.throwIfAborted();
  const markdown = cleanModelOutput(raw).text;
  if (!hasBranches(markdown)) throw noMapInAnswer();
  return { markdown, usage };
}

function hasBranches(markdown: string): boolean {
  try {
    const { root, warnings } = mindTreeFromMarkdown(markdown);
    // Prose is drawable as one topic per paragraph, but it is not the map the model was asked for.
    return root.children.length > 0 && !warnings.some((w) => w.key === 'mindmap.warn.prose');
  } catch {
    return false;
  }
}
