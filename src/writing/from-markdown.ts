// The Markdown core's document tree → the Block list every Word-side writer reads (word-blocks.ts). Text
// fields hold inline Markdown with line breaks as '\n' (a soft break in Markdown stays a line break in Word).

import { parseMarkdown } from '../markdown/parse';
import { inlineToMarkdown, joinLines } from '../markdown/inline-text';
import { namePictures, pictureLabel } from '../markdown/picture-label';
import type { Block as MdBlock, Inline, ListItem as MdListItem, MdDocument } from '../markdown/types';
import type { Block, ListItem } from './word-blocks';

// A picture inside a line reads as its alt text in Word, or its file name when it has none (never nothing).
const md = (children: Inline[]) => inlineToMarkdown(namePictures(children), 'newline');

/** Markdown (already cleaned of model chatter when it came from a model) → Word blocks. */
export function wordBlocksFromMarkdown(markdown: string): Block[] {
  return toWordBlocks(parseMarkdown(markdown));
}

export function toWordBlocks(doc: MdDocument): Block[] {
  const out: Block[] = [];
  for (const b of doc.blocks) out.push(...toBlocks(b));
  return out;
}

function toBlocks(b: MdBlock): Block[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'heading', level: b.level, text: md(b.children) }];
    case 'paragraph':
      return [{ type: 'paragraph', text: md(b.children) }];
    case 'notes':
      // In a document a notes label is ordinary text: "备注：…" stays as written.
      return [{ type: 'paragraph', text: notesText(b) }];
    case 'image':
      // Word gets the picture's words (alt text, else its file name): a picture without alt is never an empty line.
      return [{ type: 'paragraph', text: inlineToMarkdown([{ type: 'image', src: b.src, alt: pictureLabel(b.src, b.alt) }]) }];
    case 'code':
      return [{ type: 'code', text: b.text }];
    case 'quote':
      return [{ type: 'quote', text: quoteText(b.children) }];
    case 'rule':
      return [{ type: 'rule' }];
    case 'table':
      return [{ type: 'table', header: b.header.map(md), rows: b.rows.map((r) => r.map(md)) }];
    case 'list':
      return listBlocks(b.items, b.ordered);
  }
}

function notesText(b: Extract<MdBlock, { type: 'notes' }>): string {
  const body = md(b.children);
  return body ? `${b.label}${/[:]$/.test(b.label) ? ' ' : ''}${body}` : b.label;
}

/**
 * A list as Word numbers it: items flattened with their level. A code block, table or quote inside an
 * item ends the list there and follows in reading order; the rest of the list continues after it.
 */
function listBlocks(items: MdListItem[], ordered: boolean): Block[] {
  const out: Block[] = [];
  let current: ListItem[] = [];
  const flush = () => {
    if (current.length) out.push({ type: 'list', items: current });
    current = [];
  };
  const walk = (list: MdListItem[], isOrdered: boolean, level: number) => {
    for (const it of list) {
      let text = md(it.content);
      const item: ListItem = { level, ordered: isOrdered, text };
      current.push(item);
      for (const b of it.blocks) {
        if (b.type === 'list') walk(b.items, b.ordered, level + 1);
        else if (b.type === 'paragraph' || b.type === 'heading') text = item.text = text ? `${text}\n${md(b.children)}` : md(b.children);
        else if (b.type === 'notes') text = item.text = text ? `${text}\n${notesText(b)}` : notesText(b);
        else if (b.type !== 'rule') {
          flush();
          out.push(...toBlocks(b));
        }
      }
    }
  };
  walk(items, ordered, 0);
  flush();
  return out;
}

function quoteText(blocks: MdBlock[]): string {
  let text = '';
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') text = joinLines(text, plainJoin(b.children));
    else if (b.type === 'notes') text = joinLines(text, notesText(b));
    else if (b.type === 'quote') text = joinLines(text, quoteText(b.children));
    else if (b.type === 'list') for (const it of b.items) text = joinLines(text, quoteText([{ type: 'paragraph', children: it.content }, ...it.blocks]));
    else if (b.type === 'code') text = joinLines(text, b.text);
  }
  return text;
}

/** A quote is one Word paragraph: its lines are joined. */
function plainJoin(children: Inline[]): string {
  return inlineToMarkdown(children, 'join');
}
