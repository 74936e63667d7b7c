// Where an insertion goes, found with one sync before anything is written. "After the selection" means
// after the paragraph the selection ends in — or after the table, list or earlier inserted block that
// paragraph belongs to, so new text never lands inside a table cell, never joins the user's list and
// never nests inside a block we inserted before.

import { UNIT_TAG_PREFIX } from './unit';

export type InsertWhere = 'afterSelection' | 'end' | 'replaceSelection';

/** Anything new content can be inserted after with insertParagraph(text, 'After'). */
export type Cursor = Word.Paragraph | Word.List | Word.Table | Word.ContentControl;

export type Anchor =
  /** Blocks go after `cursor`; `remove` (Replace) is deleted once they are in. */
  | { kind: 'after'; cursor: Cursor; remove?: Word.Range }
  /** Replace inside one paragraph: the runs take the place of `target`'s text. */
  | { kind: 'inline'; target: Word.Range };

const text = (s: string) => s.replace(/\r$/, '');

/**
 * `inlineOk`: the content is a single plain paragraph, so replacing a selection inside one paragraph can
 * put it in place instead of below.
 */
export async function findAnchor(context: Word.RequestContext, where: InsertWhere, inlineOk: boolean): Promise<Anchor> {
  const doc = context.document;
  const selection = doc.getSelection();
  const last = where === 'end' ? doc.body.paragraphs.getLast() : selection.paragraphs.getLast();
  last.load('isListItem,tableNestingLevel');
  const owner = last.parentContentControlOrNullObject;
  owner.load('tag');
  const table = last.parentTableOrNullObject;
  table.load('nestingLevel');
  const list = last.listOrNullObject;
  list.load('id');
  const selected = where === 'replaceSelection' ? selection.paragraphs : null;
  if (selected) {
    selection.load('text');
    selected.load('items/text');
  }
  await context.sync();

  const cursor: Cursor = !owner.isNullObject && owner.tag.startsWith(UNIT_TAG_PREFIX) ? owner : !table.isNullObject ? table : !list.isNullObject ? list : last;
  if (!selected || !selection.text.trim()) return { kind: 'after', cursor };

  const paragraphs = selected.items;
  const whole = text(selection.text) === paragraphs.map((p) => text(p.text)).join('\r');
  const first = paragraphs[0];
  if (inlineOk && paragraphs.length === 1 && first) return { kind: 'inline', target: whole ? first.getRange('Content') : selection };
  const end = paragraphs[paragraphs.length - 1];
  const remove = whole && first && end ? first.getRange('Whole').expandTo(end.getRange('Whole')) : selection;
  return { kind: 'after', cursor, remove };
}
