// Inline nodes as renderers want them: plain text (titles, search, proofreading offsets), formatted runs
// (slides, Word), or inline Markdown again (the Outline and Word block strings, which the editor shows).

import { buildInlines } from './build-inlines';
import { tokenizer } from './tokenizer';
import type { Inline } from './types';

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Joins two wrapped lines: no space between two CJK characters, one space otherwise. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isCjk(a[a.length - 1]) && isCjk(b[0]) ? a + b : `${a} ${b}`;
}

/** `join`: a line break reads as a space (none between CJK characters); `newline`: it stays a line break. */
export type BreakMode = 'join' | 'newline';

/** A noncharacter: never in interchanged text, so it can stand for a line break while text is joined. */
const SOFT = '\uFDD0';

function resolveBreaks(s: string, mode: BreakMode): string {
  if (!s.includes(SOFT)) return s;
  // Split, then trim each side of a break (a regex around the break would rescan long runs of spaces).
  const parts = s.split(SOFT).map((p, i, all) => {
    let t = i > 0 ? p.replace(/^[ \t]+/, '') : p;
    if (i < all.length - 1) t = trimEndSpaces(t);
    return t;
  });
  return mode === 'newline' ? parts.join('\n') : parts.reduce((acc, part) => joinLines(acc, part));
}

function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(0, end);
}

/** The text a reader sees: marks dropped, code and link text kept, an image as its alt text. */
export function plainText(nodes: readonly Inline[], breaks: BreakMode = 'join'): string {
  if (nodes.length === 1 && nodes[0].type === 'text') return nodes[0].text;
  return resolveBreaks(collectText(nodes, ''), breaks);
}

function collectText(nodes: readonly Inline[], acc: string): string {
  let s = acc;
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'code') s += n.text;
    else if (n.type === 'image') s += n.alt;
    else if (n.type === 'break') s += SOFT;
    else s = collectText(n.children, s);
  }
  return s;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

/** Inline nodes → formatted runs, neighbours with the same format merged; an image is its alt text. */
export function inlineRuns(nodes: readonly Inline[], breaks: BreakMode = 'join', base: Omit<TextRun, 'text'> = {}): TextRun[] {
  const runs: TextRun[] = [];
  const add = (text: string, fmt: Omit<TextRun, 'text'>) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && sameFormat(last, fmt)) last.text += text;
    else runs.push({ ...fmt, text });
  };
  const walk = (list: readonly Inline[], fmt: Omit<TextRun, 'text'>) => {
    for (const n of list) {
      if (n.type === 'text') add(n.text, fmt);
      else if (n.type === 'code') add(n.text, { ...fmt, code: true });
      else if (n.type === 'image') add(n.alt, fmt);
      else if (n.type === 'break') add(SOFT, fmt);
      else if (n.type === 'strong') walk(n.children, { ...fmt, bold: true });
      else if (n.type === 'em') walk(n.children, { ...fmt, italic: true });
      else if (n.type === 'del') walk(n.children, { ...fmt, strike: true });
      else walk(n.children, { ...fmt, href: n.href });
    }
  };
  walk(nodes, base);
  // Breaks are resolved across run boundaries so a CJK join sees both neighbours.
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (!r.text.includes(SOFT)) continue;
    if (breaks === 'newline') r.text = resolveBreaks(r.text, 'newline');
    else {
      const prev = r.text.startsWith(SOFT) ? (runs[i - 1]?.text.slice(-1) ?? '') : '';
      const next = r.text.endsWith(SOFT) ? (runs[i + 1]?.text[0] ?? '') : '';
      r.text = resolveBreaks(prev + r.text + next, 'join').slice(prev.length, next ? -next.length : undefined);
    }
  }
  return runs.filter((r) => r.text.length > 0);
}

function sameFormat(a: Omit<TextRun, 'text'>, b: Omit<TextRun, 'text'>): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.strike === !!b.strike && !!a.code === !!b.code && a.href === b.href;
}

/** Inline Markdown (one paragraph's worth, line breaks allowed) → inline nodes, with the core's HTML handling. */
export function parseInlineMarkdown(text: string): Inline[] {
  const tokens = tokenizer().parseInline(text, {});
  return buildInlines(tokens[0]?.children ?? null);
}

/**
 * An inline Markdown string (an Outline title or bullet, a Word block's text) → formatted runs: slides join
 * soft line breaks ('join'); Word and .docx keep them ('newline').
 */
export function markdownRuns(text: string, breaks: BreakMode = 'join', base: Omit<TextRun, 'text'> = {}): TextRun[] {
  return inlineRuns(parseInlineMarkdown(text), breaks, base);
}

/** An inline Markdown string → the text a reader sees, without its markup (titles, search, language detection). */
export function markdownPlainText(text: string, breaks: BreakMode = 'join'): string {
  return plainText(parseInlineMarkdown(text), breaks);
}

const SPECIAL = /[\\`*_~[\]<>!&]/;

/**
 * Inline nodes → inline Markdown that parses back to the same nodes. Text is written as typed when that
 * already reads back the same (so `snake_case` and `2 * 3` stay readable in the editor); only when it
 * would not are Markdown's punctuation characters escaped.
 */
export function inlineToMarkdown(nodes: readonly Inline[], breaks: BreakMode = 'join'): string {
  const plain = write(nodes, false, breaks);
  if (!needsCheck(nodes)) return plain;
  if (fingerprint(parseInlineMarkdown(plain), breaks) === fingerprint(nodes, breaks)) return plain;
  return write(nodes, true, breaks);
}

function needsCheck(nodes: readonly Inline[]): boolean {
  return nodes.some((n) => (n.type === 'text' ? SPECIAL.test(n.text) : 'children' in n ? needsCheck(n.children) : n.type === 'image'));
}

/** What must survive writing: the formatted text and every picture's source. */
function fingerprint(nodes: readonly Inline[], breaks: BreakMode): string {
  const images: string[] = [];
  const walk = (list: readonly Inline[]) => {
    for (const n of list) {
      if (n.type === 'image') images.push(n.src);
      else if ('children' in n) walk(n.children);
    }
  };
  walk(nodes);
  return JSON.stringify([inlineRuns(nodes, breaks), images]);
}

function write(nodes: readonly Inline[], escape: boolean, breaks: BreakMode): string {
  let s = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        s += escape ? n.text.replace(/[\\`*_~[\]<>!]|&(?=#?\w+;)/g, '\\$&') : n.text;
        break;
      case 'code': {
        const ticks = '`'.repeat(Math.max(0, ...(n.text.match(/`+/g) ?? []).map((m) => m.length)) + 1);
        const pad = n.text.startsWith('`') || n.text.endsWith('`') ? ' ' : '';
        s += `${ticks}${pad}${n.text}${pad}${ticks}`;
        break;
      }
      case 'break':
        s += SOFT;
        break;
      case 'image':
        s += `![${n.alt.replace(/[[\]\\]/g, '\\$&')}](${target(n.src)})`;
        break;
      case 'link':
        s += `[${write(n.children, escape, breaks)}](${target(n.href)})`;
        break;
      case 'strong':
        s += `**${write(n.children, escape, breaks)}**`;
        break;
      case 'em':
        s += `*${write(n.children, escape, breaks)}*`;
        break;
      case 'del':
        s += `~~${write(n.children, escape, breaks)}~~`;
        break;
    }
  }
  return resolveBreaks(s, breaks);
}

const COMMONMARK_START = /^(?:(\d{1,9})([.)])(?=\s|$)|([-+*])(?=\s|$)|(#{1,6})(?=\s|$)|([>=]|`{3,}|~{3,}))/;
const TOLERANT_START =
  /^(?:[0-9０-９]{1,3}[、．）]|[0-9]{1,3}[.)](?=[^\p{ASCII}])|[（][0-9０-９]{1,3}[)）]|[•·●▪◦‣－＊＋＃\u2460-\u2473]|#(?=[^\s#\p{ASCII}]))/u;
const RULE_LINE = /^([-*_])(\s*\1){2,}\s*$/;

/**
 * Inline Markdown that will stand at the start of a line (a paragraph, a bullet's text, a quote) with
 * the block marker it would open escaped: `1. x` → `1\. x`, `- x` → `\- x`. `tolerant` also escapes
 * the markers only this core reads (`1、`, `•`, `①`, `＃`…) with a backslash, which normalizeSource
 * removes again; use it for lines that start at the left margin (paragraphs).
 */
export function escapeLineStart(md: string, tolerant: boolean): string {
  if (RULE_LINE.test(md)) return `\\${md}`;
  const m = COMMONMARK_START.exec(md);
  if (m) {
    if (m[1] !== undefined) return `${m[1]}\\${md.slice(m[1].length)}`;
    return `\\${md}`;
  }
  return tolerant && TOLERANT_START.test(md) ? `\\${md}` : md;
}

function target(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}
