import { AppError } from '../errors';
import type { Message } from '../messages';
import type { Outline } from '../outline/types';
import { bytesToDataUrl, imageSources, resolveDataUrl, type ResolvedImage } from './images';

/**
 * Loads the bytes of one non-data source (a file in the CLI, a fetch the user agreed to in the pane);
 * null when unavailable. A loader may throw an AppError whose sentence says why a picture was refused.
 */
export type ImageLoader = (src: string) => Promise<Uint8Array | null>;

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface ResolvedImages {
  images: Map<string, ResolvedImage>;
  /** Why a picture is missing, when the loader said so (outside the folder, not a regular file…). */
  problems: Map<string, Message>;
}

/**
 * Every picture of the outline as a data URL with its pixel size. Images that cannot be read, are not a
 * raster type, or exceed 5 MB (PowerPoint on the web rejects larger pictures) are left out; the deck
 * then shows a labelled frame and a warning naming the reason.
 */
export async function resolveImages(outline: Outline, load: ImageLoader | null, signal?: AbortSignal): Promise<ResolvedImages> {
  const images = new Map<string, ResolvedImage>();
  const problems = new Map<string, Message>();
  for (const src of imageSources(outline)) {
    signal?.throwIfAborted();
    if (src.startsWith('data:')) {
      const r = resolveDataUrl(src);
      if (r) images.set(src, r);
      continue;
    }
    if (!load) continue;
    try {
      const bytes = await load(src);
      if (!bytes) continue;
      if (bytes.byteLength > MAX_IMAGE_BYTES) {
        problems.set(src, {
          key: 'files.picture.tooLarge',
          params: { src, size: (bytes.byteLength / 1e6).toFixed(1), limit: (MAX_IMAGE_BYTES / 1e6).toFixed(0) },
        });
        continue;
      }
      const r = bytesToDataUrl(bytes);
      if (r) images.set(src, r);
      else problems.set(src, { key: 'files.picture.notRaster', params: { src } });
    } catch (e) {
      signal?.throwIfAborted();
      // An unreadable picture is a labelled frame and a warning in the deck, not a failure of the deck.
      if (e instanceof AppError) problems.set(src, { key: e.key, params: e.params });
    }
  }
  return { images, problems };
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
