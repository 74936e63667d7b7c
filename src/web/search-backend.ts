import type { LlmSettings } from '../llm/settings';
import { presetFor } from '../llm/providers/presets';
import { isDeepSeek } from '../llm/map-error';
import { deepseekSearch } from '../tools/search-api';
import { toolEndpointFor } from '../tools/endpoint';
import { searxngSearch } from './searxng';
import { hostOfUrl, shortDate } from './sources';
import type { SearchBackendKind, WebResult } from './types';

/**
 * The backend Settings chose: DeepSeek's Search API (with the provider's key), a SearXNG instance, or
 * none. 'auto' is DeepSeek with the DeepSeek provider (or its host), else SearXNG when a URL is set.
 */
export function searchBackendFor(settings: LlmSettings): SearchBackendKind | 'none' {
  const choice = settings.searchBackend ?? 'auto';
  if (choice === 'none') return 'none';
  if (choice === 'deepseek') return 'deepseek';
  if (choice === 'searxng') return settings.searxngURL ? 'searxng' : 'none';
  if (presetFor(settings.provider).hasTools || isDeepSeek(settings)) return 'deepseek';
  return settings.searxngURL ? 'searxng' : 'none';
}

/** One query on the chosen backend → normalised results (possibly none). */
export async function runSearch(
  settings: LlmSettings,
  kind: SearchBackendKind,
  query: string,
  o: { signal?: AbortSignal; count?: number } = {},
): Promise<WebResult[]> {
  if (kind === 'searxng') return (await searxngSearch(settings.searxngURL ?? '', query, { signal: o.signal })).slice(0, o.count ?? 8);
  const hits = await deepseekSearch(toolEndpointFor(settings), query, { signal: o.signal, count: o.count ?? 8 });
  return hits.map((h) => ({
    title: h.title,
    url: h.url,
    snippet: h.snippet,
    site: h.site || hostOfUrl(h.url),
    ...(shortDate(h.date) ? { date: shortDate(h.date) } : {}),
  }));
}
