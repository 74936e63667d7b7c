import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar } from '../../components/ErrorBar';
import { parsePastedTable } from '../../../src/sheets/paste-table';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** A box to paste a table into (cells copied from Excel, WPS or a web page; CSV; a Markdown table). */
export function PasteTable({ onData }: { onData: (d: LoadedData) => void }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const use = () => {
    setError(null);
    try {
      onData({ table: parsePastedTable(text).table, name: t('sheets.paste.name') });
      setOpen(false);
      setText('');
    } catch (e) {
      setError(e);
    }
  };
  if (!open)
    return (
      <div className={s.row}>
        <Button aria-expanded={false} onClick={() => setOpen(true)}>
          {t('sheets.paste.open')}
        </Button>
      </div>
    );
  return (
    <div className={s.section}>
      <Field label={t('sheets.paste.label')}>
        <Textarea className={s.mono} resize="vertical" rows={5} value={text} onChange={(_e, d) => setText(d.value)} />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" disabled={text.trim() === ''} onClick={use}>
          {t('sheets.paste.use')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('action.cancel')}</Button>
      </div>
      <ErrorBar error={error} />
    </div>
  );
}
