import { documentText } from './document-text';
import { markdownPlainText } from '../markdown/inline-text';
import { narrowEdit } from './locate';
import type { ProofEdit } from './proofread-types';

/** The inline Markdown this map reads: **bold**, *italic*, `code`, [text](url). */
const INLINE = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(\*|_)(?=\S)([\s\S]*?\S)\3(?![A-Za-z0-9])|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * The plain text of inline Markdown with, for every plain character, where it sits in the Markdown. It
 * reads the common marks only; a unit whose plain text differs from the Markdown core's reading is skipped
 * by applyEditsToMarkdown, so an edit is never misplaced.
 */
export function inlinePlainMap(text: string, offset = 0): { plain: string; map: number[] } {
  let plain = '';
  const map: number[] = [];
  const take = (from: number, to: number) => {
    for (let k = from; k < to; k++) map.push(offset + k);
    plain += text.slice(from, to);
  };
  const nest = (inner: string, at: number) => {
    const r = inlinePlainMap(inner, offset + at);
    plain += r.plain;
    map.push(...r.map);
  };
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const start = m.index;
    if (m[3] === '_' && start > 0 && /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue;
    if (start > last) take(last, start);
    if (m[2] !== undefined) nest(m[2], start + (m[1] ?? '').length);
    else if (m[4] !== undefined) nest(m[4], start + 1);
    else if (m[5] !== undefined) take(start + 1, start + 1 + m[5].length);
    else if (m[6] !== undefined) nest(m[6], start + 1);
    last = start + m[0].length;
  }
  if (last < text.length) take(last, text.length);
  return { plain, map };
}

export interface MarkdownEditResult {
  markdown: string;
  applied: number;
  /** Edits that would have touched Markdown markup (a link, emphasis markers, a line break): not applied. */
  skipped: number;
}

/**
 * Applies proofreading edits (offsets into documentText(markdown).text) to the Markdown source itself, so
 * headings, lists, tables, emphasis and link targets stay exactly as written. An edit is applied only
 * where its text sits in the source as one unbroken piece of plain text; any other is skipped and counted.
 */
export function applyEditsToMarkdown(markdown: string, edits: readonly ProofEdit[]): MarkdownEditResult {
  const source = markdown.replace(/\r\n?/g, '\n');
  const doc = documentText(markdown);
  // Where each text unit sits in the source: found in order, each after the previous one.
  const units: { at: number; start: number; plainLen: number; map: number[] }[] = [];
  let cursor = 0;
  doc.segments.forEach((raw, i) => {
    const { plain, map } = inlinePlainMap(raw);
    // Only where this map reads the unit exactly as the proofreader did (same plain text) may an offset be
    // carried over; elsewhere (escapes, strike-through, HTML) the unit's edits are skipped, never misplaced.
    const same = plain === markdownPlainText(raw, 'newline');
    const at = raw && same ? source.indexOf(raw, cursor) : -1;
    if (at >= 0) cursor = at + raw.length;
    units.push({ at, start: doc.starts[i] ?? 0, plainLen: plain.length, map });
  });
  const placed: { from: number; to: number; text: string }[] = [];
  let skipped = 0;
  for (const full of edits) {
    if (doc.text.slice(full.start, full.end) !== full.original) {
      skipped++;
      continue;
    }
    const e = narrowEdit(full);
    const u = units.find((x) => e.start >= x.start && e.end <= x.start + x.plainLen);
    const from = u && u.at >= 0 ? u.map[e.start - u.start] : undefined;
    const lastChar = u && u.at >= 0 && e.end > e.start ? u.map[e.end - 1 - u.start] : undefined;
    const to = from === undefined ? undefined : e.end > e.start ? (lastChar ?? -1) + 1 : from;
    if (!u || from === undefined || to === undefined || to - from !== e.end - e.start) {
      skipped++;
      continue;
    }
    const at = u.at + from;
    if (source.slice(at, at + (to - from)) !== e.original) {
      skipped++;
      continue;
    }
    placed.push({ from: at, to: at + (to - from), text: e.replacement });
  }
  placed.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const p of placed) {
    if (p.from < at) {
      skipped++;
      continue;
    }
    out += source.slice(at, p.from) + p.text;
    at = p.to;
    applied++;
  }
  return { markdown: out + source.slice(at), applied, skipped };
}
