// What people and models type that CommonMark reads differently, rewritten line by line before markdown-it
// sees it, so every consumer gets the same tolerance: full-width markers (＃ － ＊ ＋ ｜ and digits),
// Chinese numbering (1、 1． （1） ①), typographic bullets (• · ● ▪ ◦ ‣), tab and U+3000 indentation,
// `#标题` without a space, and lists nested by "more indented than the item above" rather than by
// CommonMark's content column. Fenced code is left exactly as written (tabs included).

const FENCE_OPEN = /^()(`{3,}|~{3,})(.*)$/;
const BULLET = /^([-*+－＊＋])\s+(.*)$/;
const DOT_BULLET = /^[•·●▪◦‣]\s*(.*)$/;
const NUMBERED = /^(?:([0-9０-９]{1,3})(?:[.)．](?=\s)|[.)](?=[^\p{ASCII}０-９])|[、．）](?![0-9０-９]))|[（(]([0-9０-９]{1,3})[)）])\s*(.*)$/u;
const CIRCLED = /^([\u2460-\u2473])\s*(.*)$/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const MARKER_START = /^[-*+－＊＋•·●▪◦‣0-9０-９（(\u2460-\u2473]/;
const TABLE_RULE_CHARS = /^[|｜:：\-－\s]+$/;

interface ListFrame {
  /** Indentation as written (after tab expansion). */
  src: number;
  /** Column where this item's content starts once rewritten. */
  content: number;
}

const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

function expandIndent(line: string): { width: number; rest: string } {
  const m = /^[ \t\u3000\u00a0]*/.exec(line)![0];
  let width = 0;
  for (const ch of m) width += ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1;
  return { width, rest: line.slice(m.length) };
}

/** A list marker at the start of `rest`, rewritten to CommonMark, or null. */
function listMarker(rest: string): { marker: string; body: string; ordered: number | null } | null {
  if (!MARKER_START.test(rest)) return null;
  let m = BULLET.exec(rest);
  // Every bullet is `-`: switching between - * + starts a new list in CommonMark, which nobody means.
  if (m) return { marker: '-', body: m[2], ordered: null };
  m = DOT_BULLET.exec(rest);
  if (m && m[1]) return { marker: '-', body: m[1], ordered: null };
  m = NUMBERED.exec(rest);
  if (m) {
    const n = Number(toAsciiDigits(m[1] ?? m[2]));
    return { marker: `${n}.`, body: m[3], ordered: n };
  }
  m = CIRCLED.exec(rest);
  if (m && m[2]) {
    const n = m[1].charCodeAt(0) - 0x2460 + 1;
    return { marker: `${n}.`, body: m[2], ordered: n };
  }
  return null;
}

function normalizeLeaf(rest: string): string {
  const c = rest[0];
  let s = rest;
  if (c === '＃') s = s.replace(/^＃+/, (h) => '#'.repeat(h.length));
  // `#标题`: a missing space after the hashes is an IME habit, not a hashtag, when a CJK character follows.
  if (c === '#' || c === '＃') s = s.replace(/^(#{1,6})(?=[^\s#\p{ASCII}])/u, '$1 ');
  if (c === '｜' || (c === '|' && s.includes('｜'))) s = s.replace(/｜/g, '|');
  if ((c === '|' || c === '｜' || c === ':' || c === '-' || c === '－') && TABLE_RULE_CHARS.test(s) && /[|｜]/.test(s)) {
    s = s.replace(/－/g, '-').replace(/：/g, ':').replace(/｜/g, '|');
  }
  return s;
}

export function normalizeSource(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: { char: string; len: number; shift: number; strip: number } | null = null;
  let stack: ListFrame[] = [];
  let prevBlank = true;
  let prevMarker = false;

  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li];
    if (fence) {
      const close = /^[ \t]*(`{3,}|~{3,})$/.exec(raw.trimEnd());
      if (close && close[1][0] === fence.char && close[1].length >= fence.len) {
        out.push(' '.repeat(Math.max(0, fence.shift)) + close[1]);
        fence = null;
      } else out.push(shiftCode(raw, fence.strip, fence.shift));
      continue;
    }
    const trimmed = raw.trimEnd();
    if (!trimmed) {
      out.push('');
      prevBlank = true;
      continue;
    }
    const { width, rest: raw0 } = expandIndent(trimmed);
    // `\1、` `\•` `\＃`: a backslash before a marker only this normaliser reads keeps it text (CommonMark
    // escapes only ASCII punctuation, so the backslash is dropped here instead of by markdown-it).
    const escaped = raw0[0] === '\\' && !ASCII_PUNCT.test(raw0[1] ?? '') && (raw0[1] === '＃' || listMarker(raw0.slice(1)) !== null);
    const rest = escaped ? raw0.slice(1) : raw0;
    const marker = escaped ? null : listMarker(rest);
    if (marker) {
      while (stack.length && stack[stack.length - 1].src >= width) stack.pop();
      const indent = stack.length ? stack[stack.length - 1].content : 0;
      // CommonMark lets only a list starting at 1 interrupt a paragraph; people number from anywhere.
      if (marker.ordered !== null && marker.ordered !== 1 && !prevBlank && !prevMarker) out.push('');
      const body = normalizeLeaf(marker.body);
      out.push(`${' '.repeat(indent)}${marker.marker} ${body}`);
      stack.push({ src: width, content: indent + marker.marker.length + 1 });
      prevBlank = false;
      prevMarker = true;
      continue;
    }
    if (width === 0 && prevBlank) stack = [];
    if (/^(#|＃)/.test(rest)) stack = [];
    // Indented text under a list item belongs to the deepest item it is indented under.
    let indent = width;
    if (stack.length && width > 0) {
      let k = stack.length - 1;
      while (k > 0 && stack[k].src >= width) k--;
      indent = stack[k].src < width ? stack[k].content : 0;
    } else if (!stack.length) indent = Math.min(width, 3);
    const f = rest[0] === '`' || rest[0] === '~' ? FENCE_OPEN.exec(rest) : null;
    if (f && !(f[2][0] === '`' && f[3].includes('`'))) {
      fence = { char: f[2][0], len: f[2].length, shift: indent, strip: width };
      out.push(' '.repeat(indent) + f[2] + f[3]);
      prevBlank = false;
      prevMarker = false;
      continue;
    }
    const leaf = escaped ? rest : normalizeLeaf(rest);
    if (width < 4 && leaf.includes('|') && isTableRule(lines[li + 1])) {
      // A table right under a bullet or a line of text starts a table, as people mean it, not a continuation.
      if (!prevBlank) out.push('');
      stack = [];
      indent = 0;
    }
    out.push(' '.repeat(indent) + leaf);
    prevBlank = false;
    prevMarker = false;
  }
  return out.join('\n');
}

function isTableRule(line: string | undefined): boolean {
  const s = line?.trim() ?? '';
  return TABLE_RULE_CHARS.test(s) && /[-－]/.test(s) && /[|｜]/.test(s);
}

/** Code keeps its own indentation (tabs too), minus the fence's indent, plus where the fence now sits. */
function shiftCode(raw: string, strip: number, shift: number): string {
  let i = 0;
  let w = 0;
  while (i < raw.length && w < strip && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\u3000')) {
    w += raw[i] === '\t' ? 4 : raw[i] === '\u3000' ? 2 : 1;
    i++;
  }
  return ' '.repeat(shift) + raw.slice(i);
}
