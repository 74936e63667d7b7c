import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The fonts the PNG is drawn with, loaded explicitly so every machine draws the same picture: Arimo (Arial's
// metrics, which the layout measures with) for Latin, Noto Sans SC for Chinese. The built CLI carries the
// four files in build/cli/fonts/ (copied by scripts/build-cli.mjs); a checkout reads them from node_modules.

export const PNG_LATIN_FAMILY = 'Arimo';
export const PNG_CJK_FAMILY = 'Noto Sans SC';

const LATIN = ['arimo/400Regular/Arimo_400Regular.ttf', 'arimo/700Bold/Arimo_700Bold.ttf'];
const CJK = ['noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'];
/** The files the CLI build copies (relative to @expo-google-fonts/). */
export const PNG_FONT_FILES = [...LATIN, ...CJK];

function fontPath(rel: string): string | undefined {
  const file = rel.replace(/^.*\//, '');
  for (const dir of ['./fonts/', '../fonts/']) {
    const p = fileURLToPath(new URL(dir + file, import.meta.url));
    if (existsSync(p)) return p;
  }
  try {
    return createRequire(import.meta.url).resolve(`@expo-google-fonts/${rel}`);
  } catch {
    return undefined;
  }
}

// hb-subset keeps name ids 0–6 only; the Bold file's family is then "Noto Sans SC Bold" and resvg would
// draw bold topics with the regular face. The typographic family and subfamily (16, 17) keep them one family.
const TYPOGRAPHIC_NAMES = [16, 17];

export interface PngFonts {
  files: string[];
  /** Removes the temporary subset files. */
  dispose: () => void;
}

/**
 * Font files for drawing `text`: Arimo as it is, and Noto Sans SC cut down to the characters the map
 * uses. resvg reads a font file again for every glyph it looks up, so the 10 MB CJK face made a
 * 730-topic Chinese map take minutes; a subset of a few dozen KB takes milliseconds. Undefined when the
 * font packages are missing (the caller then falls back to the system's fonts).
 */
export async function pngFonts(text: string): Promise<PngFonts | undefined> {
  const latin = LATIN.map(fontPath);
  const cjk = CJK.map(fontPath);
  if (latin.some((p) => !p) || cjk.some((p) => !p)) return undefined;
  // Characters Arimo lacks (CJK, kana, Hangul, full-width forms, CJK punctuation) come from Noto.
  const wide = [...new Set(text)].filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x2000).join('');
  if (!wide) return { files: latin as string[], dispose: () => undefined };
  const { default: subsetFont } = await import('subset-font');
  const dir = mkdtempSync(join(tmpdir(), 'dsplus-fonts-'));
  const files = [...(latin as string[])];
  for (const [i, p] of (cjk as string[]).entries()) {
    const out = join(dir, `cjk-${i}.ttf`);
    writeFileSync(out, await subsetFont(readFileSync(p), wide, { targetFormat: 'truetype', preserveNameIds: TYPOGRAPHIC_NAMES }));
    files.push(out);
  }
  return { files, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
