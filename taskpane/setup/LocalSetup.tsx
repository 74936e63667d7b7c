import { useId, useState } from 'react';
import { Field, Input, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { ConnectionTest } from '../settings/ConnectionTest';
import { ProviderSelect } from '../settings/ProviderSelect';
import { checkSettings } from '../settings/validate-settings';
import { saveAndContinue } from './continue-job';
import { PROVIDER_PRESETS, findPreset } from '../../src/llm/providers/presets';
import { relayCommand } from '../../src/relay/protocol';
import { SaveRow } from './SaveRow';
import { useSetupStyles } from './useSetupStyles.styles';

const LOCAL = PROVIDER_PRESETS.filter((p) => !p.needsKey && p.id !== 'custom');

/**
 * A keyless server by its address alone (Ollama, LM Studio, vLLM / SGLang; on this computer or the LAN),
 * with the sentence that fixes the browser's cross-origin refusal for that server. Test connection works
 * before saving (from a frame that reaches only that address) and offers the server's models. Saving a new address
 * reloads the pane once (its Content-Security-Policy names only the saved provider); the job reopens with
 * what the user had typed.
 */
export function LocalSetup() {
  const { t, llm, saveLlm } = useApp();
  const s = useSetupStyles();
  const [id, setId] = useState(LOCAL[0].id);
  const preset = findPreset(id)!;
  const [url, setUrl] = useState(preset.baseURL);
  const [model, setModel] = useState(preset.fastModel);
  const [listed, setListed] = useState<string[]>([]);
  const listId = useId();
  const valid = /^https?:\/\/[^/\s]+/.test(url.trim()) && Boolean(model.trim());
  const next = {
    ...llm,
    provider: id,
    baseURL: url.trim(),
    apiKey: '',
    relayToken: '',
    connection: 'direct' as const,
    fastModel: model.trim(),
    deepModel: model.trim(),
  };
  const check = checkSettings(next, t);

  const choose = (next: string) => {
    const p = findPreset(next)!;
    setId(next);
    setUrl(p.baseURL);
    setModel(p.fastModel);
    setListed([]);
  };
  const save = () => saveAndContinue(check.ok ? check.value : next, saveLlm);

  return (
    <>
      <ProviderSelect label={t('setup.server')} value={id} onChange={choose} presets={LOCAL} />
      <Field label={t('setup.url')} hint={t('setup.url.hint')}>
        <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
      </Field>
      <Field label={t('setup.model')} hint={t('setup.model.hint')}>
        <Input value={model} list={listId} onChange={(_e, d) => setModel(d.value)} />
      </Field>
      <datalist id={listId}>
        {listed.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      {/* Before saving: the server answers (or the exact reason it does not), and its models. */}
      <ConnectionTest
        settings={check.ok ? check.value : null}
        invalid={check.ok ? null : check.message}
        picksFromList
        onModels={(list) => {
          setListed(list);
          if (!list.includes(model.trim())) setModel(list[0]);
        }}
      />
      {/* The browser refuses a server that does not allow this page's origin: say how to allow it. */}
      <Text className={s.hint}>{t(preset.corsFixKey, { origin: location.origin, relayCommand: relayCommand(id, { origin: location.origin }) })}</Text>
      <Text className={s.hint}>{t('setup.reload')}</Text>
      <SaveRow disabled={!valid} onSave={save} />
    </>
  );
}
