import type { Source, WebResult } from './types';

/** A URL as compared for sameness: http and https alike, no fragment, no trailing slash, host lower case without `www.`. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `//${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
  } catch {
    return url.trim().replace(/\/+$/, '');
  }
}

export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** YYYY-MM-DD from an ISO date or a date-time the engines give; nothing for what is not a date. */
export function shortDate(d: string | undefined | null): string | undefined {
  if (!d) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(d.trim());
  if (m) return m[1];
  const t = Date.parse(d);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * Results of several queries → numbered sources: interleaved (the best of each query first), the same
 * page found twice kept once, at most `max`.
 */
export function numberSources(lists: readonly (readonly WebResult[])[], max = 8): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++) {
    for (const list of lists) {
      const r = list[i];
      if (!r || out.length >= max) continue;
      const key = normalizeUrl(r.url);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...r, n: out.length + 1 });
    }
  }
  return out;
}

/** The kept sources, numbered 1..k again in order, so the numbers the model sees match the list shown. */
export function renumber(sources: readonly Source[]): Source[] {
  return sources.map((s, i) => ({ ...s, n: i + 1 }));
}
