import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';

/** The end of a setup route: why saving was refused (if it was), then "Save and continue". */
export function SaveRow({ error, disabled, onSave }: { error?: string | null; disabled?: boolean; onSave: () => void }) {
  const { t } = useApp();
  return (
    <>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={disabled} onClick={onSave}>
          {t('setup.connect')}
        </Button>
      </div>
    </>
  );
}
