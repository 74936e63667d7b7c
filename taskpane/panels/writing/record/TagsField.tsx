import { useApp } from '../../../app/AppContext';
import { TagInput, TagList } from '../../../components/TagList';
import { useRecordFormStyles } from './useRecordFormStyles.styles';

/** Names separated by any of these when typed or pasted together ("张三、李四", "Ana, Ben"). */
const SEPARATORS = /[,，、;；\n]+/;

/** Names as tags, each with its own remove button; typed names are added with Enter or Add. */
export function TagsField({
  legend,
  values,
  onChange,
  newLabel,
  removeLabel,
  emptyText,
}: {
  legend: string;
  values: readonly string[];
  onChange: (next: string[]) => void;
  newLabel: string;
  removeLabel: (name: string) => string;
  emptyText: string;
}) {
  const { t } = useApp();
  const s = useRecordFormStyles();
  const add = (typed: string) => {
    const names = typed
      .split(SEPARATORS)
      .map((x) => x.trim())
      .filter((x) => x && !values.includes(x));
    if (names.length) onChange([...values, ...new Set(names)]);
  };
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{legend}</legend>
      <TagList values={values} onChange={onChange} label={legend} removeLabel={removeLabel} emptyText={emptyText} />
      <TagInput label={newLabel} addText={t('recordForm.list.add')} onAdd={add} />
    </fieldset>
  );
}
