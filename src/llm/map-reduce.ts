import type { LlmSettings } from './settings';
import type { ChatMessage, ChatMode, Usage } from './types';
import { completeChat } from './complete-chat';
import { splitText } from './split-text';
import { estimateTokens } from './tokens';
import { addUsage } from './usage';
import { CancelledError, tooManyChunks } from './errors';
import { providerConcurrency } from './limiter';

export interface MapReduceProgress {
  phase: 'map' | 'reduce';
  done: number;
  total: number;
}

export interface MapReduceOptions {
  text: string;
  /** Token budget per chunk (default 4,000: small enough for any provider's window with room for the answer). */
  chunkTokens?: number;
  map: (chunk: string, i: number, n: number) => ChatMessage[];
  reduce: (partials: string[]) => ChatMessage[];
  mode: ChatMode;
  signal?: AbortSignal;
  /** Requests in flight at once (default: the provider's limit; every request also waits under that limit). */
  concurrency?: number;
  onProgress?: (p: MapReduceProgress) => void;
  /** Refuse, before sending anything, a text that would take more map requests than this (default 200). */
  maxChunks?: number;
}

/** 200 chunks of 4,000 tokens is about 800k tokens: a long book. Beyond it, the user should pick a part. */
export const DEFAULT_MAX_CHUNKS = 200;

/**
 * Long input: split on headings and paragraphs, ask `map` for every chunk with bounded concurrency,
 * then `reduce` the partial answers (in rounds when they are themselves too long for one request).
 * A text that fits in one chunk is answered by `map` alone. The first failure stops the rest.
 */
export async function mapReduce(settings: LlmSettings, o: MapReduceOptions): Promise<{ text: string; chunks: number; usage?: Usage }> {
  const budget = o.chunkTokens ?? 4_000;
  const chunks = splitText(o.text, budget);
  if (chunks.length === 0) chunks.push(o.text);
  const maxChunks = o.maxChunks ?? DEFAULT_MAX_CHUNKS;
  if (chunks.length > maxChunks) throw tooManyChunks(chunks.length, maxChunks, estimateTokens(o.text));
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  let usage: Usage | undefined;
  const ask = async (messages: ChatMessage[]) => {
    const r = await completeChat(settings, { messages, mode: o.mode, signal: inner.signal });
    usage = addUsage(usage, r.usage);
    return r.text;
  };
  try {
    const concurrency = o.concurrency ?? providerConcurrency(settings);
    const partials = await pool(
      chunks,
      concurrency,
      inner,
      (c, i) => ask(o.map(c, i, chunks.length)),
      (done) => o.onProgress?.({ phase: 'map', done, total: chunks.length }),
    );
    if (chunks.length === 1) return { text: partials[0], chunks: 1, usage };
    let level = partials;
    // Reduce in groups that fit the budget until one group remains.
    for (;;) {
      const groups = groupByBudget(level, budget * 2);
      o.onProgress?.({ phase: 'reduce', done: 0, total: groups.length });
      const reduced = await pool(
        groups,
        concurrency,
        inner,
        (g) => ask(o.reduce(g)),
        (done) => o.onProgress?.({ phase: 'reduce', done, total: groups.length }),
      );
      if (reduced.length === 1) return { text: reduced[0], chunks: chunks.length, usage };
      level = reduced;
    }
  } catch (e) {
    if (o.signal?.aborted) throw new CancelledError();
    throw e;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
}

function groupByBudget(parts: string[], budget: number): string[][] {
  const groups: string[][] = [];
  let cur: string[] = [];
  let tokens = 0;
  for (const p of parts) {
    const t = estimateTokens(p);
    if (cur.length >= 2 && tokens + t > budget) {
      groups.push(cur);
      cur = [];
      tokens = 0;
    }
    cur.push(p);
    tokens += t;
  }
  if (cur.length) groups.push(cur);
  // A lone leftover would be "reduced" alone; fold it into the previous group instead.
  if (groups.length > 1 && groups[groups.length - 1].length === 1) groups[groups.length - 2].push(...(groups.pop() as string[]));
  return groups;
}

/** Runs `run` over items with at most `concurrency` at once; the first failure aborts `ctrl` and is thrown. */
export async function pool<I, O>(
  items: I[],
  concurrency: number,
  ctrl: AbortController,
  run: (item: I, i: number) => Promise<O>,
  onDone: (done: number) => void,
): Promise<O[]> {
  const out: O[] = new Array<O>(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length && !ctrl.signal.aborted) {
      const i = next++;
      try {
        out[i] = await run(items[i], i);
      } catch (e) {
        ctrl.abort();
        throw e;
      }
      onDone(++done);
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  // Report the first real failure, not the cancellations it caused in the other workers.
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  const real = failures.find((e) => !CancelledError.isInstance(e));
  if (real !== undefined) throw real;
  if (failures.length) throw failures[0];
  return out;
}
