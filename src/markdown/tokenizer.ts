import MarkdownIt, { type Options, type Token } from 'markdown-it';

export type { Token };

/**
 * Deepest nesting of lists and quotes the tree accepts. Real documents stay under ten; a deeper one is a
 * generated or hostile file, refused with a sentence rather than cut silently or overflowing the stack.
 */
export const MAX_NESTING = 64;

let md: MarkdownIt | null = null;

/**
 * One markdown-it configuration for every reader: CommonMark plus GFM tables and strikethrough, HTML
 * tokenized (so it can be read, never kept), no linkify or typographer (text stays as typed), and no
 * indented code blocks: people indent paragraphs (Chinese text with two U+3000) and nested bullets far
 * more often than they mean four-space code. markdown-it's own `maxNesting` silently drops everything
 * past its limit, so it is set above what MAX_NESTING lets through and the tree builder refuses first.
 */
export function tokenizer(): MarkdownIt {
  if (!md) {
    // `maxNesting` is a real option that the type package leaves out.
    const options = { html: true, linkify: false, typographer: false, breaks: false, maxNesting: MAX_NESTING * 3 + 16 };
    md = new MarkdownIt('default', options as Options);
    md.disable('code');
  }
  return md;
}

export function tokenize(text: string): Token[] {
  return tokenizer().parse(text, {});
}

/** Backslash escapes and every HTML5 entity decoded, as markdown-it does for text. */
export function unescapeAll(s: string): string {
  return tokenizer().utils.unescapeAll(s);
}
