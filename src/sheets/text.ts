// Whitespace and width rules shared by the trim/toHalfWidth operations, parseNumber and the profile.

// \s already covers U+3000 (ideographic space), U+00A0 (no-break space) and U+FEFF; named here because
// those are the ones Chinese spreadsheets are full of.
const EDGES = /^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g;
const INNER_RUNS = /[\s\u3000\u00A0]{2,}|[\t\n\r\f\v\u3000\u00A0\u2000-\u200A\u202F\u205F\u2028\u2029\u1680\uFEFF]/g;
const HAS_WS = /^[\s\u3000\u00A0]|[\s\u3000\u00A0]$|[\s\u3000\u00A0]{2}|[\t\n\r\f\v\u3000\u00A0\u2000-\u200A\u202F\u205F\u2028\u2029\u1680\uFEFF]/;

/** Removes leading/trailing whitespace (incl. U+3000, U+00A0) and collapses inner runs to one space. */
export function trimText(s: string): string {
  if (!HAS_WS.test(s)) return s;
  return s.replace(EDGES, '').replace(INNER_RUNS, ' ');
}

/** True when trimText would change the string (leading/trailing or doubled whitespace). */
export function hasStraySpaces(s: string): boolean {
  return HAS_WS.test(s);
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_G = /[\uFF01-\uFF5E\u3000]/g;

export function hasFullWidth(s: string): boolean {
  return FULL_WIDTH.test(s);
}

/** U+FF01–U+FF5E → U+0021–U+007E; U+3000 → space. */
export function toHalfWidthText(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_G, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
