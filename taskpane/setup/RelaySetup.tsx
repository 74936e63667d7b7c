import { useState } from 'react';
import { Field, Input, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { ConnectionTest } from '../settings/ConnectionTest';
import { checkSettings } from '../settings/validate-settings';
import { defaultRelayURL, withRelayProvider, type RelayInfo } from '../../src/relay/protocol';
import { relayStartLines } from '../../src/relay/start-lines';
import { saveAndContinue } from './continue-job';
import { SaveRow } from './SaveRow';
import { useSetupStyles } from './useSetupStyles.styles';

/**
 * The local relay, right in the job: the exact command that starts it, its address (and token, for a relay
 * that asks for one), Test (which says which provider the relay reaches and takes its provider and models),
 * then save. No key is kept in the pane: the relay adds it.
 */
export function RelaySetup() {
  const { t, llm, saveLlm } = useApp();
  const s = useSetupStyles();
  const [url, setUrl] = useState(() => defaultRelayURL(window.location));
  const [token, setToken] = useState('');
  const [info, setInfo] = useState<RelayInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = { ...llm, connection: 'relay' as const, baseURL: url.trim(), apiKey: '', relayToken: token.trim() };
  const check = checkSettings(info ? withRelayProvider(base, info) : base, t);
  const start = relayStartLines(url.trim(), info?.provider ?? llm.provider, window.location.origin);

  const save = () => {
    if (!check.ok) return setError(check.message);
    saveAndContinue(check.value, saveLlm);
  };

  return (
    <>
      <Text className={s.hint}>{start.sameOrigin ? t('setup.relay.npmStart') : t('setup.relay.start')}</Text>
      <pre className={s.command} data-testid="relay-command" tabIndex={0}>
        {start.lines.join('\n')}
      </pre>
      <Field label={t('setup.relay.url')}>
        <Input
          type="url"
          value={url}
          onChange={(_e, d) => {
            setUrl(d.value);
            setInfo(null);
            setError(null);
          }}
        />
      </Field>
      <Field label={t('setup.relay.token')} hint={t('setup.relay.token.hint')}>
        <Input type="password" autoComplete="off" value={token} onChange={(_e, d) => setToken(d.value)} />
      </Field>
      <Text className={s.hint}>{t('setup.relay.reaches')}</Text>
      <ConnectionTest settings={check.ok ? check.value : null} invalid={check.ok ? null : check.message} onRelay={setInfo} />
      <SaveRow error={error} onSave={save} />
    </>
  );
}
