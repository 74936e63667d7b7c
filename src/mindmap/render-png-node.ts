import { Resvg } from '@resvg/resvg-js';
import type { MapLayout } from './layout';
import { svgFromLayout } from './render-svg';
import { pngScale } from './png-scale';
import { PNG_CJK_FAMILY, PNG_LATIN_FAMILY, pngFonts } from './png-fonts-node';

const SYSTEM_LATIN = process.platform === 'linux' ? 'Liberation Sans' : 'Arial';

/**
 * Node only (native resvg): the map rasterized with the fonts we ship (Arimo, and Noto Sans SC cut
 * down to the map's characters; png-fonts-node.ts), never the machine's: the same sans-serif picture
 * everywhere, no serif fallback. Only legible text is drawn; a map too big for that gets bars.
 */
export async function layoutToPng(layout: MapLayout, preferredScale = 2): Promise<Uint8Array> {
  const scale = pngScale(layout.width, layout.height, preferredScale);
  const svg = svgFromLayout(layout, { rasterScale: scale });
  const fonts = await pngFonts(svg.replace(/<[^>]*>/g, ''));
  try {
    const family = fonts ? PNG_LATIN_FAMILY : SYSTEM_LATIN;
    const r = new Resvg(fonts ? withShippedFamilies(svg) : svg, {
      font: fonts
        ? { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: family, sansSerifFamily: family }
        : { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
      fitTo: { mode: 'zoom', value: scale },
      background: '#FFFFFF',
    });
    return new Uint8Array(r.render().asPng());
  } finally {
    fonts?.dispose();
  }
}

/**
 * Names the shipped faces in the SVG: Arimo for the picture, and each run of CJK (or other wide)
 * characters in a <tspan> of Noto Sans SC. resvg's glyph fallback ignores the weight, so leaving CJK to
 * fall back from Arimo drew bold topics with the regular face.
 */
function withShippedFamilies(svg: string): string {
  return svg
    .replace(/font-family="[^"]*"/, `font-family="${PNG_LATIN_FAMILY}"`)
    .replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, (el) =>
      el.replace(/>([^<]+)</g, (_m, t: string) => `>${t.replace(/[\u2000-\u{10FFFF}]+/gu, (run) => `<tspan font-family="${PNG_CJK_FAMILY}">${run}</tspan>`)}<`),
    );
}
