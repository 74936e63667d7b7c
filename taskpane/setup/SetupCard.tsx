import { useState } from 'react';
import { Button, Card, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { connectAllowed } from '../app/connect-policy';
import { isConfigured } from '../../src/llm/settings-values';
import { findPreset } from '../../src/llm/providers/presets';
import type { LlmSettings } from '../../src/llm/settings';
import { AppError } from '../../src/errors';
import { pickListedModels } from '../../src/llm/pick-models';
import { LocalSetup } from './LocalSetup';
import { OtherSetup } from './OtherSetup';
import { RelaySetup } from './RelaySetup';
import { saveAndContinue } from './continue-job';
import { useSetupStyles } from './useSetupStyles.styles';

type Choice = 'deepseek' | 'local' | 'other' | 'relay';

/**
 * What a job shows, where it stands, when it needs a model and none is set up: DeepSeek by key (tested,
 * then the fast and deep models picked from the server's own list), a keyless server on this computer or
 * the LAN, another provider (its key, address and models) or the local relay (the command that starts it,
 * then Test). Saving sets the model up for the whole pane and the card goes away; the job's form stays as
 * the user left it (across the reload a new provider address needs, too). `note` is the panel's sentence about what works
 * without a model; with it the card starts folded (the panel has an offline half).
 */
export function SetupCard({ note }: { note?: string }) {
  const { llm } = useApp();
  const [open, setOpen] = useState(!note);
  if (isConfigured(llm)) return null;
  return <SetupBody note={note} open={open} onOpen={() => setOpen(true)} />;
}

function SetupBody({ note, open, onOpen }: { note?: string; open: boolean; onOpen: () => void }) {
  const { t } = useApp();
  const s = useSetupStyles();
  const [choice, setChoice] = useState<Choice>('deepseek');
  if (!open) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <div>{note}</div>
          <Button className={s.inlineButton} size="small" appearance="primary" onClick={onOpen}>
            {t('setup.open')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Card className={s.card} role="region" aria-label={t('setup.title')} data-setup-card>
      <Text as="h3" weight="semibold" className={s.title}>
        {t('setup.title')}
      </Text>
      <Text className={s.hint}>{note ?? t('setup.intro')}</Text>
      <Field label={t('setup.choice')}>
        <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value as Choice)}>
          <Radio value="deepseek" label={t('setup.choice.deepseek')} />
          <Radio value="local" label={t('setup.choice.local')} />
          <Radio value="other" label={t('setup.choice.other')} />
          <Radio value="relay" label={t('setup.choice.relay')} />
        </RadioGroup>
      </Field>
      {choice === 'deepseek' && <DeepSeekSetup />}
      {choice === 'local' && <LocalSetup />}
      {choice === 'other' && <OtherSetup />}
      {choice === 'relay' && <RelaySetup />}
    </Card>
  );
}

/** Paste a key, test it against DeepSeek, pick the models from its list, continue. */
function DeepSeekSetup() {
  const { t, llm, saveLlm } = useApp();
  const s = useSetupStyles();
  const preset = findPreset('deepseek')!;
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [models, setModels] = useState<string[] | null>(null);
  const [fast, setFast] = useState(preset.fastModel);
  const [deep, setDeep] = useState(preset.deepModel);
  const settings = (): LlmSettings => ({
    ...llm,
    provider: preset.id,
    baseURL: preset.baseURL,
    connection: 'direct',
    apiKey: key.trim(),
    fastModel: fast,
    deepModel: deep,
  });

  const test = async () => {
    setError(null);
    setModels(null);
    const next = settings();
    // The pane may call only the saved provider's address; DeepSeek's is allowed unless another was saved.
    if (!connectAllowed(next.baseURL)) return saveAndContinue(next, saveLlm);
    setBusy(true);
    try {
      const { testConnection } = await import('../../src/llm/connection');
      const r = await testConnection(next);
      if (!r.ok) {
        setError(r.error instanceof AppError ? t(r.error.key, r.error.params) : t('error.unexpected', { message: String(r.error) }));
        return;
      }
      const list = r.models?.length ? r.models : [preset.fastModel, preset.deepModel];
      setModels([...new Set(list)]);
      // The preset's choices when the server still lists them; otherwise from the server's list.
      const picked = pickListedModels(list, { fastModel: preset.fastModel, deepModel: preset.deepModel });
      setFast(picked.fastModel);
      setDeep(picked.deepModel);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Field label={t('setup.key')} hint={t('setup.key.hint')}>
        <Input type="password" autoComplete="off" value={key} onChange={(_e, d) => setKey(d.value)} />
      </Field>
      <div className={s.row}>
        <Button appearance={models ? 'secondary' : 'primary'} disabled={!key.trim() || busy} onClick={() => void test()}>
          {t('setup.test')}
        </Button>
        {busy && <Spinner size="tiny" label={t('setup.testing')} labelPosition="after" />}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {models && (
        <>
          <Text className={s.hint}>{t('setup.ok')}</Text>
          <Field label={t('setup.fast')}>
            <Select value={fast} onChange={(_e, d) => setFast(d.value)}>
              {models.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </Select>
          </Field>
          <Field label={t('setup.deep')}>
            <Select value={deep} onChange={(_e, d) => setDeep(d.value)}>
              {models.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </Select>
          </Field>
          <div>
            <Button appearance="primary" onClick={() => saveAndContinue(settings(), saveLlm)}>
              {t('setup.use')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
