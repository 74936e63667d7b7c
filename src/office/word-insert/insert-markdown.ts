// The one Word writer: Markdown (minutes, drafts, rewrites, reports, Ask answers, the ribbon's last
// answer) → Word's own headings, lists, tables and character formatting, wrapped as one content
// control. Three context.sync() calls for a typical answer, one more per 1,000 paragraphs; the
// HTML import only where WordApi 1.3 is missing, with a notice saying what to check.

import { requirementMissing } from '../../writing/errors';
import { layoutToHtml } from '../../writing/word-layout-html';
import { wordLayoutFromMarkdown, type WordItem } from '../../writing/word-layout';
import { message, type Message } from '../../messages';
import { findAnchor, type InsertWhere } from './anchor';
import { newUnitTag, wrapAsUnit, type InsertUnit } from './unit';
import { writeItems, type Written } from './write-items';
import { replaceWithRuns } from './write-runs';
import { fitColumns } from './write-table';

export type IsSetSupported = (name: string, version: string) => boolean;

const officeIsSetSupported: IsSetSupported = (name, version) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);

export interface InsertReport {
  /** The content control's tag (dsplus:<kind>:<id>), or null when nothing was inserted or it could not be wrapped. */
  tag: string | null;
  /** 'native': Word's own paragraphs, lists and tables; 'html': Word's HTML import (no WordApi 1.3). */
  method: 'native' | 'html';
  notices: Message[];
}

export interface Inserted {
  report: InsertReport;
  /** Everything inserted, for callers that go on working on it in the same Word.run (footnotes). */
  range: Word.Range;
}

/** Inserts Markdown as one unit; see insertMarkdownIn. */
export async function insertMarkdownUnit(
  md: string,
  where: InsertWhere,
  unit: InsertUnit,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<InsertReport> {
  const items = wordLayoutFromMarkdown(md);
  if (items.length === 0) return { tag: null, method: 'native', notices: [] };
  return Word.run(async (context) => (await insertLayoutIn(context, items, where, unit, isSetSupported)).report);
}

/**
 * Inside a Word.run: 'afterSelection' and 'end' never touch existing text; 'replaceSelection' (only when
 * the user chose it) replaces in place when the result is one plain paragraph inside one paragraph,
 * otherwise inserts below and then deletes the selection. A failure removes what went in and rethrows.
 */
export async function insertMarkdownIn(
  context: Word.RequestContext,
  md: string,
  where: InsertWhere,
  unit: InsertUnit,
  isSetSupported: IsSetSupported = officeIsSetSupported,
): Promise<Inserted> {
  return insertLayoutIn(context, wordLayoutFromMarkdown(md), where, unit, isSetSupported);
}

async function insertLayoutIn(
  context: Word.RequestContext,
  items: readonly WordItem[],
  where: InsertWhere,
  unit: InsertUnit,
  isSetSupported: IsSetSupported,
): Promise<Inserted> {
  if (!isSetSupported('WordApi', '1.1')) throw requirementMissing('WordApi', '1.1');
  const tag = newUnitTag(unit.kind);
  if (!isSetSupported('WordApi', '1.3')) return insertHtmlFallback(context, items, where, unit, tag);
  const only = items.length === 1 ? items[0] : undefined;
  const inlineOk = only?.kind === 'paragraph' && only.style === 'Normal' && !only.role;
  const anchor = await findAnchor(context, where, inlineOk);
  if (anchor.kind === 'inline') {
    const range = replaceWithRuns(anchor.target, only?.kind === 'paragraph' ? only.runs : []);
    await context.sync();
    return finish(context, range, () => range.select('End'), unit, tag, 'native', []);
  }
  let bounds: Written | undefined;
  try {
    const written = await writeItems(context, anchor.cursor, items, (w) => (bounds = w));
    anchor.remove?.delete();
    await context.sync();
    for (const t of written.tables) fitColumns(t);
    // The cursor goes to the end of the last paragraph, inside the unit, so the next insertion finds
    // the unit and goes after it rather than after the user's next paragraph.
    return await finish(context, written.first.expandTo(written.last.getRange('Whole')), () => written.last.getRange('End').select(), unit, tag, 'native', []);
  } catch (e) {
    await removeWritten(context, bounds);
    throw e;
  }
}

/** Wraps the inserted range as the unit and puts the cursor at its end; without the wrap if Word refuses it. */
async function finish(
  context: Word.RequestContext,
  range: Word.Range,
  placeCursor: () => void,
  unit: InsertUnit,
  tag: string,
  method: InsertReport['method'],
  notices: Message[],
): Promise<Inserted> {
  try {
    wrapAsUnit(range, unit, tag);
    placeCursor();
    await context.sync();
    return { report: { tag, method, notices }, range };
  } catch {
    try {
      placeCursor();
      await context.sync();
    } catch {
      // Only the cursor: the text is in, and the notice says it is not one block.
    }
    return { report: { tag: null, method, notices: [...notices, message('word.insert.noUnit')] }, range };
  }
}

/** A failed insertion leaves the document as it was, as far as Word lets us reach what went in. */
async function removeWritten(context: Word.RequestContext, bounds: Written | undefined): Promise<void> {
  if (!bounds) return;
  try {
    bounds.first.expandTo(bounds.last.getRange('Whole')).delete();
    await context.sync();
  } catch {
    // The batch that failed may not have created `last`; what the earlier batches wrote stays then.
  }
}

/** Word without WordApi 1.3 (Word 2013, volume-licensed 2016): the HTML import, with a notice that lists and tables may be off. */
async function insertHtmlFallback(
  context: Word.RequestContext,
  items: readonly WordItem[],
  where: InsertWhere,
  unit: InsertUnit,
  tag: string,
): Promise<Inserted> {
  const html = layoutToHtml(items);
  const doc = context.document;
  let range: Word.Range;
  if (where === 'replaceSelection') range = doc.getSelection().insertHtml(html, 'Replace');
  else {
    const p = where === 'end' ? doc.body.insertParagraph('', 'End') : doc.getSelection().insertParagraph('', 'After');
    range = p.insertHtml(html, 'Start');
  }
  await context.sync();
  return finish(context, range, () => range.select('End'), unit, tag, 'html', [message('word.insert.htmlFallback', { set: 'WordApi 1.3' })]);
}
