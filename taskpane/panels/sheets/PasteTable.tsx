import { Button, Field, Textarea } from '@fluentui/react-components';
import { useRef, useState, type ClipboardEvent } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar } from '../../components/ErrorBar';
import { parsePastedTable } from '../../../src/sheets/paste-table';
import { readHtmlTable } from '../../../src/sheets/html-table';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';

/**
 * A box to paste a table into (cells copied from Excel, WPS or a web page; CSV; a Markdown table). A paste
 * that carries HTML (a table copied from a web page or Word) is read from its first <table>, spans and
 * header rows included; the text in the box is what the browser pasted, and editing it drops the HTML.
 */
export function PasteTable({ onData }: { onData: (d: LoadedData) => void }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  // The HTML form of the last paste, kept while the box holds exactly what that paste put there.
  const pasted = useRef<{ plain: string; grid: string[][] | null } | null>(null);
  const html = useRef<string[][] | null>(null);
  const onPaste = (e: ClipboardEvent) => {
    const markup = e.clipboardData.getData('text/html');
    // DOMParser's document is inert: nothing in the pasted HTML runs or loads.
    const grid = /<table[\s>]/i.test(markup) ? readHtmlTable(new DOMParser().parseFromString(markup, 'text/html')) : null;
    pasted.current = { plain: e.clipboardData.getData('text/plain'), grid };
  };
  const onText = (value: string) => {
    setText(value);
    html.current = pasted.current && value.trim() === pasted.current.plain.trim() ? pasted.current.grid : null;
    pasted.current = null;
  };
  const use = () => {
    setError(null);
    try {
      onData({ table: parsePastedTable(text, html.current).table, name: t('sheets.paste.name') });
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
        <Textarea className={s.mono} resize="vertical" rows={5} value={text} onPaste={onPaste} onChange={(_e, d) => onText(d.value)} />
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
