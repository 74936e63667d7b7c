import { useState } from 'react';
import { testAnywhere } from '../app/test-anywhere';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isLlmFailure, type ConnectionReport } from '../../src/llm';
import type { LlmSettings } from '../../src/llm/settings';
import { AppError } from '../../src/errors';
import type { RelayInfo } from '../../src/relay/protocol';
import { useApp } from '../app/AppContext';
import { useT } from '../hooks/useT';

const useStyles = makeStyles({
  // Model ids ("deepseek-ai/DeepSeek-V3") and hosts are long unbroken words in a 320 px pane.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  models: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/**
 * "Test connection": one tiny request with the settings as they are in the form (saved or not: an address
 * the pane may not reach yet is tested from a frame that reaches only it, taskpane/app/test-anywhere.ts),
 * then the models, the DeepSeek balance, or the exact failure with what to do about it. Through the
 * relay it first asks the relay which provider it reaches, says so, and hands that to the form.
 */
export function ConnectionTest({
  settings,
  invalid,
  onInvalid,
  onModels,
  onRelay,
  picksFromList = false,
}: {
  settings: LlmSettings | null;
  invalid: string | null;
  onInvalid?: () => void;
  onModels?: (ids: string[]) => void;
  onRelay?: (info: RelayInfo) => void;
  /** The form replaces its models with the server's own list: models the list lacks are not worth a warning. */
  picksFromList?: boolean;
}) {
  const t = useT();
  const { locale } = useApp();
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const run = async () => {
    setReport(null);
    // Form values that cannot be valid are not sent anywhere: the browser's answer ("CORS") would mislead.
    setRefused(invalid);
    if (!settings) {
      onInvalid?.();
      return;
    }
    setBusy(true);
    try {
      const r = await testAnywhere(settings);
      setReport(r);
      if (r.relay) onRelay?.(r.relay);
      if (r.ok && r.models?.length) onModels?.(r.models);
    } finally {
      setBusy(false);
    }
  };

  const err = report && !report.ok ? report.error : undefined;
  const missing = picksFromList && report?.models?.length ? [] : (report?.missingModels ?? []);
  const relay = report?.relay;
  const reaches = relay && t('settings.relay.reaches', { provider: locale === 'zh-CN' ? relay.providerNameZh : relay.providerName, upstream: relay.upstream });
  return (
    <div className={s.root}>
      <div>
        <Button onClick={() => void run()} disabled={busy}>
          {t('ask.test.button')}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t('ask.test.running')} labelPosition="after" />}
      {report?.ok && (
        <MessageBar layout="multiline" intent={missing.length ? 'warning' : 'success'} data-testid="connection-ok">
          <MessageBarBody>
            <MessageBarTitle>{t('ask.test.ok', { ms: report.latencyMs })}</MessageBarTitle>
            {reaches && <div data-testid="relay-reaches">{reaches}</div>}
            {report.balance && (
              <div>
                {t('ask.doctor.balance')}: {report.balance.balances.map((b) => `${b.currency} ${b.total}`).join(', ')}
                {report.balance.available ? '' : ` (${t('ask.doctor.balanceUnavailable')})`}
              </div>
            )}
            {missing.map((m) => (
              <div key={m}>{t('ask.doctor.missingModel', { model: m })}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {report?.ok && report.models && (
        <Text className={s.models}>
          {t('ask.doctor.models', { n: report.models.length })}: {report.models.slice(0, 40).join(', ')}
          {report.models.length > 40 ? ', …' : ''}
        </Text>
      )}
      {refused && invalid && (
        <MessageBar layout="multiline" intent="error" role="alert" data-testid="connection-error">
          <MessageBarBody>
            <MessageBarTitle>{invalid}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
      {err !== undefined && (
        <MessageBar layout="multiline" intent="error" role="alert" data-testid="connection-error">
          <MessageBarBody>
            <MessageBarTitle>{err instanceof AppError ? t(err.key, err.params) : t('error.unexpected', { message: String(err) })}</MessageBarTitle>
            {isLlmFailure(err, 'cors') && err.fixKey && <div>{t(err.fixKey, err.params)}</div>}
            {reaches && <div data-testid="relay-reaches">{reaches}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
