import { Button, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useSheetsStyles } from './useSheetsStyles.styles';

/**
 * A list of texts edited one by one: each is a tag with its own remove button; new ones are typed and added
 * with Enter or the Add button, or (for columns) picked from the headers not yet in the list.
 */
export function ValueTags({
  values,
  onChange,
  label,
  newLabel,
  choices,
}: {
  values: readonly string[];
  onChange: (next: string[]) => void;
  /** The list's accessible name. */
  label: string;
  /** The accessible name of the box (or picker) that adds one. */
  newLabel: string;
  /** Pick from these (column headers) instead of typing. */
  choices?: readonly string[];
}) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [draft, setDraft] = useState('');
  const add = (v: string) => {
    if (v === '' || values.includes(v)) return;
    onChange([...values, v]);
    setDraft('');
  };
  const left = choices?.filter((c) => !values.includes(c));
  return (
    <div className={s.section}>
      {values.length === 0 ? (
        <Text className={s.hint}>{t('sheets.control.noValues')}</Text>
      ) : (
        <ul className={s.tags} aria-label={label}>
          {values.map((v) => (
            <li key={v} className={s.tag}>
              <span className={s.tagText}>{v === '' ? '∅' : v}</span>
              <Button
                size="small"
                appearance="subtle"
                className={s.tagRemove}
                aria-label={t('sheets.control.removeValue', { value: v })}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {left ? (
        left.length > 0 && (
          <Select aria-label={newLabel} value="" onChange={(_e, d) => add(d.value)}>
            <option value="">{t('sheets.control.addColumn')}</option>
            {left.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        )
      ) : (
        <div className={s.row}>
          <Input
            className={s.grow}
            aria-label={newLabel}
            value={draft}
            onChange={(_e, d) => setDraft(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add(draft.trim());
              }
            }}
          />
          <Button size="small" disabled={draft.trim() === ''} onClick={() => add(draft.trim())}>
            {t('sheets.control.addValue')}
          </Button>
        </div>
      )}
    </div>
  );
}
