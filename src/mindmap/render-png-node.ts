import { Resvg } from '@resvg/resvg-js';
import type { MapLayout } from './layout';
import { svgFromLayout } from './render-svg';
import { pngScale } from './png-scale';

const LATIN_FAMILY = process.platform === 'linux' ? 'Liberation Sans' : 'Arial';

/**
 * Node only (native resvg): the map rasterized with the system's fonts, so Chinese renders when a CJK
 * font such as Noto Sans CJK is installed. resvg re-reads the font file for every glyph, so text is
 * only drawn where it is legible; a map too big for that gets bars in place of tiny text.
 */
export function layoutToPng(layout: MapLayout, preferredScale = 2): Uint8Array {
  const scale = pngScale(layout.width, layout.height, preferredScale);
  const r = new Resvg(svgFromLayout(layout, { rasterScale: scale }), {
    // resvg takes the default family when the SVG's first family is missing (Liberation Sans outside
    // Linux), so the default is the Arial-metric font each platform has; CJK glyphs fall back from it.
    font: { loadSystemFonts: true, defaultFontFamily: LATIN_FAMILY, sansSerifFamily: LATIN_FAMILY },
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
  });
  return new Uint8Array(r.render().asPng());
}
