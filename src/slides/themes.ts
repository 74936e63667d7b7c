import type { ColorRole, ThemeName } from './types';

// Four themes, each rendered as a set of pptxgenjs slide masters (see render-pptx.ts). Content slides
// use `content` colours; title, section and closing slides use `cover` colours on their own background.

export type Palette = Record<ColorRole, string> & { background: string };

export interface Theme {
  name: ThemeName;
  label: { en: string; zh: string };
  content: Palette;
  cover: Palette;
  /** Run-level face for every script (pptxgenjs writes it to latin, ea and cs). */
  font: string;
  /** East Asian fallbacks written into theme1.xml for PowerPoint's font substitution. */
  eaFallback: { hans: string; hant: string };
  mono: string;
}

const FONT = 'Microsoft YaHei';
const EA = { hans: 'Microsoft YaHei', hant: 'Microsoft JhengHei' };

export const THEMES: Record<ThemeName, Theme> = {
  business: {
    name: 'business',
    label: { en: 'Business blue', zh: '商务蓝' },
    content: {
      background: 'FFFFFF',
      title: '1F3864',
      text: '262626',
      muted: '595959',
      accent: '2E75B6',
      onAccent: 'FFFFFF',
      codeBg: 'F2F4F7',
      codeText: '1F2937',
      panel: 'EAF1FB',
    },
    cover: {
      background: '1F3864',
      title: 'FFFFFF',
      text: 'F2F2F2',
      muted: 'BDD7EE',
      accent: '9DC3E6',
      onAccent: '1F3864',
      codeBg: '17294A',
      codeText: 'FFFFFF',
      panel: '2E75B6',
    },
    font: FONT,
    eaFallback: EA,
    mono: 'Consolas',
  },
  'china-red': {
    name: 'china-red',
    label: { en: 'Chinese red', zh: '中国红' },
    content: {
      background: 'FFFDF8',
      title: 'A4161A',
      text: '2B2B2B',
      muted: '6B5E57',
      accent: 'C8102E',
      onAccent: 'FFF7E6',
      codeBg: 'F7EFE3',
      codeText: '3D2B1F',
      panel: 'FBEDEA',
    },
    cover: {
      background: 'A4161A',
      title: 'FFF5E1',
      text: 'FFF5E1',
      muted: 'F3D9A4',
      accent: 'F2C14E',
      onAccent: 'A4161A',
      codeBg: '7D1013',
      codeText: 'FFF5E1',
      panel: 'C8102E',
    },
    font: FONT,
    eaFallback: EA,
    mono: 'Consolas',
  },
  minimal: {
    name: 'minimal',
    label: { en: 'Minimal light', zh: '简约浅色' },
    content: {
      background: 'FFFFFF',
      title: '111111',
      text: '333333',
      muted: '6E6E6E',
      accent: '0F766E',
      onAccent: 'FFFFFF',
      codeBg: 'F5F5F4',
      codeText: '1C1917',
      panel: 'F0FDFA',
    },
    cover: {
      background: 'F7F7F5',
      title: '111111',
      text: '333333',
      muted: '6E6E6E',
      accent: '0F766E',
      onAccent: 'FFFFFF',
      codeBg: 'EDEDEA',
      codeText: '1C1917',
      panel: 'E7F5F3',
    },
    font: FONT,
    eaFallback: EA,
    mono: 'Consolas',
  },
  dark: {
    name: 'dark',
    label: { en: 'Dark', zh: '深色' },
    content: {
      background: '1E1E2E',
      title: 'FFFFFF',
      text: 'E4E6F0',
      muted: 'A6ADC8',
      accent: '89B4FA',
      onAccent: '11111B',
      codeBg: '11111B',
      codeText: 'CDD6F4',
      panel: '313244',
    },
    cover: {
      background: '11111B',
      title: 'FFFFFF',
      text: 'E4E6F0',
      muted: 'A6ADC8',
      accent: 'F5C2E7',
      onAccent: '11111B',
      codeBg: '1E1E2E',
      codeText: 'CDD6F4',
      panel: '313244',
    },
    font: FONT,
    eaFallback: EA,
    mono: 'Consolas',
  },
};

export function isThemeName(s: string): s is ThemeName {
  return s in THEMES;
}
