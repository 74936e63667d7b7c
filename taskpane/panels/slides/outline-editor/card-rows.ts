import { escapeLineStart } from '../../../../src/markdown/inline-text';
import type { Bullet } from '../../../../src/outline';

// A slide card's bullet boxes. The outline holds only bullets with text (an empty `- ` is not a list item
// when the Markdown is read back), so a box the user has just added or emptied lives here, beside the
// outline, until text is typed into it: the card shows the outline's bullets with that one box among them.

/** The one empty bullet box a card may show, at `index` among its rows. */
export interface EmptyRow {
  card: string;
  index: number;
  level: number;
}

/** The rows a card shows: the outline's bullets, and the empty box (text '') where it stands. */
export function cardRows(bullets: readonly Bullet[], empty: EmptyRow | null, card: string): Bullet[] {
  const rows = [...bullets];
  if (empty && empty.card === card) rows.splice(Math.min(empty.index, rows.length), 0, { text: '', level: empty.level });
  return rows;
}

/**
 * Rows after an edit → the bullets the outline gets (those with text), the empty box that stays (the row
 * `focus` if it is empty, else the first empty one; any other empty row goes) and where row `focus` is now.
 */
export function splitRows(rows: readonly Bullet[], card: string, focus = -1): { bullets: Bullet[]; empty: EmptyRow | null; focus: number } {
  const blank = (r: Bullet) => !r.text.trim();
  const keep = rows[focus] && blank(rows[focus]) ? focus : rows.findIndex(blank);
  const kept = rows.filter((r, i) => !blank(r) || i === keep);
  const at = keep < 0 ? -1 : kept.indexOf(rows[keep]!);
  return {
    bullets: kept.filter((r) => !blank(r)),
    empty: at < 0 ? null : { card, index: at, level: rows[keep]!.level },
    focus: focus < 0 ? -1 : rows.slice(0, focus).filter((r, i) => !blank(r) || i === keep).length,
  };
}

/** What was typed into a bullet box, as the outline holds it: a leading `1. `, `- `, `# ` stays text, not a new block. */
export function bulletText(typed: string): string {
  return escapeLineStart(typed.trim(), false);
}

/** What was typed into a title box, as the outline holds it. */
export function titleText(typed: string): string {
  return typed.trim();
}

/** Enter in row i with `typed` in it: the text before the caret stays, the text after it goes to a new row below (same level). */
export function splitAt(rows: readonly Bullet[], i: number, typed: string, caret: number): Bullet[] {
  const row = rows[i];
  if (!row) return [...rows];
  const next = [...rows];
  next.splice(i, 1, { text: bulletText(typed.slice(0, caret)), level: row.level }, { text: bulletText(typed.slice(caret)), level: row.level });
  return next;
}
