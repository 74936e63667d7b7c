import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import type { InsertWhere } from './word-host';
import { useWritingStyles } from './useWritingStyles.styles';

export interface DownloadAction {
  label: string;
  onClick: () => void;
}

/** Insert (in Word, with where: after the selection, at the end, or replacing it) and the download buttons. */
export function ResultActions({
  onInsert,
  downloads,
  disabled,
  id,
}: {
  onInsert?: (where: InsertWhere) => void;
  downloads: DownloadAction[];
  disabled?: boolean;
  id: string;
}) {
  const { host, t } = useApp();
  const s = useWritingStyles();
  const [where, setWhere] = useState<InsertWhere>('afterSelection');
  return (
    <div className={s.section}>
      {host.kind === 'word' && onInsert && (
        <div className={s.row}>
          <Field label={t('word.insert.where')}>
            <Select id={`${id}-where`} value={where} onChange={(_e, d) => setWhere(d.value as InsertWhere)}>
              <option value="afterSelection">{t('word.insert.after')}</option>
              <option value="end">{t('word.insert.end')}</option>
              <option value="replaceSelection">{t('word.insert.replace')}</option>
            </Select>
          </Field>
          <Button appearance="primary" disabled={disabled} onClick={() => onInsert(where)}>
            {t('action.insert')}
          </Button>
        </div>
      )}
      <div className={s.row}>
        {downloads.map((d) => (
          <Button key={d.label} disabled={disabled} onClick={d.onClick}>
            {d.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
