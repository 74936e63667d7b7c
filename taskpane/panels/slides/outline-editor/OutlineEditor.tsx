import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useApp } from '../../../app/AppContext';
import {
  addNodeAfter,
  editMarkdown,
  keptOf,
  moveNode,
  outlineEntries,
  outlineFromMarkdown,
  removeNode,
  renameNode,
  setBullets,
  type Bullet,
  type NodePath,
  type Outline,
} from '../../../../src/outline';
import { cardRows, splitRows, titleText, type EmptyRow } from './card-rows';
import { DraftInput } from './DraftInput';
import { KeptLine } from './KeptLine';
import { SlideCard, type CardFocus } from './SlideCard';
import { useOutlineEditorStyles } from './useOutlineEditorStyles.styles';

export interface OutlineEditorProps {
  /** The one Markdown outline; every change here is written back into it. */
  markdown: string;
  onChange: (markdown: string) => void;
  readOnly: boolean;
  /** The text reads as prose, not an outline (the preview groups it): nothing to edit as slides. */
  prose: boolean;
  onShowMarkdown: () => void;
}

// Notices that mean the outline as read leaves part of the text out: a change here writes the text without it.
const LEAVES_OUT = new Set(['outline.warn.preamble', 'outline.warn.trailingProse', 'outline.warn.badges', 'markdown.clean.chatter', 'markdown.clean.think']);

type Focus = { id: string; caret?: 'start' | 'end' | 'all' };

/** The outline as a list of slide cards; each change goes through src/outline/edit-outline.ts into the Markdown. */
export function OutlineEditor({ markdown, onChange, readOnly, prose, onShowMarkdown }: OutlineEditorProps) {
  const { t } = useApp();
  const s = useOutlineEditorStyles();
  const root = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState<EmptyRow | null>(null);
  // Where focus goes once the change has been drawn (a new bullet, the moved card's button, …).
  // A render is asked for too: a change that leaves the text as it was (Enter in a title) draws nothing else.
  const focusNext = useRef<Focus | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const setFocus = (f: Focus) => {
    focusNext.current = f;
    redraw();
  };
  // The last delete, undoable while the outline is still as the delete left it.
  const [undo, setUndo] = useState<{ before: string; after: string; path: string; title: string; slides: number } | null>(null);

  const read = useMemo(() => {
    if (!markdown.trim()) return null;
    try {
      return outlineFromMarkdown(markdown);
    } catch {
      return null;
    }
  }, [markdown]);
  const entries = useMemo(() => (read ? outlineEntries(read.value) : []), [read]);

  useLayoutEffect(() => {
    const focus = focusNext.current;
    if (!focus) return;
    focusNext.current = null;
    const el = root.current?.querySelector<HTMLElement>(`[data-edit-id="${focus.id}"]`);
    if (!el) return;
    el.focus();
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && focus.caret) {
      const at = focus.caret === 'start' ? 0 : el.value.length;
      el.setSelectionRange(focus.caret === 'all' ? 0 : at, at);
    }
  });

  const apply = (change: (o: Outline) => Outline, next: { empty?: EmptyRow | null; focus?: Focus } = {}) => {
    onChange(editMarkdown(markdown, change));
    setEmpty(next.empty ?? null);
    if (next.focus) setFocus(next.focus);
  };

  if (!read || prose || (entries.length === 0 && !read.value.root.title)) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t(prose ? 'outlineEditor.notOutline' : 'outlineEditor.empty')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onShowMarkdown}>{t('outlineEditor.toMarkdown')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const key = (path: NodePath) => path.join('.');
  const sibling = (path: NodePath, delta: number) => [...path.slice(0, -1), path[path.length - 1]! + delta];
  const leavesOut = read.warnings.some((w) => LEAVES_OUT.has(w.key));
  const shown = undo && undo.after === markdown ? undo : null;

  const setRows = (path: NodePath, rows: Bullet[], to?: CardFocus) => {
    const id = key(path);
    const r = splitRows(rows, id, to && 'row' in to ? to.row : -1);
    const target: Focus | undefined = !to ? undefined : 'row' in to ? { id: `${id}:b${r.focus}`, caret: to.caret } : { id: `${id}:title`, caret: 'end' };
    apply((o) => setBullets(o, path, r.bullets), { empty: r.empty, focus: target });
  };
  const remove = (path: NodePath, title: string, slides: number) => {
    const after = editMarkdown(markdown, (o) => removeNode(o, path));
    setUndo({ before: markdown, after, path: key(path), title, slides });
    onChange(after);
    setEmpty(null);
    // Focus goes to the slide that took its place, else the one before, else the deck's title.
    const next = outlineEntries(outlineFromMarkdown(after).value).map((e) => key(e.path));
    const prev = path[path.length - 1]! > 0 ? key(sibling(path, -1)) : key(path.slice(0, -1));
    const id = next.includes(key(path)) ? key(path) : next.includes(prev) ? prev : 'deck';
    setFocus({ id: `${id}:title`, caret: 'end' });
  };

  return (
    // Its boxes are drawn from the outline's text, which the draft keeps (the Markdown box's key): not kept twice.
    <div ref={root} className={s.root} data-draft-skip>
      <Text className={s.hint}>{t('outlineEditor.hint')}</Text>
      {leavesOut && <Text className={s.hint}>{t('outlineEditor.leavesOut')}</Text>}
      <Field label={t('outlineEditor.deckTitle')}>
        <DraftInput
          className={s.fill}
          value={read.value.root.title}
          readOnly={readOnly}
          data-edit-id="deck:title"
          onText={(typed) => apply((o) => renameNode(o, [], titleText(typed)))}
          onKeyDown={(e) => {
            // Enter goes on to the first slide's title, as Enter in a slide's title goes to its bullets.
            if (e.key !== 'Enter' || e.nativeEvent.isComposing || !entries[0]) return;
            e.preventDefault();
            root.current?.querySelector<HTMLInputElement>(`[data-edit-id="${key(entries[0].path)}:title"]`)?.focus();
          }}
        />
      </Field>
      <KeptLine kept={keptOf(read.value.root)} />
      {shown && (
        <MessageBar intent="info">
          <MessageBarBody>
            {shown.slides ? t('outlineEditor.deletedWith', { title: shown.title, n: shown.slides }) : t('outlineEditor.deleted', { title: shown.title })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              data-edit-id="undo"
              onClick={() => {
                onChange(shown.before);
                setUndo(null);
                setFocus({ id: `${shown.path}:title`, caret: 'end' });
              }}
            >
              {t('outlineEditor.undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ol className={s.cards} aria-label={t('outlineEditor.label')}>
        {entries.map((e, i) => {
          const id = key(e.path);
          const last = entries.slice(i + 1).find((x) => x.depth <= e.depth);
          return (
            <li key={id}>
              <SlideCard
                entry={e}
                id={id}
                rows={cardRows(e.bullets, empty, id)}
                first={e.path[e.path.length - 1] === 0}
                last={!last || last.depth < e.depth}
                readOnly={readOnly}
                onTitle={(typed) => apply((o) => renameNode(o, e.path, titleText(typed)), { empty: empty?.card === id ? empty : null })}
                onRows={(rows, to) => setRows(e.path, rows, to)}
                onMove={(delta) => apply((o) => moveNode(o, e.path, delta), { focus: { id: `${key(sibling(e.path, delta))}:${delta < 0 ? 'up' : 'down'}` } })}
                onAdd={() =>
                  apply((o) => addNodeAfter(o, e.path, t('outlineEditor.newSlide')), { focus: { id: `${key(sibling(e.path, 1))}:title`, caret: 'all' } })
                }
                onRemove={() => remove(e.path, e.title || t('outlineEditor.untitled'), countUnder(entries, i))}
              />
            </li>
          );
        })}
      </ol>
      <div className={s.row}>
        <Button
          size="small"
          icon={<Add20Regular />}
          disabled={readOnly}
          onClick={() => {
            const at = read.value.root.children.length;
            apply((o) => addNodeAfter(o, at ? [at - 1] : [], t('outlineEditor.newSlide')), { focus: { id: `${at}:title`, caret: 'all' } });
          }}
        >
          {t('outlineEditor.addAtEnd')}
        </Button>
      </div>
    </div>
  );
}

/** How many headings sit under entry i (they go with it). */
function countUnder(entries: ReadonlyArray<{ depth: number }>, i: number): number {
  const d = entries[i]!.depth;
  let n = 0;
  for (let j = i + 1; j < entries.length && entries[j]!.depth > d; j++) n++;
  return n;
}
