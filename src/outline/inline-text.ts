// Small text helpers shared by the outline parser and the slide renderer.

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Joins wrapped source lines: no space between two CJK characters, one space otherwise. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isCjk(a[a.length - 1]) && isCjk(b[0]) ? a + b : `${a} ${b}`;
}

/** True when more than a fifth of the letters are CJK: the deck is then treated as Chinese. */
export function looksChinese(text: string): boolean {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    if (isCjk(ch)) cjk++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return cjk > 0 && cjk * 5 >= (cjk + latin) * 1;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  code?: boolean;
}

/** Splits `**bold**`, `__bold__` and `` `code` `` into runs; links keep their label; other marks are dropped. */
export function inlineRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const re = /\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`|\[([^\]]+)\]\([^)]*\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) runs.push({ text: stripEmphasis(text.slice(last, m.index)) });
    if (m[1] !== undefined || m[2] !== undefined) runs.push({ text: stripEmphasis(m[1] ?? m[2]), bold: true });
    else if (m[3] !== undefined) runs.push({ text: m[3], code: true });
    else runs.push({ text: stripEmphasis(m[4]) });
    last = re.lastIndex;
  }
  if (last < text.length) runs.push({ text: stripEmphasis(text.slice(last)) });
  return runs.filter((r) => r.text.length > 0);
}

/** The text a reader sees: inline Markdown marks removed. */
export function plainText(text: string): string {
  return inlineRuns(text)
    .map((r) => r.text)
    .join('');
}

function stripEmphasis(s: string): string {
  return s.replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?=[^\w*]|$)/g, '$1$2').replace(/~~(.+?)~~/g, '$1');
}
