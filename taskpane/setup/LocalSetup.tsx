import { useState } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { needsReloadFor } from '../app/connect-policy';
import { PROVIDER_PRESETS, findPreset } from '../../src/llm/providers/presets';
import { relayCommand } from '../../src/relay/protocol';
import { useSetupStyles } from './useSetupStyles.styles';

const LOCAL = PROVIDER_PRESETS.filter((p) => !p.needsKey && p.id !== 'custom');

/**
 * A keyless server by its address alone (Ollama, LM Studio, vLLM / SGLang; on this computer or the LAN),
 * with the sentence that fixes the browser's cross-origin refusal for that server. Saving a new address
 * reloads the pane once (its Content-Security-Policy names only the saved provider); the panel reopens.
 */
export function LocalSetup() {
  const { t, locale, llm, saveLlm } = useApp();
  const s = useSetupStyles();
  const [id, setId] = useState(LOCAL[0].id);
  const preset = findPreset(id)!;
  const [url, setUrl] = useState(preset.baseURL);
  const [model, setModel] = useState(preset.fastModel);
  const valid = /^https?:\/\/[^/\s]+/.test(url.trim()) && Boolean(model.trim());

  const choose = (next: string) => {
    const p = findPreset(next)!;
    setId(next);
    setUrl(p.baseURL);
    setModel(p.fastModel);
  };
  const save = () => {
    const next = { ...llm, provider: id, baseURL: url.trim(), apiKey: '', connection: 'direct' as const, fastModel: model.trim(), deepModel: model.trim() };
    const reload = needsReloadFor(next);
    saveLlm(next);
    // The open panel is remembered (sessionStorage 'dsplus.tab'), so the reload comes back to this job.
    if (reload) location.reload();
  };

  return (
    <>
      <Field label={t('setup.server')}>
        <Select value={id} onChange={(_e, d) => choose(d.value)}>
          {LOCAL.map((p) => (
            <option key={p.id} value={p.id}>
              {locale === 'zh-CN' ? p.nameZh : p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('setup.url')} hint={t('setup.url.hint')}>
        <Input type="url" value={url} onChange={(_e, d) => setUrl(d.value)} />
      </Field>
      <Field label={t('setup.model')} hint={t('setup.model.hint')}>
        <Input value={model} onChange={(_e, d) => setModel(d.value)} />
      </Field>
      {/* The browser refuses a server that does not allow this page's origin: say how to allow it. */}
      <Text className={s.hint}>{t(preset.corsFixKey, { origin: location.origin, relayCommand: relayCommand(id, { origin: location.origin }) })}</Text>
      <Text className={s.hint}>{t('setup.reload')}</Text>
      <div>
        <Button appearance="primary" disabled={!valid} onClick={save}>
          {t('setup.connect')}
        </Button>
      </div>
    </>
  );
}
