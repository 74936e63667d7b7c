/**
 * Text widths without a browser, so the SVG is laid out the same in Node, the CLI and the pane. Latin
 * advances are Arial's (Liberation Sans is metric-compatible), in 1/1000 em, for ASCII 32–126; East
 * Asian wide characters (CJK, kana, Hangul, full-width forms, emoji) are one full em.
 */
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];

export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Advance of one character in em. */
export function charEm(code: number, bold = false): number {
  let w: number;
  if (code >= 32 && code <= 126) w = ARIAL[code - 32] / 1000;
  else if (isWide(code)) return 1;
  else if (code < 32) w = 0;
  else w = 0.6;
  // Arial Bold is about 7% wider on average.
  return bold ? w * 1.07 : w;
}

export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

export const estimateWidth: Measure = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) as number, bold);
  return em * fontSize;
};

/**
 * Greedy line breaking: between words for Latin text, between any two wide characters, and inside a
 * word only when the word alone is wider than the line. Stops at `maxLines`, ending with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = 6, measure: Measure = estimateWidth): string[] {
  if (measure(text, fontSize, bold) <= maxWidth) return [text];
  const pieces = text.match(
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u300d\u300f\uff09]*|\S+\s*|\s+/gu,
  ) ?? [text];
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => {
    lines.push(l.trimEnd());
  };
  for (let piece of pieces) {
    if (measure(line + piece.trimEnd(), fontSize, bold) <= maxWidth) {
      line += piece;
      continue;
    }
    if (line.trim()) push(line);
    piece = piece.trimStart();
    // A single word wider than the line is cut where it overflows.
    while (measure(piece.trimEnd(), fontSize, bold) > maxWidth) {
      let cut = 1;
      const chars = Array.from(piece);
      while (cut < chars.length && measure(chars.slice(0, cut + 1).join(''), fontSize, bold) <= maxWidth) cut++;
      push(chars.slice(0, cut).join(''));
      piece = chars.slice(cut).join('');
    }
    line = piece;
  }
  if (line.trim()) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && measure(`${last}…`, fontSize, bold) > maxWidth) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
