import { Switch, Text } from '@fluentui/react-components';
import { searchBackendFor } from '../../src/web/search-backend';
import { useApp } from '../app/AppContext';
import { useDocumentsStyles } from '../documents/useDocumentsStyles.styles';

/** 联网搜索 / Search the web: off unless the user turns it on; without a search backend it says where to set one. */
export function WebSwitch({ checked, onChange, disabled }: { checked: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  const { t, llm } = useApp();
  const s = useDocumentsStyles();
  const none = searchBackendFor(llm) === 'none';
  return (
    <div className={s.section}>
      <Switch
        checked={checked && !none}
        disabled={disabled || none}
        label={t('web.switch')}
        onChange={(_e, d) => onChange(d.checked)}
        data-testid="web-switch"
      />
      {/* Off and greyed without a search service: the sentence says so, not that search "is on". */}
      <Text className={s.hint}>{none ? t('web.switch.unavailable') : t('web.switch.hint')}</Text>
    </div>
  );
}
