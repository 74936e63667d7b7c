// The block list every Word-side writer reads (.docx, Word's native insertion and its HTML fallback,
// tracked changes, the pane's preview, proofreading offsets). Made from the Markdown core's tree by
// toWordBlocks (from-markdown.ts). Text fields hold inline Markdown with line breaks as '\n'; read them
// with markdownRuns(text, 'newline') / markdownPlainText(text, 'newline') from src/markdown.

export interface ListItem {
  level: number;
  ordered: boolean;
  text: string;
}

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: ListItem[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'rule' };

/**
 * The text units of a Markdown document in the order the .docx writer renders them; the proofreader
 * offsets its edits into exactly these strings.
 */
export function blockSegments(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'quote' || b.type === 'code') out.push(b.text);
    else if (b.type === 'list') for (const it of b.items) out.push(it.text);
    else if (b.type === 'table') for (const row of [b.header, ...b.rows]) out.push(...row);
  }
  return out;
}
