import type { LlmSettings } from '../llm/settings';
import { createMasker } from '../llm/masking';
import { pool } from '../llm/map-reduce';
import type { Locale } from '../locales';
import { message, type Message } from '../messages';
import { isAbortError } from '../errors';
import { noSearchResults } from './errors';
import { CancelledError } from '../llm/errors';
import { deepseekFetch } from '../tools/fetch-api';
import { toolEndpointFor } from '../tools/endpoint';
import { runSearch, searchBackendFor } from './search-backend';
import { noSearchBackend } from './errors';
import { proposeQueries } from './propose-queries';
import { numberSources } from './sources';
import type { SearchBackendKind, Source, WebResult } from './types';

export interface SearchProgress {
  phase: 'queries' | 'search' | 'read';
  done: number;
  total: number;
}

export interface SearchWebOptions {
  /** The question, brief or topic the sources are for. */
  question: string;
  locale: Locale;
  /** 'model': the model proposes up to three queries (default); 'question': the question is the query. */
  queries?: 'model' | 'question';
  /** At most this many sources (default 8). */
  maxSources?: number;
  signal?: AbortSignal;
  onProgress?: (p: SearchProgress) => void;
}

export interface SearchWebResult {
  backend: SearchBackendKind;
  /** The queries as sent (masked where masking is on). */
  queries: string[];
  sources: Source[];
  warnings: Message[];
}

/** How many of the top pages are read with the Fetch API when Settings asks for it. */
const READ_TOP = 3;
const MAX_PAGE_CHARS = 6_000;

/**
 * Step one of 联网搜索: queries (the model's, or the question) → the chosen backend → numbered sources,
 * optionally with the top pages' text. Queries are masked like prompts. Nothing is answered yet: the
 * user sees the sources and may untick some before answerWithSources writes the answer.
 */
export async function searchWeb(settings: LlmSettings, o: SearchWebOptions): Promise<SearchWebResult> {
  const backend = searchBackendFor(settings);
  if (backend === 'none') throw noSearchBackend();
  const warnings: Message[] = [];
  o.onProgress?.({ phase: 'queries', done: 0, total: 1 });
  // The question is masked before the model sees it (as every prompt is) and the queries before they leave.
  const masker = settings.maskSensitive ? createMasker() : undefined;
  const mask = (s: string) => (masker ? masker.mask(s) : s);
  let queries = o.queries === 'question' ? [o.question] : await proposeQueries(settings, o.question, { locale: o.locale, signal: o.signal });
  queries = [...new Set(queries.map(mask))];
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    o.onProgress?.({ phase: 'search', done: 0, total: queries.length });
    const lists = await pool(
      queries,
      3,
      ctrl,
      (q) => runSearch(settings, backend, q, { signal: ctrl.signal }),
      (done) => o.onProgress?.({ phase: 'search', done, total: queries.length }),
    );
    const sources = numberSources(lists, o.maxSources ?? 8);
    if (sources.length === 0) throw noSearchResults(queries);
    if (settings.fetchPages) await readTopPages(settings, sources, ctrl, warnings, o.onProgress);
    return { backend, queries, sources, warnings };
  } catch (e) {
    if (o.signal?.aborted || isAbortError(e)) throw new CancelledError();
    throw e;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads the top pages with DeepSeek's Fetch API; a page that fails keeps its snippet, with a warning. */
async function readTopPages(
  settings: LlmSettings,
  sources: Source[],
  ctrl: AbortController,
  warnings: Message[],
  onProgress?: (p: SearchProgress) => void,
): Promise<void> {
  const top = sources.slice(0, READ_TOP);
  const ep = toolEndpointFor(settings);
  let done = 0;
  await Promise.all(
    top.map(async (s: WebResult) => {
      try {
        const page = await deepseekFetch(ep, s.url, { signal: ctrl.signal });
        if (page.content.trim()) s.content = page.content.slice(0, MAX_PAGE_CHARS);
      } catch (e) {
        if (ctrl.signal.aborted) throw e;
        warnings.push(message('web.warn.pageNotRead', { url: s.url }));
      }
      onProgress?.({ phase: 'read', done: ++done, total: top.length });
    }),
  );
}
