import { Button, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar } from '../../components/ErrorBar';
import { useDocumentReader } from '../../documents/useDocumentReader';
import { UrlReader } from '../../documents/UrlReader';
import type { SourceState } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';

/** In Word: selection or whole document. In standalone mode: a text box and an Open file button. */
export function SourcePicker({
  source,
  onChange,
  allowBody = true,
  id,
}: {
  source: SourceState;
  onChange: (s: SourceState) => void;
  allowBody?: boolean;
  id: string;
}) {
  const { host, t } = useApp();
  const s = useWritingStyles();
  const [error, setError] = useState<unknown>(null);
  const reader = useDocumentReader();

  if (host.kind === 'word') {
    if (!allowBody) return null;
    return (
      <Field label={t('word.source.scope')}>
        <RadioGroup layout="horizontal" value={source.scope} onChange={(_e, d) => onChange({ ...source, scope: d.value === 'body' ? 'body' : 'selection' })}>
          <Radio value="selection" label={t('word.source.selection')} />
          <Radio value="body" label={t('word.source.body')} />
        </RadioGroup>
      </Field>
    );
  }

  const open = async () => {
    setError(null);
    try {
      // mammoth and pdf.js are loaded only when a file of theirs is opened; scans ask before OCR.
      const file = await reader.open();
      if (!file) return;
      onChange({ ...source, text: file.markdown, fileName: file.name, docx: /\.docx$/i.test(file.name) ? file.bytes : null });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className={s.section}>
      <Field label={t('word.source.text')}>
        <Textarea
          id={id}
          resize="vertical"
          rows={8}
          value={source.text}
          placeholder={t('word.source.placeholder')}
          onChange={(_e, d) => onChange({ ...source, text: d.value, fileName: null, docx: null })}
        />
      </Field>
      <div className={s.row}>
        <Button disabled={reader.busy} onClick={() => void open()}>
          {t('action.openFile')}
        </Button>
        {source.fileName && <Text className={s.hint}>{t('word.source.loaded', { name: source.fileName })}</Text>}
      </div>
      {reader.prompt}
      <ErrorBar error={error} />
      {allowBody && <UrlReader id={`${id}-url`} onRead={(markdown, url) => onChange({ ...source, text: markdown, fileName: url, docx: null })} />}
    </div>
  );
}
