import { useState } from 'react';
import { Field, Input, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { ConnectionTest } from '../settings/ConnectionTest';
import { ModelFields } from '../settings/ModelFields';
import { ProviderSelect } from '../settings/ProviderSelect';
import { checkSettings } from '../settings/validate-settings';
import { PROVIDER_PRESETS, findPreset } from '../../src/llm/providers/presets';
import { initialDeepChoice, resolveDeepModel, type DeepChoice } from '../../src/llm/deep-model';
import { pickListedModels } from '../../src/llm/pick-models';
import { saveAndContinue } from './continue-job';
import { SaveRow } from './SaveRow';
import { useSetupStyles } from './useSetupStyles.styles';

/** The cloud providers besides DeepSeek, and Custom (any OpenAI-compatible endpoint). */
const OTHER = PROVIDER_PRESETS.filter((p) => (p.needsKey && p.id !== 'deepseek') || p.id === 'custom');

const fresh = (id: string): DeepChoice | null => {
  const p = findPreset(id)!;
  return initialDeepChoice({ provider: p.id, fastModel: p.fastModel, deepModel: p.deepModel }, false);
};

/**
 * Another provider, right in the job: its preset, address and key, Test connection (the same one Settings
 * has), then the fast and deep models from the server's own list. Saving sets it up for the whole pane and
 * the job carries on (after the one reload a new address needs, with the job's text kept).
 */
export function OtherSetup() {
  const { t, llm, saveLlm } = useApp();
  const s = useSetupStyles();
  const [id, setId] = useState(OTHER[0].id);
  const preset = findPreset(id)!;
  const [url, setUrl] = useState(preset.baseURL);
  const [key, setKey] = useState('');
  const [models, setModels] = useState({ fastModel: preset.fastModel, deepModel: preset.deepModel });
  const [listed, setListed] = useState<string[] | null>(null);
  const [deepChoice, setDeepChoice] = useState<DeepChoice | null>(() => fresh(OTHER[0].id));
  const [error, setError] = useState<{ text: string; field: 'fastModel' | 'deepModel' | null } | null>(null);

  const choose = (next: string) => {
    const p = findPreset(next)!;
    setId(next);
    setUrl(p.baseURL);
    setModels({ fastModel: p.fastModel, deepModel: p.deepModel });
    setListed(null);
    setDeepChoice(fresh(next));
    setError(null);
  };
  const values = { provider: id, ...models };
  const deep = resolveDeepModel(values, deepChoice);
  const check = checkSettings(
    {
      ...llm,
      provider: id,
      baseURL: url.trim(),
      connection: 'direct',
      apiKey: key.trim(),
      relayToken: '',
      fastModel: models.fastModel.trim(),
      deepModel: deep.ok ? deep.deepModel : models.deepModel,
    },
    t,
  );

  const save = () => {
    if (!check.ok) return setError({ text: check.message, field: check.field === 'fastModel' || check.field === 'deepModel' ? check.field : null });
    if (preset.needsKey && !key.trim())
      return setError({ text: t('settings.invalid', { message: t('settings.invalid.required', { field: t('setup.apiKey') }) }), field: null });
    if (!deep.ok) return setError({ text: t(`settings.deep.${deep.reason}`), field: 'deepModel' });
    saveAndContinue(check.value, saveLlm);
  };

  return (
    <>
      <ProviderSelect label={t('setup.provider')} value={id} onChange={choose} presets={OTHER} />
      <Field label={t('setup.baseURL')}>
        <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
      </Field>
      <Field label={t('setup.apiKey')} hint={t('setup.apiKey.hint')} required={preset.needsKey}>
        <Input type="password" autoComplete="off" value={key} onChange={(_e, d) => setKey(d.value)} />
      </Field>
      <ConnectionTest
        settings={check.ok ? check.value : null}
        invalid={check.ok ? null : check.message}
        picksFromList
        onModels={(list) => {
          setListed(list);
          setModels((m) => pickListedModels(list, m));
        }}
      />
      {!listed && <Text className={s.hint}>{t('setup.models.hint')}</Text>}
      <ModelFields
        values={values}
        onChange={(k, v) => {
          setModels((m) => ({ ...m, [k]: v }));
          setError(null);
        }}
        listed={listed}
        suggestions={preset.models}
        deepChoice={deepChoice}
        onDeepChoice={(c) => {
          setDeepChoice(c);
          setError(null);
        }}
        invalid={error?.field}
        labels={{ fast: t('setup.fast'), deep: t('setup.deep') }}
      />
      <SaveRow error={error?.text} onSave={save} />
    </>
  );
}
