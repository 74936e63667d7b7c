import { Button, Text } from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowDown20Regular,
  ArrowUp20Regular,
  Delete20Regular,
  Dismiss20Regular,
  TextIndentDecrease20Regular,
  TextIndentIncrease20Regular,
} from '@fluentui/react-icons';
import type { KeyboardEvent } from 'react';
import { useApp } from '../../../app/AppContext';
import { shiftBullet, type Bullet, type OutlineEntry } from '../../../../src/outline';
import { bulletText, splitAt } from './card-rows';
import { DraftInput } from './DraftInput';
import { DraftLines } from './DraftLines';
import { KeptLine } from './KeptLine';
import { useOutlineEditorStyles } from './useOutlineEditorStyles.styles';

/** Where focus goes after a change: a bullet row (caret at its start or end) or the card's title. */
export type CardFocus = { row: number; caret: 'start' | 'end' } | { title: true };

export interface SlideCardProps {
  entry: OutlineEntry;
  /** The card's id in the editor (its path), which the focus requests name. */
  id: string;
  /** The bullets shown, with the card's empty box among them. */
  rows: Bullet[];
  first: boolean;
  last: boolean;
  readOnly: boolean;
  onTitle: (typed: string) => void;
  onRows: (rows: Bullet[], focus?: CardFocus) => void;
  onMove: (delta: 1 | -1) => void;
  onAdd: () => void;
  onRemove: () => void;
}

// Enter that picks a candidate in a Chinese input method, or Backspace over its letters, is the IME's, not ours.
const composing = (e: KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;
const shortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;

/**
 * One heading of the outline as a card: its title and bullets as text boxes, buttons to move it, add a slide
 * after it and delete it, and a line naming what else it holds (kept as written). Tab is never taken: every
 * keyboard shortcut here (Enter, Backspace in an empty bullet, Alt+Shift+arrows) has a labelled button too.
 */
export function SlideCard({ entry, id, rows, first, last, readOnly, onTitle, onRows, onMove, onAdd, onRemove }: SlideCardProps) {
  const { t } = useApp();
  const s = useOutlineEditorStyles();
  const section = entry.depth === 1 && entry.children > 0;
  const title = entry.title || t('outlineEditor.untitled');
  const n = (i: number) => ({ n: i + 1, level: (rows[i]?.level ?? 0) + 1 });

  const setRow = (i: number, typed: string) =>
    onRows(
      rows.map((r, j) => (j === i ? { ...r, text: bulletText(typed) } : r)),
      { row: i, caret: 'end' },
    );
  const shift = (i: number, delta: 1 | -1) => onRows(shiftBullet(rows, i, delta), { row: i, caret: 'end' });
  const remove = (i: number) =>
    onRows(
      rows.filter((_r, j) => j !== i),
      i > 0 ? { row: i - 1, caret: 'end' } : { title: true },
    );

  const titleKeys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly || composing(e)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      // To the first bullet; a slide with none gets an empty one to type into.
      onRows(rows.length ? rows : [{ text: '', level: 0 }], { row: 0, caret: 'end' });
    } else if (shortcut(e) && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onMove(e.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const bulletKeys = (e: KeyboardEvent<HTMLTextAreaElement>, i: number) => {
    if (readOnly || composing(e)) return;
    const box = e.currentTarget;
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!box.value.trim()) return;
      onRows(splitAt(rows, i, box.value, box.selectionStart ?? box.value.length), { row: i + 1, caret: 'start' });
    } else if (e.key === 'Backspace' && !box.value) {
      e.preventDefault();
      remove(i);
    } else if (shortcut(e) && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      shift(i, e.key === 'ArrowRight' ? 1 : -1);
    }
  };

  return (
    <div
      role="group"
      aria-label={t('outlineEditor.card', { kind: t(section ? 'outlineEditor.kind.section' : 'outlineEditor.kind.slide'), title })}
      className={`${s.card} ${section ? s.section : ''} ${entry.depth > 1 ? s.nested : ''}`}
    >
      <div className={s.head}>
        <Text className={s.kind}>{t(section ? 'outlineEditor.kind.section' : 'outlineEditor.kind.slide')}</Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUp20Regular />}
          disabledFocusable={readOnly || first}
          data-edit-id={`${id}:up`}
          aria-label={t('outlineEditor.moveUp', { title })}
          title={t('outlineEditor.moveUp', { title })}
          onClick={() => onMove(-1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDown20Regular />}
          disabledFocusable={readOnly || last}
          data-edit-id={`${id}:down`}
          aria-label={t('outlineEditor.moveDown', { title })}
          title={t('outlineEditor.moveDown', { title })}
          onClick={() => onMove(1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<Add20Regular />}
          disabled={readOnly}
          data-edit-id={`${id}:add`}
          aria-label={t('outlineEditor.addAfter', { title })}
          title={t('outlineEditor.addAfter', { title })}
          onClick={onAdd}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<Delete20Regular />}
          disabled={readOnly}
          data-edit-id={`${id}:remove`}
          aria-label={t('outlineEditor.remove', { title })}
          title={t('outlineEditor.remove', { title })}
          onClick={onRemove}
        />
      </div>
      <DraftInput
        className={s.fill}
        value={entry.title}
        readOnly={readOnly}
        data-edit-id={`${id}:title`}
        aria-label={t('outlineEditor.title')}
        onText={onTitle}
        onKeyDown={titleKeys}
      />
      {rows.length > 0 && (
        <ul className={s.bullets}>
          {rows.map((r, i) => (
            <li key={i} className={s.bullet} style={{ paddingLeft: `${Math.min(r.level, 4) * 12}px` }}>
              <DraftLines
                className={s.fill}
                boxClassName={s.lines}
                size="small"
                value={r.text}
                readOnly={readOnly}
                data-edit-id={`${id}:b${i}`}
                aria-label={t('outlineEditor.bullet', n(i))}
                onText={(typed) => setRow(i, typed)}
                onKeyDown={(e) => bulletKeys(e, i)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<TextIndentDecrease20Regular />}
                disabledFocusable={readOnly || r.level === 0}
                aria-label={t('outlineEditor.outdent', n(i))}
                title={t('outlineEditor.outdent', n(i))}
                onClick={() => shift(i, -1)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<TextIndentIncrease20Regular />}
                disabledFocusable={readOnly || i === 0 || r.level > rows[i - 1]!.level}
                aria-label={t('outlineEditor.indent', n(i))}
                title={t('outlineEditor.indent', n(i))}
                onClick={() => shift(i, 1)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss20Regular />}
                disabled={readOnly}
                aria-label={t('outlineEditor.removeBullet', n(i))}
                title={t('outlineEditor.removeBullet', n(i))}
                onClick={() => remove(i)}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={s.row}>
        <Button
          size="small"
          appearance="subtle"
          icon={<Add20Regular />}
          disabled={readOnly}
          onClick={() => onRows([...rows, { text: '', level: rows.at(-1)?.level ?? 0 }], { row: rows.length, caret: 'end' })}
        >
          {t('outlineEditor.addBullet')}
        </Button>
      </div>
      <KeptLine kept={entry.kept} />
    </div>
  );
}
