import type { LlmSettings } from './settings';

/** The settings that decide where the pane may connect. */
export type ConnectSettings = Pick<LlmSettings, 'baseURL'> & Partial<Pick<LlmSettings, 'searchBackend' | 'searxngURL'>>;

/**
 * The origins the pane may connect to, computed from the settings alone: the configured provider (whose
 * origin also serves DeepSeek's Search, Fetch and OCR tools, or the local relay that forwards them) and,
 * if chosen, the SearXNG search service. The pane's Content-Security-Policy lists exactly these beside its
 * own origin, so nothing a model writes can make the pane talk to any other host.
 */
export function allowedConnectOrigins(settings: ConnectSettings): string[] {
  const out: string[] = [];
  const add = (url: string | undefined) => {
    const origin = originOf(url);
    if (origin && !out.includes(origin)) out.push(origin);
  };
  add(settings.baseURL);
  const search = settings.searchBackend ?? 'auto';
  if (search === 'searxng' || search === 'auto') add(settings.searxngURL);
  return out;
}

/** `https://host:port` of an http(s) URL, or null for anything else (an empty or invalid base URL). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}
