import { useState, type FormEvent } from 'react';
import { needsReloadFor, reloadForNewOrigin, takeReloadNotice } from '../app/connect-policy';
import { Button, Field, Input, Radio, RadioGroup, Select, Subtitle2, Switch, Text, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { isRelay, maskKey, type LlmSettings } from '../../src/llm/settings';
import { findPreset } from '../../src/llm/providers/presets';
import { initialDeepChoice, resolveDeepModel, type DeepChoice } from '../../src/llm/deep-model';
import { defaultRelayURL, withRelayProvider, type RelayInfo } from '../../src/relay/protocol';
import { ConnectionTest } from './ConnectionTest';
import { LanguagePicker } from './LanguagePicker';
import { ModelFields } from './ModelFields';
import { ProviderSelect } from './ProviderSelect';
import { checkSettings, type SettingsField } from './validate-settings';
import { useSettingsStyles } from './useSettingsStyles.styles';

type Draft = Omit<LlmSettings, 'apiKey'>;
type Connection = NonNullable<LlmSettings['connection']>;

/**
 * One validated settings object for every provider. The saved key is never shown again in full: it can
 * only be replaced or removed. Through the local relay no key is kept here at all: the relay adds it.
 * Nothing here is logged.
 */
export function SettingsPanel() {
  const { llm, saveLlm, t } = useApp();
  const styles = useSettingsStyles();
  const [draft, setDraft] = useState<Draft>(() => {
    const { apiKey: _k, ...rest } = llm;
    return rest;
  });
  const [newKey, setNewKey] = useState<string | null>(llm.apiKey ? null : '');
  const [models, setModels] = useState<string[]>([]);
  // Custom names no separate deep model: the form asks rather than silently using the fast one.
  const [deepChoice, setDeepChoice] = useState<DeepChoice | null>(() => initialDeepChoice(llm, true));
  // Back from the reload that a new provider address needs: say it was saved (and test it, if asked).
  const [reloaded] = useState(takeReloadNotice);
  const [status, setStatus] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(() =>
    reloaded ? { intent: 'success', text: `${t('settings.saved')} ${t('settings.reloaded')}` } : null,
  );
  const [invalid, setInvalid] = useState<SettingsField | null>(null);
  const relay = isRelay(draft);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setStatus(null);
    setInvalid(null);
  };
  const marked = (f: SettingsField) => (invalid === f ? ('error' as const) : undefined);

  const choosePreset = (id: string) => {
    const p = findPreset(id);
    if (!p) return;
    // Through the relay the URL is the relay's, whichever provider it reaches.
    setDraft((d) => ({ ...d, provider: p.id, baseURL: isRelay(d) ? d.baseURL : p.baseURL, fastModel: p.fastModel, deepModel: p.deepModel }));
    setDeepChoice(initialDeepChoice({ provider: p.id, fastModel: p.fastModel, deepModel: p.deepModel }, false));
    setStatus(null);
    setInvalid(null);
  };

  const chooseConnection = (c: Connection) => {
    setDraft((d) => ({ ...d, connection: c, baseURL: c === 'relay' ? defaultRelayURL(window.location) : (findPreset(d.provider)?.baseURL ?? d.baseURL) }));
    setStatus(null);
    setInvalid(null);
  };

  // The relay says which provider it reaches: the form follows it, so requests are built for that provider.
  const adoptRelay = (info: RelayInfo) => {
    const next = withRelayProvider(draft, info);
    if (next === draft) return;
    setDraft(next);
    setDeepChoice(initialDeepChoice(next, true));
    setStatus({ intent: 'info', text: t('settings.relay.adopted') });
  };

  // Through the relay nothing of the key is kept: saving clears a key stored before.
  const apiKey = relay ? '' : (newKey ?? llm.apiKey);
  const deep = resolveDeepModel(draft, deepChoice);
  const check = checkSettings(
    { ...llm, ...draft, deepModel: deep.ok ? deep.deepModel : draft.deepModel, apiKey: apiKey.trim(), relayToken: (draft.relayToken ?? '').trim() },
    t,
  );
  const save = (then: { test: boolean }): boolean => {
    if (!deep.ok) {
      setStatus({ intent: 'error', text: t(`settings.deep.${deep.reason}`) });
      setInvalid('deepModel');
      return false;
    }
    if (!check.ok) {
      setStatus({ intent: 'error', text: check.message });
      setInvalid(check.field);
      return false;
    }
    saveLlm(check.value);
    setNewKey(check.value.apiKey ? null : '');
    setStatus({ intent: 'success', text: t('settings.saved') });
    // The pane may talk only to the saved provider: a new address takes effect after a reload.
    if (needsReloadFor(check.value)) reloadForNewOrigin(then);
    return true;
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save({ test: false });
  };

  const preset = findPreset(draft.provider);

  return (
    <form className={styles.form} noValidate onSubmit={onSubmit} aria-labelledby="settings-title">
      <Subtitle2 as="h2" id="settings-title">
        {t('settings.title')}
      </Subtitle2>
      <LanguagePicker />
      <ProviderSelect label={relay ? t('settings.provider.relay') : t('settings.provider')} value={draft.provider} onChange={choosePreset} />
      <Field label={t('settings.connection')} hint={relay ? t('settings.connection.relay.hint') : undefined}>
        <RadioGroup value={relay ? 'relay' : 'direct'} onChange={(_e, d) => chooseConnection(d.value as Connection)}>
          <Radio value="direct" label={t('settings.connection.direct')} />
          <Radio value="relay" label={t('settings.connection.relay')} />
        </RadioGroup>
      </Field>
      <Field label={relay ? t('settings.relayURL') : t('settings.baseURL')} required validationState={marked('baseURL')}>
        <Input type="url" value={draft.baseURL} onChange={(_, d) => set('baseURL', d.value)} />
      </Field>
      {relay ? (
        <Field label={t('settings.relayToken')} hint={t('settings.relayToken.hint')} validationState={marked('relayToken')}>
          <Input type="password" autoComplete="off" value={draft.relayToken ?? ''} onChange={(_, d) => set('relayToken', d.value)} />
        </Field>
      ) : (
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
      )}
      {/* The models the server listed (GET /models, read by Test connection) become suggestions in both fields. */}
      <ModelFields
        values={draft}
        onChange={(k, v) => set(k, v)}
        listed={models}
        suggestions={preset?.models}
        free
        deepChoice={deepChoice}
        onDeepChoice={(c) => {
          setDeepChoice(c);
          setStatus(null);
          setInvalid(null);
        }}
        invalid={invalid === 'fastModel' || invalid === 'deepModel' ? invalid : null}
        labels={{ fast: t('settings.fastModel'), deep: t('settings.deepModel') }}
      />
      {preset?.thinking === 'deepseek' && (
        <Field label={t('settings.reasoningEffort')} hint={t('settings.reasoningEffort.hint')}>
          <Select value={draft.reasoningEffort ?? 'high'} onChange={(_, d) => set('reasoningEffort', d.value as Draft['reasoningEffort'])}>
            {(['low', 'high', 'max'] as const).map((e) => (
              <option key={e} value={e}>
                {t(`settings.reasoningEffort.${e}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Switch label={t('settings.mask')} checked={draft.maskSensitive} onChange={(_, d) => set('maskSensitive', d.checked)} />
      <Field label={t('settings.search')} hint={t(`settings.search.hint.${draft.searchBackend ?? 'auto'}`)}>
        <Select value={draft.searchBackend ?? 'auto'} onChange={(_, d) => set('searchBackend', d.value as Draft['searchBackend'])}>
          {(['auto', 'deepseek', 'searxng', 'none'] as const).map((b) => (
            <option key={b} value={b}>
              {t(`settings.search.${b}`)}
            </option>
          ))}
        </Select>
      </Field>
      {draft.searchBackend === 'searxng' && (
        <Field label={t('settings.searxngURL')} hint={t('settings.searxngURL.hint')} required validationState={marked('searxngURL')}>
          <Input type="url" value={draft.searxngURL ?? ''} placeholder="https://search.example.org" onChange={(_, d) => set('searxngURL', d.value)} />
        </Field>
      )}
      <Switch label={t('settings.fetchPages')} checked={draft.fetchPages ?? false} onChange={(_, d) => set('fetchPages', d.checked)} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t('settings.save')}
        </Button>
        {!relay && llm.apiKey && newKey === null && (
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
        <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {/* What is in the form, saved or not: testing a new key or provider before saving it. */}
      <ConnectionTest
        settings={check.ok ? check.value : null}
        invalid={check.ok ? null : check.message}
        onInvalid={() => setInvalid(check.ok ? null : check.field)}
        onModels={setModels}
        onRelay={adoptRelay}
      />
    </form>
  );
}
