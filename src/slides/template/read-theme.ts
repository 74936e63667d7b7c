import { readColorScheme, type ColorScheme } from './colors';
import type { TemplateFonts } from './types';
import { attr, child, children, descendants, NS, path } from './xml';

export interface ThemeInfo {
  scheme: ColorScheme;
  fonts: TemplateFonts;
  /** theme1.xml's fmtScheme/bgFillStyleLst children, for <p:bgRef idx="1001+"> backgrounds. */
  bgFills: Element[];
}

export const EMPTY_FONTS: TemplateFonts = { majorLatin: '', minorLatin: '', majorEa: '', minorEa: '', hans: '' };

export function readTheme(doc: Document | null): ThemeInfo {
  if (!doc) return { scheme: {}, fonts: EMPTY_FONTS, bgFills: [] };
  const elements = path(doc.documentElement, NS.a, 'themeElements');
  const fontScheme = child(elements, NS.a, 'fontScheme');
  const major = child(fontScheme, NS.a, 'majorFont');
  const minor = child(fontScheme, NS.a, 'minorFont');
  const face = (el: Element | null, name: string) => attr(child(el, NS.a, name), 'typeface') ?? '';
  const hans = children(minor, NS.a, 'font').find((f) => attr(f, 'script') === 'Hans');
  return {
    scheme: readColorScheme(child(elements, NS.a, 'clrScheme')),
    fonts: {
      majorLatin: face(major, 'latin'),
      minorLatin: face(minor, 'latin'),
      majorEa: face(major, 'ea'),
      minorEa: face(minor, 'ea'),
      hans: attr(hans, 'typeface') ?? '',
    },
    bgFills: children(descendants(elements, NS.a, 'bgFillStyleLst')[0] ?? null, NS.a),
  };
}
