// HTML inside Markdown (README logos, Typora's zoomed pictures, <br> in table cells, <details>) is read,
// never kept: <img> becomes an image, <br> a line break, headings stay headings, and every other tag is
// dropped for its text. Script and style bodies and comments are dropped whole. Nothing is executed.

import type { Block, Inline } from './types';
import { unescapeAll } from './tokenizer';

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'html',
  'head',
  'picture',
  'video',
  'audio',
]);
const SKIP_BODY = new Set(['script', 'style', 'template', 'noscript', 'title']);
const MARK: Record<string, 'strong' | 'em' | 'del'> = { b: 'strong', strong: 'strong', i: 'em', em: 'em', s: 'del', del: 'del', strike: 'del' };

/** An attribute's value from a tag's attribute text (quoted or not), entities decoded. */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i').exec(attrs);
  if (!m) return undefined;
  return unescapeAll(m[1] ?? m[2] ?? m[3] ?? '').trim();
}

/** `<img …>` as an image inline, or null when it has no usable source. */
export function imageFromTag(attrs: string): Inline | null {
  const src = attr(attrs, 'src') ?? attr(attrs, 'data-src');
  if (!src) return null;
  return { type: 'image', src, alt: attr(attrs, 'alt') ?? attr(attrs, 'title') ?? '' };
}

export interface InlineHtmlState {
  /** Inside <script>/<style>: text tokens are dropped until the closing tag. */
  skipping: string | null;
}

/** One inline HTML token → what it means in the tree: an image, a break, a mark boundary, or nothing. */
export function readInlineTag(html: string, state: InlineHtmlState): Inline | { open: 'strong' | 'em' | 'del' } | { close: 'strong' | 'em' | 'del' } | null {
  const m = /^<(\/?)([a-zA-Z][\w:-]*)([\s\S]*?)\/?>$/.exec(html.trim());
  if (!m) return null;
  const name = m[2].toLowerCase();
  if (SKIP_BODY.has(name)) {
    state.skipping = m[1] ? null : name;
    return null;
  }
  if (name === 'br') return { type: 'break', soft: false };
  if (name === 'img' && !m[1]) return imageFromTag(m[3]);
  const mark = MARK[name];
  if (mark) return m[1] ? { close: mark } : { open: mark };
  return null;
}

/**
 * A raw HTML block → blocks: each <img> an image block, each <h1>…<h6> a heading, the text between
 * block-level tags paragraphs (lines kept as breaks).
 */
export function htmlBlockToBlocks(html: string): Block[] {
  const out: Block[] = [];
  let inlines: Inline[] = [];
  let heading = 0;
  let skipping: string | null = null;
  const flush = () => {
    const trimmed = trimInlines(inlines);
    if (trimmed.length) out.push(heading ? { type: 'heading', level: heading, children: trimmed } : { type: 'paragraph', children: trimmed });
    inlines = [];
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    const name = m[2]?.toLowerCase();
    if (skipping) {
      if (m[1] && name === skipping) skipping = null;
      continue;
    }
    if (m[4] !== undefined) {
      const text = unescapeAll(m[4]).replace(/[ \t\r\n]+/g, ' ');
      if (text) inlines.push({ type: 'text', text });
      continue;
    }
    if (!name) continue;
    if (SKIP_BODY.has(name)) {
      if (!m[1] && !m[3].trim().endsWith('/')) skipping = name;
      continue;
    }
    if (name === 'br') inlines.push({ type: 'break', soft: false });
    else if (name === 'img' && !m[1]) {
      const img = imageFromTag(m[3]);
      if (img && img.type === 'image') {
        flush();
        out.push({ type: 'image', src: img.src, alt: img.alt });
      }
    } else if (name === 'td' || name === 'th') {
      if (m[1]) inlines.push({ type: 'text', text: ' ' });
    } else if (BLOCK_TAGS.has(name)) {
      flush();
      heading = /^h[1-6]$/.test(name) && !m[1] ? Number(name[1]) : 0;
    }
  }
  flush();
  return out;
}

/** Drops leading/trailing spaces and breaks and merges neighbouring text. */
export function trimInlines(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of list) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + n.text };
    else out.push(n);
  }
  while (out.length && isBlank(out[0])) out.shift();
  while (out.length && isBlank(out[out.length - 1])) out.pop();
  if (out[0]?.type === 'text') out[0] = { type: 'text', text: out[0].text.trimStart() };
  const k = out.length - 1;
  if (out[k]?.type === 'text') out[k] = { type: 'text', text: (out[k] as { text: string }).text.trimEnd() };
  return out;
}

function isBlank(n: Inline): boolean {
  return n.type === 'break' || (n.type === 'text' && !n.text.trim());
}
