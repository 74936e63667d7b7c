import { Dismiss20Regular } from '@fluentui/react-icons';
import { Button, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useApp } from '../../../app/AppContext';
import { useRecordFormStyles } from './useRecordFormStyles.styles';

/**
 * A list of sentences (decisions, risks, a topic's points) edited in place: one text box per entry, each
 * with its own remove button, and Add for a new entry (which takes the focus).
 */
export function TextListField({
  legend,
  values,
  onChange,
  itemLabel,
  id,
  plain,
}: {
  legend: string;
  values: readonly string[];
  onChange: (next: string[]) => void;
  /** The accessible name of entry i (0-based), e.g. "决定 2". */
  itemLabel: (i: number) => string;
  id: string;
  /** Inside a card: no frame of its own. */
  plain?: boolean;
}) {
  const { t } = useApp();
  const s = useRecordFormStyles();
  const boxes = useRef<(HTMLTextAreaElement | null)[]>([]);
  // The entry just added takes the focus once it is on screen.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    boxes.current[focusNext.current]?.focus();
    focusNext.current = null;
  });
  const set = (i: number, v: string) => onChange(values.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset className={plain ? s.plain : s.group} id={id}>
      <legend className={plain ? s.hint : s.legend}>{legend}</legend>
      {values.length === 0 && <Text className={s.hint}>{t('recordForm.list.empty')}</Text>}
      {values.length > 0 && (
        <ul className={s.list}>
          {values.map((v, i) => (
            <li key={i} className={s.item}>
              <Textarea
                className={s.fill}
                ref={(el) => {
                  boxes.current[i] = el;
                }}
                aria-label={itemLabel(i)}
                value={v}
                rows={v.length > 40 ? 3 : 1}
                resize="vertical"
                onChange={(_e, d) => set(i, d.value)}
              />
              <Button
                appearance="subtle"
                aria-label={t('recordForm.list.remove', { name: itemLabel(i) })}
                onClick={() => onChange(values.filter((_x, j) => j !== i))}
                icon={<Dismiss20Regular />}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={s.row}>
        <Button
          size="small"
          aria-label={`${t('recordForm.list.add')}: ${legend}`}
          onClick={() => {
            onChange([...values, '']);
            focusNext.current = values.length;
          }}
        >
          + {t('recordForm.list.add')}
        </Button>
      </div>
    </fieldset>
  );
}
