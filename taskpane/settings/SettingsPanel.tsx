import { useState, type FormEvent } from 'react';
import { Button, Dropdown, Field, Input, Option, Subtitle2, Switch, Text, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { llmSettingsSchema, maskKey, type LlmSettings } from '../../src/llm/settings';
import { PROVIDER_PRESETS, findPreset } from '../../src/llm/providers/presets';
import { ConnectionTest } from './ConnectionTest';
import { useSettingsStyles } from './useSettingsStyles.styles';

type Draft = Omit<LlmSettings, 'apiKey'>;

/**
 * One validated settings object for every provider. The saved key is never shown again in full: it can
 * only be replaced or removed. Nothing here is logged.
 */
export function SettingsPanel() {
  const { llm, saveLlm, t, locale } = useApp();
  const styles = useSettingsStyles();
  const [draft, setDraft] = useState<Draft>(() => {
    const { apiKey: _k, ...rest } = llm;
    return rest;
  });
  const [newKey, setNewKey] = useState<string | null>(llm.apiKey ? null : '');
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setStatus(null);
  };

  const choosePreset = (id: string) => {
    const p = findPreset(id);
    if (!p) return;
    setDraft((d) => ({ ...d, provider: p.id, baseURL: p.baseURL, fastModel: p.fastModel, deepModel: p.deepModel }));
    setStatus(null);
  };

  const apiKey = newKey ?? llm.apiKey;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = llmSettingsSchema.safeParse({ ...draft, apiKey: apiKey.trim() });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus({ intent: 'error', text: t('settings.invalid', { message: `${issue.path.join('.')}: ${issue.message}` }) });
      return;
    }
    saveLlm(parsed.data);
    setNewKey(parsed.data.apiKey ? null : '');
    setStatus({ intent: 'success', text: t('settings.saved') });
  };

  const preset = findPreset(draft.provider);
  const presetName = (id: string) => {
    const p = findPreset(id);
    return p ? (locale === 'zh-CN' ? p.nameZh : p.name) : id;
  };

  return (
    <form className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="settings-title">
      <Subtitle2 as="h2" id="settings-title">
        {t('settings.title')}
      </Subtitle2>
      <Field label={t('settings.provider')}>
        <Dropdown value={presetName(draft.provider)} selectedOptions={[draft.provider]} onOptionSelect={(_, d) => choosePreset(String(d.optionValue))}>
          {PROVIDER_PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {locale === 'zh-CN' ? p.nameZh : p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('settings.baseURL')} required>
        <Input type="url" value={draft.baseURL} onChange={(_, d) => set('baseURL', d.value)} />
      </Field>
      <Field label={t('settings.apiKey')} hint={t('settings.apiKey.hint')} required={preset?.needsKey ?? false}>
        {newKey === null ? (
          <div className={styles.keyRow}>
            <Text>{t('settings.apiKey.saved', { masked: maskKey(llm.apiKey) })}</Text>
            <Button size="small" onClick={() => setNewKey('')}>
              {t('settings.apiKey.replace')}
            </Button>
          </div>
        ) : (
          <Input type="password" autoComplete="off" value={newKey} onChange={(_, d) => setNewKey(d.value)} />
        )}
      </Field>
      <Field label={t('settings.fastModel')} required>
        <Input value={draft.fastModel} onChange={(_, d) => set('fastModel', d.value)} />
      </Field>
      <Field label={t('settings.deepModel')} required>
        <Input value={draft.deepModel} onChange={(_, d) => set('deepModel', d.value)} />
      </Field>
      <Switch label={t('settings.mask')} checked={draft.maskSensitive} onChange={(_, d) => set('maskSensitive', d.checked)} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t('settings.save')}
        </Button>
        {llm.apiKey && newKey === null && (
          <Button
            onClick={() => {
              saveLlm({ ...llm, apiKey: '' });
              setNewKey('');
            }}
          >
            {t('settings.apiKey.clear')}
          </Button>
        )}
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <ConnectionTest settings={{ ...llm }} />
    </form>
  );
}
