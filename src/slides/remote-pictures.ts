import type { Outline } from '../outline/types';
import { imageSources } from './images';

/** The host of a web address (http/https), or null for a file path, a data URL or anything else. */
export function remoteHost(src: string): string | null {
  if (!/^https?:\/\//i.test(src)) return null;
  try {
    return new URL(src).host || null;
  } catch {
    return null;
  }
}

/**
 * The sites an outline's pictures would be fetched from. An outline may be a model's answer, and a model
 * can be steered by the document it read: a picture address can carry that document's text to any site.
 * So the pane fetches from a site only after the user has agreed to that site by name.
 */
export function remotePictureHosts(outline: Outline): string[] {
  const hosts: string[] = [];
  for (const src of imageSources(outline)) {
    const h = remoteHost(src);
    if (h && !hosts.includes(h)) hosts.push(h);
  }
  return hosts;
}
