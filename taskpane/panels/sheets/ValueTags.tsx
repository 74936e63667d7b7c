import { Select } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import { TagInput, TagList } from '../../components/TagList';
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
  const add = (v: string) => {
    if (v === '' || values.includes(v)) return;
    onChange([...values, v]);
  };
  const left = choices?.filter((c) => !values.includes(c));
  return (
    <div className={s.section}>
      <TagList
        values={values}
        onChange={onChange}
        label={label}
        removeLabel={(value) => t('sheets.control.removeValue', { value })}
        emptyText={t('sheets.control.noValues')}
        show={(v) => (v === '' ? '∅' : v)}
      />
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
        <TagInput label={newLabel} addText={t('sheets.control.addValue')} onAdd={add} />
      )}
    </div>
  );
}
