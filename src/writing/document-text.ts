import { markdownPlainText } from '../markdown/inline-text';
import { wordBlocksFromMarkdown } from './from-markdown';
import { blockSegments } from './word-blocks';

/**
 * The plain text a file is proofread as: every text unit (heading, paragraph, list item, table cell) without
 * Markdown markers, one per line. `starts[i]` is where unit i begins, so edits map back onto the units.
 */
export function documentText(markdown: string): { text: string; starts: number[]; segments: string[] } {
  const segments = blockSegments(wordBlocksFromMarkdown(markdown));
  const starts: number[] = [];
  let at = 0;
  const plain = segments.map((s) => {
    const p = markdownPlainText(s, 'newline');
    starts.push(at);
    at += p.length + 1;
    return p;
  });
  return { text: plain.join('\n'), starts, segments };
}
