// Words at the start of a line that change what the line is: a speaker-notes label (`Notes:`, `备注：`)
// and the slide numbering models put in headings (`Slide 3:`, `第3页：`). Read on the inline tree, so a
// bold label (`**备注：**`) counts the same as a plain one.

import { plainText } from './inline-text';
import type { Inline } from './types';

export const NOTES_LABEL = /^(?:notes|speaker notes|备注|讲稿|演讲者备注|演讲备注)\s*[:：]\s*/i;
/** Cheap first-character checks, so ordinary lines skip the full label tests. */
const MAY_BE_SLIDE = /^\s*(?:s|幻|第)/i;
const MAY_BE_NOTES = /^\s*(?:n|s|备|讲|演)/i;
const SLIDE_PREFIX = /^(?:slide\s*\d+\s*[:：.\-–—]\s*|幻灯片\s*\d+\s*[:：.\-–—]\s*|第\s*\d+\s*[页张]\s*[:：.\-–—]?\s*)/i;

/** Removes the first `count` characters of text from the start of `nodes`, descending into marks. */
function dropChars(nodes: readonly Inline[], count: number): Inline[] {
  const out: Inline[] = [];
  let left = count;
  for (const n of nodes) {
    if (left <= 0) {
      out.push(n);
      continue;
    }
    if (n.type === 'text' || n.type === 'code') {
      if (n.text.length <= left) left -= n.text.length;
      else {
        out.push({ ...n, text: n.text.slice(left) });
        left = 0;
      }
    } else if (n.type === 'image') {
      left -= n.alt.length;
    } else if (n.type === 'break') {
      left -= 1;
    } else {
      const len = plainText(n.children).length;
      if (len <= left) left -= len;
      else {
        out.push({ ...n, children: dropChars(n.children, left) });
        left = 0;
      }
    }
  }
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', text: first.text.replace(/^\s+/, '') };
  return out.filter((n) => !(n.type === 'text' && !n.text));
}

/** `nodes` without a leading match of `re` (tested on the text of the first line), or null when it does not match. */
export function stripLeading(nodes: readonly Inline[], re: RegExp): Inline[] | null {
  const cut = nodes.findIndex((n) => n.type === 'break');
  const m = re.exec(plainText(cut < 0 ? nodes : nodes.slice(0, cut)));
  return m ? dropChars(nodes, m[0].length) : null;
}

/** A heading as its reader means it: `**Title**` unwrapped, `Slide 3:` / `第3页：` dropped. */
export function cleanHeading(children: Inline[]): Inline[] {
  let c = children;
  if (c.length === 1 && c[0].type === 'strong') c = c[0].children;
  if (c[0]?.type === 'text' && !MAY_BE_SLIDE.test(c[0].text)) return c;
  const stripped = stripLeading(c, SLIDE_PREFIX);
  return stripped && stripped.length ? stripped : c;
}

/** Splits a paragraph at its first line that starts with a notes label: the text before, and the notes. */
export function splitNotes(children: Inline[]): { before: Inline[]; notes: Inline[] | null; label: string } {
  let start = 0;
  while (start <= children.length) {
    let end = start;
    while (end < children.length && children[end].type !== 'break') end++;
    const first = children[start];
    if (first?.type === 'text' && !MAY_BE_NOTES.test(first.text)) {
      start = end + 1;
      continue;
    }
    const m = NOTES_LABEL.exec(plainText(children.slice(start, end)));
    if (m) return { before: children.slice(0, Math.max(0, start - 1)), notes: stripLeading(children.slice(start), NOTES_LABEL), label: m[0].trim() };
    start = end + 1;
  }
  return { before: children, notes: null, label: '' };
}
