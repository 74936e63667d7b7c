import { buildBlocks } from './build-blocks';
import { isFailure } from '../errors';
import { splitFrontMatter } from './front-matter';
import { normalizeSource } from './normalize-source';
import { tokenize } from './tokenizer';
import type { MdDocument } from './types';

/**
 * Markdown (a user's file, a pasted note, a cleaned model answer) → the document tree. Never fails on
 * odd input; throws `markdown.error.tooDeep` for nesting past MAX_NESTING. Size is the caller's limit.
 */
export function parseMarkdown(markdown: string): MdDocument {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { body, title } = splitFrontMatter(text);
  const blocks = buildBlocks({ tokens: tokenize(normalizeSource(body)), i: 0 }, null, 0);
  return title ? { title, blocks } : { blocks };
}

/** parseMarkdown, refusing nesting past the core's limit with the feature's own error (a map says "map"). */
export function parseMarkdownOr(markdown: string, tooDeep: () => Error): MdDocument {
  try {
    return parseMarkdown(markdown);
  } catch (e) {
    if (isFailure(e, 'markdown.error.tooDeep')) throw tooDeep();
    throw e;
  }
}
