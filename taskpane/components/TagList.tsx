import { Button, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { HINT } from './panel-styles';

const useTagStyles = makeStyles({
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  tag: {
    display: 'inline-flex',
    alignItems: 'center',
    maxWidth: '100%',
    paddingLeft: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tagText: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  tagRemove: { minWidth: '24px' },
  hint: HINT,
  adder: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', minWidth: 0 },
  box: { flexGrow: 1, minWidth: 0 },
});

/**
 * Texts shown as tags, each with its own remove button (attendees of a meeting, values a cleaning step
 * matches); a sentence when there are none. Adding is the caller's: a box, or a picker of column headers.
 */
export function TagList({
  values,
  onChange,
  label,
  removeLabel,
  emptyText,
  show = (v) => v,
}: {
  values: readonly string[];
  onChange: (next: string[]) => void;
  /** The list's accessible name. */
  label: string;
  removeLabel: (value: string) => string;
  emptyText: string;
  /** How a value reads on its tag (e.g. the empty text as ∅). */
  show?: (value: string) => string;
}) {
  const s = useTagStyles();
  if (values.length === 0) return <Text className={s.hint}>{emptyText}</Text>;
  return (
    <ul className={s.tags} aria-label={label}>
      {values.map((v) => (
        <li key={v} className={s.tag}>
          <span className={s.tagText}>{show(v)}</span>
          <Button size="small" appearance="subtle" className={s.tagRemove} aria-label={removeLabel(v)} onClick={() => onChange(values.filter((x) => x !== v))}>
            ✕
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** The box that adds to a TagList: typed text is added with Enter or the button, then the box is emptied. */
export function TagInput({ label, addText, onAdd }: { label: string; addText: string; onAdd: (text: string) => void }) {
  const s = useTagStyles();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (draft.trim() === '') return;
    onAdd(draft.trim());
    setDraft('');
  };
  return (
    <div className={s.adder}>
      <Input
        className={s.box}
        aria-label={label}
        value={draft}
        onChange={(_e, d) => setDraft(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <Button size="small" disabled={draft.trim() === ''} onClick={add}>
        {addText}
      </Button>
    </div>
  );
}
