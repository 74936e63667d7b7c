// The Markdown core: one tokenizer (markdown-it), one document tree, one model-output cleaner, one
// language detector. Features read the tree through their adapters (src/outline/from-markdown.ts,
// src/mindmap/from-markdown.ts, src/writing/from-markdown.ts).
export type { Align, Block, Inline, ListItem, MdDocument } from './types';
export { parseMarkdown } from './parse';
export { cleanModelOutput, findFencedBlock, stripThink, type CleanedOutput } from './clean-model-output';
export { detectLanguage, detectLocale, languageCounts, languageOf, localeOf, type Language } from './language';
export {
  escapeLineStart,
  inlineRuns,
  inlineToMarkdown,
  isCjk,
  joinLines,
  markdownPlainText,
  markdownRuns,
  parseInlineMarkdown,
  plainText,
  type BreakMode,
  type TextRun,
} from './inline-text';
export { markdownTooDeep } from './errors';
export { MAX_NESTING } from './tokenizer';
