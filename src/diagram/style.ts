import type { Tone } from './types';

// The diagram's colours, shared by every renderer (hex without '#', as PowerPoint wants them).

/** Tableau 10 (as the mind map's branches): distinct, legible on white and printable. */
const TONES = ['4E79A7', 'F28E2B', 'E15759', '76B7B2', '59A14F', 'EDC948', 'B07AA1', 'FF9DA7', '9C755F', 'BAB0AC'];

export const INK = '1F2328';
export const EDGE_COLOR = '44546A';
export const BASE_STROKE = '2E75B6';
export const BASE_FILL = 'EAF1FB';
export const GROUP_STROKE = '9FB3CC';
export const GROUP_FILL = 'F6F8FB';
export const FONT_FACE = 'Microsoft YaHei';

export function tint(hex: string, amount: number): string {
  const v = parseInt(hex, 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount);
  return [mix(v >> 16), mix((v >> 8) & 255), mix(v & 255)]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** Black or white text, whichever reads better on `hex`. */
function onColor(hex: string): string {
  const v = parseInt(hex, 16);
  const lum = 0.2126 * (v >> 16) + 0.7152 * ((v >> 8) & 255) + 0.0722 * (v & 255);
  return lum > 150 ? INK : 'FFFFFF';
}

export interface Paint {
  fill: string;
  stroke: string;
  text: string;
}

export function nodePaint(tone: Tone, strong = false): Paint {
  const stroke = tone === 0 ? BASE_STROKE : TONES[(tone - 1) % TONES.length];
  if (strong) return { fill: stroke, stroke, text: onColor(stroke) };
  return { fill: tone === 0 ? BASE_FILL : tint(stroke, 0.16), stroke, text: INK };
}

export function groupPaint(tone: Tone): Paint {
  if (tone === 0) return { fill: GROUP_FILL, stroke: GROUP_STROKE, text: '3B4A5E' };
  const c = TONES[(tone - 1) % TONES.length];
  return { fill: tint(c, 0.07), stroke: tint(c, 0.6), text: INK };
}

export const STROKE_WIDTH = { solid: 1.5, dotted: 1.5, thick: 3 } as const;
export const ARROW_LENGTH = 9;
export const ARROW_HALF_WIDTH = 4.5;
