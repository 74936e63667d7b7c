import { searxngBlocked, searxngJsonOff, searxngStatus } from './errors';
import { CancelledError, networkError, timeout } from '../llm/errors';
import { isBrowser } from '../llm/map-error';
import { hostOfUrl, shortDate } from './sources';
import type { WebResult } from './types';

interface RawSearxng {
  results?: { url?: string; title?: string; content?: string; publishedDate?: string | null; parsed_url?: string[]; engine?: string }[];
}

/** `GET {url}/search?q=…&format=json` on a SearXNG instance (a page holds about 20 results). */
export async function searxngSearch(
  baseUrl: string,
  query: string,
  o: { signal?: AbortSignal; timeoutMs?: number; language?: string } = {},
): Promise<WebResult[]> {
  const base = baseUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/search$/, '');
  const url = `${base}/search?${new URLSearchParams({ q: query, format: 'json', ...(o.language ? { language: o.language } : {}) })}`;
  const host = hostOfUrl(base);
  const timeoutMs = o.timeoutMs ?? 20_000;
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: ctrl.signal });
    } catch (e) {
      if (o.signal?.aborted) throw new CancelledError();
      if (ctrl.signal.aborted) throw timeout('connect', Math.round(timeoutMs / 1000), e);
      if (isBrowser() && e instanceof TypeError) throw searxngBlocked(host);
      throw networkError(host, e instanceof Error ? ((e.cause as { code?: string } | undefined)?.code ?? e.message) : String(e), e);
    }
    if (res.status === 403) throw searxngJsonOff(host);
    if (!res.ok) throw searxngStatus(host, res.status);
    const body = (await res.json().catch(() => ({}))) as RawSearxng;
    return (body.results ?? [])
      .filter((r): r is { url: string } & typeof r => typeof r.url === 'string' && /^https?:\/\//i.test(r.url))
      .map((r) => ({
        title: (r.title ?? '').trim() || r.url,
        url: r.url,
        snippet: (r.content ?? '').trim(),
        site: hostOfUrl(r.url),
        ...(shortDate(r.publishedDate) ? { date: shortDate(r.publishedDate) } : {}),
      }));
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}
