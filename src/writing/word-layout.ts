// What a Markdown answer becomes in a Word document, decided once and host-free: paragraphs with a
// built-in style, lists with a type per level, tables with a header row and column shares, and runs of
// formatted text. The Word insertion (src/office/word-insert/) only carries this out; the .docx writer
// reads the same blocks (wordBlocksFromMarkdown), so both produce the same document tree.

import { markdownRuns, type TextRun } from '../markdown/inline-text';
import { columnShares } from './column-widths';
import { wordBlocksFromMarkdown } from './from-markdown';
import type { Block } from './word-blocks';

/** Built-in paragraph styles by their language-independent names (never "标题 1"). */
export type WordStyle = 'Normal' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Heading5' | 'Heading6' | 'Quote';

/** A piece of text with one format; `href` only for http(s) and mailto targets. */
export type WordRun = TextRun;

export type ListKind = 'bullet' | 'number';

export interface WordListItem {
  /** 0–8: Word lists have nine levels. */
  level: number;
  runs: WordRun[];
}

export type WordItem =
  /** `role`: a code block (one paragraph, monospace, line breaks kept) or a horizontal rule (an empty paragraph). */
  | { kind: 'paragraph'; style: WordStyle; runs: WordRun[]; role?: 'code' | 'rule' }
  /** `levels[n]`: bullets or numbers at level n (one numbering scheme per level, as Word keeps it). */
  | { kind: 'list'; levels: ListKind[]; items: WordListItem[] }
  /** `shares`: each column's part of the text column, summing to 1. */
  | { kind: 'table'; header: WordRun[][]; rows: WordRun[][][]; shares: number[] };

export const MAX_LIST_LEVEL = 8;

/** Code (inline and blocks), in the .docx and in Word. */
export const MONOSPACE_FONT = 'Consolas';

/** Only these link targets become hyperlinks; anything else (javascript:, file:, relative) stays text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** The link target a document may carry, or undefined (the text stays, unlinked). */
export function safeLink(href: string | undefined): string | undefined {
  const h = href?.trim();
  return h && SAFE_LINK.test(h) ? h : undefined;
}

function runs(text: string): WordRun[] {
  return markdownRuns(text, 'newline').map(({ href, ...r }) => {
    const link = safeLink(href);
    return link ? { ...r, href: link } : r;
  });
}

const plain = (rs: readonly WordRun[]) => rs.map((r) => r.text).join('');

function headingStyle(level: number): WordStyle {
  return `Heading${Math.min(Math.max(level, 1), 6)}` as WordStyle;
}

function toItem(b: Block): WordItem {
  switch (b.type) {
    case 'heading':
      return { kind: 'paragraph', style: headingStyle(b.level), runs: runs(b.text) };
    case 'paragraph':
      return { kind: 'paragraph', style: 'Normal', runs: runs(b.text) };
    case 'quote':
      return { kind: 'paragraph', style: 'Quote', runs: runs(b.text) };
    case 'code':
      return { kind: 'paragraph', style: 'Normal', runs: b.text ? [{ text: b.text, code: true }] : [], role: 'code' };
    case 'rule':
      return { kind: 'paragraph', style: 'Normal', runs: [], role: 'rule' };
    case 'list': {
      const levels: ListKind[] = [];
      const items = b.items.map((it) => {
        const level = Math.min(it.level, MAX_LIST_LEVEL);
        levels[level] ??= it.ordered ? 'number' : 'bullet';
        return { level, runs: runs(it.text) };
      });
      for (let i = 0; i < levels.length; i++) levels[i] ??= 'bullet';
      return { kind: 'list', levels, items };
    }
    case 'table': {
      const columns = Math.max(1, b.header.length);
      const fit = (row: string[]) => Array.from({ length: columns }, (_, c) => runs(row[c] ?? ''));
      const header = fit(b.header);
      const rows = b.rows.map(fit);
      return {
        kind: 'table',
        header,
        rows,
        shares: columnShares(
          [header, ...rows].map((r) => r.map(plain)),
          columns,
        ),
      };
    }
  }
}

/** Word blocks (from the one Markdown core) → what goes into the document. */
export function layoutWordBlocks(blocks: readonly Block[]): WordItem[] {
  return blocks.map(toItem);
}

/** Markdown (already cleaned of model chatter) → what goes into the document. */
export function wordLayoutFromMarkdown(markdown: string): WordItem[] {
  return layoutWordBlocks(wordBlocksFromMarkdown(markdown));
}

/** How many Word paragraphs an item makes (a table: one per cell, plus the paragraph after it). */
export function paragraphCount(item: WordItem): number {
  if (item.kind === 'paragraph') return 1;
  if (item.kind === 'list') return item.items.length;
  return (item.rows.length + 1) * item.header.length + 1;
}

export function runsText(rs: readonly WordRun[]): string {
  return plain(rs);
}
