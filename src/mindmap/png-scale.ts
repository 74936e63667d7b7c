/** Largest raster we make: big maps are scaled down rather than allocating gigabytes (or failing in a canvas). */
export const MAX_PNG_PIXELS = 36_000_000;
export const MAX_PNG_SIDE = 16_000;

/** The zoom for a picture of w×h user units: `preferred` unless that exceeds the raster limits. */
export function pngScale(width: number, height: number, preferred = 2): number {
  return Math.min(preferred, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height, Math.sqrt(MAX_PNG_PIXELS / (width * height)));
}
