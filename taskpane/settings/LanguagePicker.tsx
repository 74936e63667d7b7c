import { Field, Select } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import type { LocaleChoice } from './settings-store';

/** The pane's language, applied at once (not with Save): following Office, or the browser in a tab. */
export function LanguagePicker() {
  const { t, host, localeChoice, setLocaleChoice } = useApp();
  return (
    <Field label={t('app.language')}>
      <Select value={localeChoice} onChange={(_, d) => setLocaleChoice(d.value as LocaleChoice)}>
        <option value="auto">{host.kind === 'standalone' ? t('app.language.browser') : t('app.language.auto')}</option>
        <option value="zh-CN">中文</option>
        <option value="en-US">English</option>
      </Select>
    </Field>
  );
}
