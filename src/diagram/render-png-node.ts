import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { pngScale } from '../mindmap/png-scale';
import { diagramToSvg } from './render-svg';
import type { DiagramLayout } from './types';

/** Sans faces with Latin and (for the Noto ones) CJK glyphs, in the order we prefer them. */
const PREFERRED = ['Liberation Sans', 'Arial', 'Helvetica', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'DejaVu Sans'];
let family: string | undefined;

/**
 * resvg stops at the first family of a font-family list that is not installed and falls back to its
 * default, a serif on machines without Arial or Liberation Sans; so the picture names one family that is
 * there (asked of fontconfig once), and CJK glyphs fall back from it as usual.
 */
function installedSans(): string {
  if (family) return family;
  let installed = new Set<string>();
  try {
    installed = new Set(
      execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
        .split('\n')
        .flatMap((l) => l.split(',').map((s) => s.trim())),
    );
  } catch {
    // No fontconfig (Windows, macOS without it): the platforms' own faces are the likely ones.
  }
  family = PREFERRED.find((f) => installed.has(f)) ?? (process.platform === 'darwin' ? 'Helvetica' : 'Arial');
  return family;
}

/** Node only (native resvg): the diagram's SVG rasterized at `preferredScale` (smaller for huge diagrams). */
export function diagramToPng(layout: DiagramLayout, preferredScale = 2): Uint8Array {
  const { svg, width, height } = diagramToSvg(layout);
  const scale = pngScale(width, height, preferredScale);
  const face = installedSans();
  // The first font-family is the <svg> element's; text inherits it.
  const r = new Resvg(svg.replace(/font-family="[^"]*"/, `font-family="${face}"`), {
    font: { loadSystemFonts: true, defaultFontFamily: face, sansSerifFamily: face },
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
  });
  return new Uint8Array(r.render().asPng());
}
