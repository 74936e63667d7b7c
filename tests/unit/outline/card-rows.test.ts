import { describe, expect, it } from 'vitest';
import { editMarkdown, outlineEntries, outlineFromMarkdown, setBullets } from '../../../src/outline';
import { bulletText, cardRows, splitAt, splitRows, titleText } from '../../../taskpane/panels/slides/outline-editor/card-rows';

// The slide card's bullet boxes over the outline: an empty box (just added, or emptied) is shown among the
// outline's bullets but never written into the Markdown, which could not hold it.

const MD = '# Plan\n\n## Launch\n- Beta in May\n    - Invite list\n- Press kit\n';
const bulletsOf = (md: string) => outlineEntries(outlineFromMarkdown(md).value)[0]!.bullets;

/** What the card does with new rows: the outline gets the bullets with text, the card keeps the empty box. */
function commit(md: string, rows: Parameters<typeof splitRows>[0], focus = -1) {
  const r = splitRows(rows, '0', focus);
  return { md: editMarkdown(md, (o) => setBullets(o, [0], r.bullets)), empty: r.empty, focus: r.focus };
}

describe('slide card rows', () => {
  it('Enter at the end of a bullet shows an empty box below it, and the Markdown does not change until text is typed', () => {
    const rows = bulletsOf(MD);
    const enter = commit(MD, splitAt(rows, 0, 'Beta in May', 'Beta in May'.length), 1);
    expect(enter.md).toBe(editMarkdown(MD, (o) => o));
    expect(enter.empty).toEqual({ card: '0', index: 1, level: 0 });
    expect(cardRows(bulletsOf(enter.md), enter.empty, '0').map((r) => r.text)).toEqual(['Beta in May', '', 'Invite list', 'Press kit']);
    // Another card's empty box is not this card's.
    expect(cardRows(bulletsOf(enter.md), enter.empty, '1')).toHaveLength(3);

    const shown = cardRows(bulletsOf(enter.md), enter.empty, '0');
    const typed = commit(
      enter.md,
      shown.map((r, i) => (i === 1 ? { ...r, text: bulletText('Budget') } : r)),
      1,
    );
    expect(typed.md).toContain('- Beta in May\n- Budget\n    - Invite list\n- Press kit');
    expect(typed.empty).toBeNull();
  });

  it('Enter in the middle of a bullet splits it; the text after the caret becomes the next bullet', () => {
    const r = commit(MD, splitAt(bulletsOf(MD), 2, 'Press kit', 5), 3);
    expect(r.md).toContain('- Press\n- kit\n');
    expect(r.focus).toBe(3);
  });

  it('a bullet emptied by the user stays as an empty box in its place, at its level; the Markdown loses only that line', () => {
    const rows = bulletsOf(MD).map((b, i) => (i === 1 ? { ...b, text: bulletText('   ') } : b));
    const r = commit(MD, rows, 1);
    expect(r.md).not.toContain('Invite list');
    expect(r.md).toContain('- Beta in May\n- Press kit');
    expect(r.empty).toEqual({ card: '0', index: 1, level: 1 });
    expect(cardRows(bulletsOf(r.md), r.empty, '0')).toEqual([
      { text: 'Beta in May', level: 0 },
      { text: '', level: 1 },
      { text: 'Press kit', level: 0 },
    ]);
  });

  it('keeps one empty box: the one being typed in, and says where the focused row went when another empty one goes', () => {
    const rows = [
      { text: '', level: 0 },
      { text: 'a', level: 0 },
      { text: '', level: 0 },
    ];
    const r = splitRows(rows, '0', 2);
    expect(r.bullets).toEqual([{ text: 'a', level: 0 }]);
    expect(r.empty).toEqual({ card: '0', index: 1, level: 0 });
    expect(r.focus).toBe(1);
    expect(splitRows(rows, '0').empty).toEqual({ card: '0', index: 0, level: 0 });
  });

  it('typed text stays text: a leading list or heading marker in a bullet, a closing hash in a title', () => {
    const md = editMarkdown(MD, (o) =>
      setBullets(
        o,
        [0],
        [
          { text: bulletText('1. First'), level: 0 },
          { text: bulletText('# not a heading'), level: 0 },
        ],
      ),
    );
    expect(bulletsOf(md).map((b) => b.text)).toEqual(['1\\. First', '\\# not a heading']);
    expect(outlineEntries(outlineFromMarkdown(md).value)).toHaveLength(1);
    const titled = editMarkdown(MD, (o) => ({ ...o, root: { ...o.root, title: titleText('Learn C #') } }));
    expect(titled).toMatch(/^# Learn C \\#\n/);
    expect(outlineFromMarkdown(titled).value.root.title).toBe('Learn C #');
    expect(titleText('  Plan  ')).toBe('Plan');
  });
});
