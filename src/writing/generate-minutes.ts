import { estimateTokens, generateObject, mapReduce, type MapReduceProgress } from '../llm';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { EmptyInputError } from '../errors';
import { detectLocale } from '../markdown/language';
import { tidyMinutes } from './merge-minutes';
import { condenseMessages, mergeMessages, minutesMessages } from './minutes-prompt';
import { minutesSchema, type Minutes } from './minutes-schema';
import type { Message } from '../messages';

/** Notes up to this size go to the model in one request; longer notes are condensed part by part first. */
export const SINGLE_PASS_TOKENS = 24_000;
export const CHUNK_TOKENS = 8_000;

export interface MinutesOptions {
  signal?: AbortSignal;
  /** The language of the minutes; by default the notes' own language. */
  language?: Locale;
  /** Today's date (YYYY-MM-DD) lets the model resolve "tomorrow"; left out, nothing is assumed. */
  today?: string;
  onEvent?: (e: ChatEvent) => void;
  onProgress?: (p: MapReduceProgress) => void;
  singlePassTokens?: number;
  chunkTokens?: number;
}

export interface MinutesResult {
  minutes: Minutes;
  language: Locale;
  /** How many parts long notes were condensed in (1: one request). */
  chunks: number;
  usage?: Usage;
  warnings: Message[];
}

/** Notes → a validated Minutes record. The model proposes the record; zod and the dedup rules dispose. */
export async function generateMinutes(settings: LlmSettings, notes: string, opts: MinutesOptions = {}): Promise<MinutesResult> {
  const text = notes.trim();
  if (!text) throw new EmptyInputError();
  const language = opts.language ?? detectLocale(text);
  let source = text;
  let chunks = 1;
  if (estimateTokens(text) > (opts.singlePassTokens ?? SINGLE_PASS_TOKENS)) {
    const condensed = await mapReduce(settings, {
      text,
      chunkTokens: opts.chunkTokens ?? CHUNK_TOKENS,
      map: (chunk, i, n) => condenseMessages(chunk, i, n, language),
      reduce: (partials) => mergeMessages(partials, language),
      mode: 'fast',
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
    source = condensed.text;
    chunks = condensed.chunks;
  }
  const res = await generateObject(settings, {
    schema: minutesSchema,
    messages: minutesMessages(source, language, opts.today),
    mode: 'fast',
    signal: opts.signal,
    onEvent: opts.onEvent,
  });
  return { minutes: tidyMinutes(res.object), language, chunks, usage: res.usage, warnings: res.warnings };
}
