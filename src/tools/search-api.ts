import { callTool } from './call-tool';
import type { ToolEndpoint } from './endpoint';

/** One result of DeepSeek's Search API, as documented (scores and icons are not used). */
interface RawResult {
  title?: string;
  url?: string;
  snippet?: string;
  summary?: string;
  content?: string;
  site_name?: string;
  date?: string | null;
}

export interface SearchHit {
  title: string;
  url: string;
  /** A short extract (the snippet, else the summary). */
  snippet: string;
  site?: string;
  /** ISO date as the engine gave it. */
  date?: string;
  /** Page text, when it was asked for. */
  content?: string;
}

/** DeepSeek's query limit: 1–128 characters, not blank. Longer questions are cut at a word or CJK boundary. */
export const MAX_QUERY_CHARS = 128;

export function clampQuery(q: string): string {
  const t = q.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_QUERY_CHARS) return t;
  const cut = t.slice(0, MAX_QUERY_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > 60 ? cut.slice(0, space) : cut).trim();
}

/** `POST {origin}/v1/tools/search`: results (possibly none) for one query. */
export async function deepseekSearch(ep: ToolEndpoint, query: string, o: { count?: number; signal?: AbortSignal } = {}): Promise<SearchHit[]> {
  const r = await callTool<{ results?: RawResult[] }>(ep, {
    tool: 'search',
    body: { query: clampQuery(query), count: Math.min(50, Math.max(1, o.count ?? 8)) },
    signal: o.signal,
  });
  return (r.results ?? [])
    .filter((x): x is RawResult & { url: string } => typeof x.url === 'string' && /^https?:\/\//i.test(x.url))
    .map((x) => ({
      title: (x.title ?? '').trim() || x.url,
      url: x.url,
      snippet: (x.snippet || x.summary || '').trim(),
      ...(x.site_name ? { site: x.site_name } : {}),
      ...(x.date ? { date: x.date } : {}),
      ...(x.content ? { content: x.content } : {}),
    }));
}
