import { badLink } from './errors';
import { callTool } from './call-tool';
import type { ToolEndpoint } from './endpoint';

export interface FetchedPage {
  title: string;
  /** The page as Markdown. */
  content: string;
}

/** Checks a link as the Fetch API would before anything is sent; returns it normalised. */
export function checkLink(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw badLink(url);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || u.href.length > 8192) throw badLink(url);
  return u.href;
}

/** `POST {origin}/v1/tools/fetch`: a page's title and its text as Markdown. */
export async function deepseekFetch(ep: ToolEndpoint, url: string, o: { signal?: AbortSignal } = {}): Promise<FetchedPage> {
  const r = await callTool<{ title?: string; content?: string }>(ep, { tool: 'fetch', body: { url: checkLink(url) }, signal: o.signal });
  return { title: (r.title ?? '').trim(), content: r.content ?? '' };
}
