// One inserted block = one content control: a tag the add-in can find again (dsplus:<kind>:<id>) and a
// title the user sees on its frame, so the block can be selected or deleted in one go, and the agent's
// undo (#16) can remove exactly what a run inserted.

export type UnitKind = 'minutes' | 'draft' | 'rewrite' | 'answer' | 'report' | 'agent';

export interface InsertUnit {
  kind: UnitKind;
  /** Shown on the content control's frame, in the user's language (the caller translates). */
  title: string;
}

export const UNIT_TAG_PREFIX = 'dsplus:';

/** A tag no other insertion has: time in base 36 plus four random characters. */
export function newUnitTag(kind: UnitKind, now = Date.now(), random = Math.random): string {
  const id =
    now.toString(36) +
    Math.floor(random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0');
  return `${UNIT_TAG_PREFIX}${kind}:${id}`;
}

/** The kind a tag names, or null for a content control that is not ours. */
export function unitKindOf(tag: string | null | undefined): UnitKind | null {
  const m = /^dsplus:(minutes|draft|rewrite|answer|report|agent):[0-9a-z]+$/.exec(tag ?? '');
  return m ? (m[1] as UnitKind) : null;
}

/** Wraps a range (whole paragraphs, or a run of text inside one) as the unit's content control. */
export function wrapAsUnit(range: Word.Range, unit: InsertUnit, tag: string): Word.ContentControl {
  const cc = range.insertContentControl();
  cc.tag = tag;
  cc.title = unit.title;
  cc.appearance = 'BoundingBox';
  return cc;
}

export interface InsertedUnit {
  tag: string;
  kind: UnitKind;
  title: string;
  text: string;
}

/** Every block the add-in inserted that is still in the document, in document order. One sync. */
export async function listInsertedUnits(): Promise<InsertedUnit[]> {
  return Word.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load('items/tag,items/title,items/text');
    await context.sync();
    return all.items.flatMap((cc) => {
      const kind = unitKindOf(cc.tag);
      return kind ? [{ tag: cc.tag, kind, title: cc.title, text: cc.text }] : [];
    });
  });
}

/**
 * Removes an inserted block, content and all. Returns false when no block has that tag any more (the
 * user deleted it already). Only content controls carrying one of our tags are ever touched.
 */
export async function removeInsertedUnit(tag: string): Promise<boolean> {
  if (!unitKindOf(tag)) return false;
  return Word.run(async (context) => {
    const found = context.document.body.contentControls.getByTag(tag);
    found.load('items');
    await context.sync();
    for (const cc of found.items) cc.delete(false);
    await context.sync();
    return found.items.length > 0;
  });
}

/** Selects an inserted block (so the user sees it, or deletes it with one key). */
export async function selectInsertedUnit(tag: string): Promise<boolean> {
  if (!unitKindOf(tag)) return false;
  return Word.run(async (context) => {
    const cc = context.document.body.contentControls.getByTag(tag).getFirstOrNullObject();
    cc.load('tag');
    await context.sync();
    if (cc.isNullObject) return false;
    cc.select('Select');
    await context.sync();
    return true;
  });
}
