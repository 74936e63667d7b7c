import { attr, child, children, NS, numAttr } from './xml';

export { contrast, luminance, mix } from './color-math';

// DrawingML colours as the preview needs them: a theme's colour scheme, a master's colour map
// (bg1 → lt1 …) and the common modifiers (lumMod/lumOff, tint, shade). Hex strings without '#'.

export type ColorScheme = Record<string, string>;
export type ColorMap = Record<string, string>;

export const DEFAULT_CLR_MAP: ColorMap = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };

const PRESET: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
  gray: '808080',
  grey: '808080',
};

export function readColorScheme(clrScheme: Element | null): ColorScheme {
  const out: ColorScheme = {};
  for (const c of children(clrScheme, NS.a)) {
    const v = child(c, NS.a, 'srgbClr') ?? child(c, NS.a, 'sysClr');
    const hex = v ? (attr(v, 'lastClr') ?? attr(v, 'val')) : null;
    if (hex && /^[0-9a-f]{6}$/i.test(hex)) out[c.localName] = hex.toUpperCase();
  }
  return out;
}

export function readColorMap(clrMap: Element | null): ColorMap {
  const out: ColorMap = { ...DEFAULT_CLR_MAP };
  if (!clrMap) return out;
  for (const k of ['bg1', 'tx1', 'bg2', 'tx2']) {
    const v = attr(clrMap, k);
    if (v) out[k] = v;
  }
  return out;
}

function toHsl(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const f = (n: number) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** The colour of a solidFill/fill-like element's colour child, or null when it has none we can read. */
export function resolveColor(holder: Element | null, scheme: ColorScheme, map: ColorMap, placeholder?: string): string | null {
  if (!holder) return null;
  const c = children(holder, NS.a).find((e) => ['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr'].includes(e.localName));
  if (!c) return null;
  let hex: string | null = null;
  const val = attr(c, 'val') ?? '';
  if (c.localName === 'srgbClr') hex = /^[0-9a-f]{6}$/i.test(val) ? val.toUpperCase() : null;
  else if (c.localName === 'sysClr') hex = attr(c, 'lastClr') ?? (val === 'window' ? 'FFFFFF' : '000000');
  else if (c.localName === 'prstClr') hex = PRESET[val] ?? null;
  else if (c.localName === 'schemeClr') {
    const name = val === 'phClr' ? (placeholder ?? 'bg1') : val;
    hex = scheme[map[name] ?? name] ?? null;
  }
  if (!hex) return null;
  const [h, s, l0] = toHsl(hex);
  let l = l0;
  for (const m of children(c, NS.a)) {
    const v = (numAttr(m, 'val') ?? 100000) / 100000;
    if (m.localName === 'lumMod') l *= v;
    else if (m.localName === 'lumOff') l += v;
    else if (m.localName === 'tint') l = l + (1 - l) * (1 - v);
    else if (m.localName === 'shade') l *= v;
  }
  return fromHsl(h, s, Math.max(0, Math.min(1, l)));
}
