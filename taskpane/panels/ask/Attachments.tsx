import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Attachment } from '../../../src/writing/attachments';
import { useApp } from '../../app/AppContext';
import { ErrorBar } from '../../components/ErrorBar';
import { useDocumentReader } from '../../documents/useDocumentReader';
import { UrlReader } from '../../documents/UrlReader';
import { useAskStyles } from './useAskStyles.styles';

/** Documents the question is about: a file (PDF and scans included) or a web page read on request. */
export function Attachments({
  value,
  onChange,
  disabled,
  question = '',
}: {
  value: Attachment[];
  onChange: (a: Attachment[]) => void;
  disabled?: boolean;
  question?: string;
}) {
  const { t } = useApp();
  const s = useAskStyles();
  const reader = useDocumentReader();
  const [error, setError] = useState<unknown>(null);
  const [showUrl, setShowUrl] = useState(false);
  // "总结这个网页 https://…": a link in the question is offered for reading — fetched only on a click.
  const pasted = /https?:\/\/[^\s<>"'，。）)]+/i.exec(question)?.[0];
  const offered = pasted && !value.some((a) => a.name === pasted) ? pasted : undefined;
  const open = async () => {
    setError(null);
    try {
      const f = await reader.open();
      if (f) onChange([...value, { name: f.name, markdown: f.markdown }]);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className={s.form}>
      <div className={s.row}>
        <Button size="small" disabled={disabled || reader.busy} onClick={() => void open()}>
          {t('ask.attach')}
        </Button>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => setShowUrl((v) => !v)}>
          {t('ask.attach.url')}
        </Button>
        {value.map((a, i) => (
          <span key={`${a.name}-${i}`} className={s.row}>
            <Text className={s.hint} data-testid="ask-attachment">
              📎 {a.name}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              aria-label={t('ask.attach.remove', { name: a.name })}
              onClick={() => onChange(value.filter((_x, j) => j !== i))}
            >
              ×
            </Button>
          </span>
        ))}
      </div>
      {reader.prompt}
      {(showUrl || offered) && (
        <UrlReader
          key={offered ?? 'typed'}
          id="ask-url"
          initialUrl={offered}
          onRead={(markdown, url) => {
            onChange([...value, { name: url, markdown }]);
            setShowUrl(false);
          }}
        />
      )}
      <ErrorBar error={error} />
    </div>
  );
}
