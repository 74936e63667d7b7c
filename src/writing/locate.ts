import type { ProofEdit, Suggestion } from './proofread-types';

export const CONTEXT_CHARS = 20;
/** Word's search text limit. */
export const MAX_SEARCH_CHARS = 255;

function lineBounds(text: string, start: number, end: number): [number, number] {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const le = text.indexOf('\n', end);
  return [ls, le < 0 ? text.length : le];
}

function allIndexes(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

// Pinning many edits in one text looks up the same context strings again and again (repeated boilerplate,
// table rows); each distinct one is scanned once per text.
let memo: { text: string; map: Map<string, number[]> } | null = null;
function positionsOf(text: string, needle: string): number[] {
  if (!memo || memo.text !== text) memo = { text, map: new Map() };
  let found = memo.map.get(needle);
  if (!found) {
    found = allIndexes(text, needle);
    memo.map.set(needle, found);
  }
  return found;
}

/** Pins an edit at [start, end) of `text`, recording the context that finds it again later. */
export function pinEdit(text: string, s: Suggestion, start: number, end: number, id: string, source: ProofEdit['source']): ProofEdit {
  const [ls, le] = lineBounds(text, start, end);
  const before = text.slice(Math.max(ls, start - CONTEXT_CHARS), start);
  const after = text.slice(end, Math.min(le, end + CONTEXT_CHARS));
  const original = text.slice(start, end);
  const self = start - before.length;
  const positions = positionsOf(text, before + original + after);
  let contextOrdinal = 0;
  while (contextOrdinal < positions.length && (positions[contextOrdinal] ?? Infinity) < self) contextOrdinal++;
  return { ...s, original, id, source, start, end, before, after, contextOrdinal };
}

/**
 * Every place a model suggestion's `original` occurs, within [from, to) of `text`. An original that
 * occurs nowhere (the model paraphrased it) yields nothing: it is reported, never applied elsewhere.
 */
export function findOccurrences(text: string, original: string, from = 0, to = text.length, limit = 20): number[] {
  if (!original) return [];
  const out: number[] = [];
  for (let i = text.indexOf(original, from); i >= 0 && i + original.length <= to && out.length < limit; i = text.indexOf(original, i + original.length))
    out.push(i);
  return out;
}

/** Escapes Word's search specials: `^` starts a code, a paragraph mark is `^p`. */
export function toWordSearch(s: string): string {
  return s.replace(/\^/g, '^^').replace(/\r?\n/g, '^p');
}

/** The ≤255-character search strings for an original: the whole of it, or its head and tail. */
export function searchPlan(original: string): { head: string; tail?: string } {
  const whole = toWordSearch(original);
  if (whole.length <= MAX_SEARCH_CHARS) return { head: whole };
  const cut = (s: string) => {
    let t = toWordSearch(s);
    // Never end the head on half of an escape (`^` or `^^`).
    while (t.length > MAX_SEARCH_CHARS) t = t.slice(0, -1);
    return t.replace(/(?<!\^)\^$/, '');
  };
  const head = cut(original.slice(0, MAX_SEARCH_CHARS));
  let tailSrc = original.slice(-Math.floor(MAX_SEARCH_CHARS / 2));
  while (toWordSearch(tailSrc).length > MAX_SEARCH_CHARS) tailSrc = tailSrc.slice(1);
  return { head, tail: toWordSearch(tailSrc) };
}

/**
 * Picks which search hit is the edit's place. `paragraphs[k]` is the text of the paragraph hit k starts in,
 * hits in document order. A hit counts only if the text around it still reads as it did when the edit was
 * made; among those, the edit's own ordinal decides. Returns -1 when nothing fits: the edit is stale.
 */
export function chooseHit(edit: Pick<ProofEdit, 'original' | 'before' | 'after' | 'contextOrdinal'>, paragraphs: string[]): number {
  const firstLine = edit.original.split('\n')[0] ?? '';
  const singleLine = !edit.original.includes('\n');
  const fitting: number[] = [];
  let k = 0;
  while (k < paragraphs.length) {
    const p = (paragraphs[k] ?? '').replace(/\r/g, '\n').split('\n')[0] ?? '';
    // Consecutive hits inside one paragraph are its 1st, 2nd… occurrence of the text.
    let g = k;
    while (g + 1 < paragraphs.length && paragraphs[g + 1] === paragraphs[k]) g++;
    const positions = allIndexes(p, firstLine);
    for (let j = 0; j <= g - k; j++) {
      const pos = positions[j];
      if (pos === undefined) continue;
      const beforeOk = p.slice(Math.max(0, pos - edit.before.length), pos) === edit.before;
      const afterOk = !singleLine || p.slice(pos + firstLine.length, pos + firstLine.length + edit.after.length) === edit.after;
      if (beforeOk && afterOk) fitting.push(k + j);
    }
    k = g + 1;
  }
  return fitting[edit.contextOrdinal] ?? (fitting.length === 1 ? (fitting[0] ?? -1) : -1);
}

/** Applies non-overlapping edits to a text (the standalone pane's and the CLI's plain-text result). */
export function applyEditsToText(text: string, edits: readonly ProofEdit[]): string {
  let out = '';
  let at = 0;
  for (const full of [...edits].sort((a, b) => a.start - b.start)) {
    if (text.slice(full.start, full.end) !== full.original) continue;
    const e = narrowEdit(full);
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The smallest change that turns original into replacement: the context a suggestion carries for finding
 * it (`好,预` → `好，预`) is not part of the change, so the tracked revision shows only `,` → `，`.
 */
export function narrowEdit<T extends Pick<ProofEdit, 'original' | 'replacement' | 'start' | 'end'>>(e: T): T & { prefix: number } {
  const a = Array.from(e.original);
  const b = Array.from(e.replacement);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const pre = a.slice(0, p).join('').length;
  const suf = a.slice(a.length - s).join('').length;
  const original = a.slice(p, a.length - s).join('');
  const replacement = b.slice(p, b.length - s).join('');
  // A pure insertion has nothing to anchor to; keep the full edit then.
  if (!original) return { ...e, prefix: 0 };
  return { ...e, original, replacement, start: e.start + pre, end: e.end - suf, prefix: pre };
}
