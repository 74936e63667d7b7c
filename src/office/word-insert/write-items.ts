// The layout's paragraphs, lists and tables queued one after another with Word's own structures, and
// sent in a few large batches: one context.sync() per CHUNK paragraphs, never one per paragraph.

import { paragraphCount, type ListKind, type WordItem } from '../../writing/word-layout';
import type { Cursor } from './anchor';
import { appendRuns, isPlain, toWordText } from './write-runs';
import { insertTableAfter, type PlacedTable } from './write-table';

/**
 * Paragraphs per batch. Office on the web sends each sync as one request; Microsoft documents a 5 MB
 * request cap for Excel on the web and none for Word, so a batch stays far below it (1,000 paragraphs
 * of ordinary prose are a few hundred KB of queued calls).
 */
export const CHUNK = 1000;

export interface Written {
  /** The whole first paragraph (or table) written and the last paragraph: the unit's bounds. */
  first: Word.Range;
  last: Word.Paragraph;
  tables: PlacedTable[];
}

const BULLETS = ['Solid', 'Hollow', 'Square'] as const;
const NUMBERS = ['Arabic', 'LowerLetter', 'LowerRoman'] as const;

/** Bullets or "1." / "a." / "i." per level, cycling as the .docx writer's numbering does. */
function styleLevels(list: Word.List, levels: readonly ListKind[]): void {
  levels.forEach((kind, level) => {
    if (kind === 'number') list.setLevelNumbering(level, NUMBERS[level % 3], [level, '.']);
    else list.setLevelBullet(level, BULLETS[level % 3]);
  });
}

function fill(p: Word.Paragraph, runs: Extract<WordItem, { kind: 'paragraph' }>['runs']): void {
  if (runs.length === 0) return;
  if (runs.length === 1 && isPlain(runs)) p.insertText(toWordText(runs[0].text), 'End');
  else appendRuns(p, runs);
}

/** Queues one item after `cursor`; returns the new cursor, the item's first range and its last paragraph. */
function writeItem(cursor: Cursor, item: WordItem, tables: PlacedTable[]): { cursor: Cursor; first: Word.Range; last: Word.Paragraph } {
  if (item.kind === 'paragraph') {
    const p = cursor.insertParagraph('', 'After');
    p.styleBuiltIn = item.style;
    fill(p, item.runs);
    return { cursor: p, first: p.getRange('Whole'), last: p };
  }
  if (item.kind === 'list') {
    const [head, ...rest] = item.items;
    const p0 = cursor.insertParagraph('', 'After');
    p0.styleBuiltIn = 'ListParagraph';
    const list = p0.startNewList();
    styleLevels(list, item.levels);
    if (head && head.level > 0) p0.listItem.level = head.level;
    fill(p0, head?.runs ?? []);
    let lastParagraph = p0;
    for (const it of rest) {
      const q = list.insertParagraph('', 'End');
      q.styleBuiltIn = 'ListParagraph';
      q.listItem.level = it.level;
      fill(q, it.runs);
      lastParagraph = q;
    }
    return { cursor: list, first: p0.getRange('Whole'), last: lastParagraph };
  }
  const placed = insertTableAfter(cursor, item);
  tables.push(placed);
  return { cursor: placed.after, first: placed.table.getRange('Whole'), last: placed.after };
}

/**
 * Queues every item after `start`, syncing after each CHUNK paragraphs except the last batch, which
 * the caller sends together with what finishes the insertion. `onWritten` learns the bounds so far, so
 * a failure half way can remove what went in.
 */
export async function writeItems(context: Word.RequestContext, start: Cursor, items: readonly WordItem[], onWritten: (w: Written) => void): Promise<Written> {
  const tables: PlacedTable[] = [];
  let cursor = start;
  let first: Word.Range | undefined;
  let last: Word.Paragraph | undefined;
  let queued = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const placed = writeItem(cursor, item, tables);
    cursor = placed.cursor;
    first ??= placed.first;
    last = placed.last;
    queued += paragraphCount(item);
    if (queued >= CHUNK && i < items.length - 1) {
      onWritten({ first, last, tables });
      await context.sync();
      queued = 0;
    }
  }
  if (!first || !last) throw new Error('nothing to write');
  const written = { first, last, tables };
  onWritten(written);
  return written;
}
