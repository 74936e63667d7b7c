import { useId, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../hooks/useT';

/** The question when a PDF has an open password: the password, or Cancel. The password is used once, never stored. */
export function PdfPassword({ name, wrong, onAnswer }: { name: string; wrong: boolean; onAnswer: (password: string | null) => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  const id = useId();
  const submit = () => value && onAnswer(value);
  return (
    <MessageBar intent={wrong ? 'warning' : 'info'} layout="multiline" data-testid="pdf-password">
      <MessageBarBody>
        {t(wrong ? 'pdf.password.wrong' : 'pdf.password.ask', { name })}
        <Field label={t('pdf.password.label')}>
          <Input
            id={id}
            type="password"
            autoFocus
            autoComplete="off"
            value={value}
            onChange={(_, d) => setValue(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') submit();
              if (e.key === 'Escape') onAnswer(null);
            }}
          />
        </Field>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={!value} onClick={submit}>
          {t('pdf.password.open')}
        </Button>
        <Button size="small" onClick={() => onAnswer(null)}>
          {t('action.cancel')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
