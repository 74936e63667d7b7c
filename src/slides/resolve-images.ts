import type { Outline } from '../outline/types';
import { bytesToDataUrl, imageSources, resolveDataUrl, type ResolvedImage } from './images';

/** Loads the bytes of one non-data source (a file in the CLI, a fetch in the pane); null when unavailable. */
export type ImageLoader = (src: string) => Promise<Uint8Array | null>;

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Every picture of the outline as a data URL with its pixel size. Images that cannot be read, are not a
 * raster type, or exceed 5 MB (PowerPoint on the web rejects larger pictures) are left out; the deck
 * then shows a labelled frame and a warning.
 */
export async function resolveImages(outline: Outline, load: ImageLoader | null, signal?: AbortSignal): Promise<Map<string, ResolvedImage>> {
  const out = new Map<string, ResolvedImage>();
  for (const src of imageSources(outline)) {
    signal?.throwIfAborted();
    if (src.startsWith('data:')) {
      const r = resolveDataUrl(src);
      if (r) out.set(src, r);
      continue;
    }
    if (!load) continue;
    try {
      const bytes = await load(src);
      if (!bytes || bytes.byteLength > MAX_IMAGE_BYTES) continue;
      const r = bytesToDataUrl(bytes);
      if (r) out.set(src, r);
    } catch {
      // An unreadable picture is reported by the deck builder as a missing image, not as a failure.
    }
  }
  return out;
}

/** The pictures that need no loading (data URLs), synchronously: enough for a live preview. */
export function resolveDataUrlImages(outline: Outline): Map<string, ResolvedImage> {
  const out = new Map<string, ResolvedImage>();
  for (const src of imageSources(outline)) {
    const r = src.startsWith('data:') ? resolveDataUrl(src) : null;
    if (r) out.set(src, r);
  }
  return out;
}
