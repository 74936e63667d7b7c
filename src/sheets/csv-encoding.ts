/**
 * Which lines of a CSV are UTF-8 and which are not. A file pasted together from two sources can hold
 * both: decoding all of it as GBK turns its UTF-8 rows into plausible-looking nonsense, and decoding it
 * as UTF-8 turns its GBK rows into U+FFFD. One pass over the bytes, no decoding.
 */
export interface LineEncodings {
  /** Lines (0-based, split at \n) holding non-ASCII bytes that are valid UTF-8. */
  utf8: number;
  /** Lines that are not valid UTF-8, with their 0-based numbers. */
  invalid: number[];
}

export function classifyLines(bytes: Uint8Array): LineEncodings {
  let utf8 = 0;
  const invalid: number[] = [];
  let line = 0;
  let nonAscii = false;
  let bad = false;
  let need = 0;
  const endLine = () => {
    if (need > 0) bad = true;
    if (bad) invalid.push(line);
    else if (nonAscii) utf8++;
    line++;
    nonAscii = false;
    bad = false;
    need = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      endLine();
      continue;
    }
    if (b < 0x80) {
      if (need > 0) bad = true;
      need = 0;
      continue;
    }
    nonAscii = true;
    if (need > 0) {
      if ((b & 0xc0) === 0x80) need--;
      else {
        bad = true;
        need = 0;
      }
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else bad = true;
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) endLine();
  return { utf8, invalid };
}

/** Line numbers for a sentence: the first few, 1-based, then "…". */
export function lineList(lines: readonly number[], max = 5): string {
  const shown = lines.slice(0, max).map((n) => String(n + 1));
  return lines.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
