import { isCjk } from '../markdown/inline-text';

// Our own text measurement: pptxgenjs cannot shrink text (PowerPoint ignores `fit:'shrink'` until the
// user edits the box), so every box is sized from these estimates before rendering. Widths are in em
// for a sans face like Microsoft YaHei / Noto Sans CJK, rounded up so an estimate errs towards wrapping.

// Advance widths (em) of DejaVu Sans, the widest common fallback (LibreOffice on Linux substitutes it for
// Microsoft YaHei's Latin); YaHei and Segoe UI are narrower, so PowerPoint has room to spare.
const LOWER = [
  0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592,
  0.818, 0.592, 0.592, 0.525,
];
const UPPER = [
  0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684,
  0.989, 0.685, 0.611, 0.685,
];
const PUNCT: Record<string, number> = {
  ' ': 0.318,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  ';': 0.337,
  '!': 0.401,
  '?': 0.531,
  "'": 0.275,
  '"': 0.401,
  '(': 0.39,
  ')': 0.39,
  '[': 0.39,
  ']': 0.39,
  '{': 0.636,
  '}': 0.636,
  '-': 0.361,
  _: 0.5,
  '/': 0.337,
  '\\': 0.337,
  '|': 0.337,
  '%': 0.95,
  '&': 0.778,
  '@': 1,
  '#': 0.838,
  $: 0.636,
  '+': 0.838,
  '=': 0.838,
  '*': 0.5,
  '<': 0.838,
  '>': 0.838,
  '~': 0.838,
  '`': 0.5,
  '^': 0.838,
};
/** Bold faces run about a tenth wider. */
export const BOLD_FACTOR = 1.1;

/** Checked against LibreOffice renders (DejaVu Sans): the table is accurate to about 1%, so it is used as is. */
const LATIN_SCALE = 1;

const EMOJI = /[\u{1F300}-\u{1FAFF}]/u;

export function charWidthEm(ch: string, mono = false): number {
  const c = ch.charCodeAt(0);
  // Latin, digits and ASCII punctuation (most characters of most decks) skip the CJK and emoji tests.
  if (c >= 0x80 && (isCjk(ch) || EMOJI.test(ch))) return 1;
  if (mono) return 0.6;
  if (c >= 97 && c <= 122) return LOWER[c - 97] * LATIN_SCALE;
  if (c >= 65 && c <= 90) return UPPER[c - 65] * LATIN_SCALE;
  if (c >= 48 && c <= 57) return 0.636 * LATIN_SCALE;
  return (PUNCT[ch] ?? 0.65) * LATIN_SCALE;
}

export function textWidthEm(text: string, mono = false): number {
  let w = 0;
  for (const ch of text) w += charWidthEm(ch, mono);
  return w;
}

/** Splits text into the lines a renderer would produce in a box `widthPt` wide at `fontPt`. */
export function wrapText(text: string, fontPt: number, widthPt: number, mono = false, bold = false): string[] {
  const maxEm = widthPt / fontPt / (bold ? BOLD_FACTOR : 1);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    // Latin words stay whole; every CJK character is its own breakable token.
    const tokens = para.match(
      /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/g,
    ) ?? [''];
    let line = '';
    let w = 0;
    for (const tok of tokens) {
      const tw = textWidthEm(tok.trimEnd(), mono);
      if (w + tw <= maxEm || line === '') {
        if (tw > maxEm) {
          // A word longer than the line breaks by character, as PowerPoint does.
          for (const ch of tok) {
            const cw = charWidthEm(ch, mono);
            if (w + cw > maxEm && line) {
              out.push(line.trimEnd());
              line = '';
              w = 0;
            }
            line += ch;
            w += cw;
          }
          continue;
        }
        line += tok;
        w += textWidthEm(tok, mono);
      } else {
        out.push(line.trimEnd());
        line = tok.trimStart();
        w = textWidthEm(line, mono);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

export function countLines(text: string, fontPt: number, widthPt: number, mono = false, bold = false): number {
  return wrapText(text, fontPt, widthPt, mono, bold).length;
}

/** Exact line spacing we write on every paragraph, so PowerPoint and LibreOffice agree with the estimate. */
export function lineHeightPt(fontPt: number): number {
  return Math.round(fontPt * 1.3);
}
