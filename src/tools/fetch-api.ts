import { AppError } from '../errors';
import { callTool } from './call-tool';
import type { ToolEndpoint } from './endpoint';

export interface FetchedPage {
  title: string;
  /** The page as Markdown. */
  content: string;
}

/** A link the Fetch API does not take: not http(s), over 8,192 characters, or with credentials in it. */
export class BadLinkError extends AppError {
  constructor(url: string) {
    super('tools.error.badLink', { url: url.length > 80 ? `${url.slice(0, 80)}…` : url });
  }
}

/** Checks a link as the Fetch API would before anything is sent; returns it normalised. */
export function checkLink(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new BadLinkError(url);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || u.href.length > 8192) throw new BadLinkError(url);
  return u.href;
}

/** `POST {origin}/v1/tools/fetch`: a page's title and its text as Markdown. */
export async function deepseekFetch(ep: ToolEndpoint, url: string, o: { signal?: AbortSignal } = {}): Promise<FetchedPage> {
  const r = await callTool<{ title?: string; content?: string }>(ep, { tool: 'fetch', body: { url: checkLink(url) }, signal: o.signal });
  return { title: (r.title ?? '').trim(), content: r.content ?? '' };
}
