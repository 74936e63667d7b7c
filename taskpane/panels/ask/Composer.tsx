import { Button, Field, Switch, Text, Textarea } from '@fluentui/react-components';
import { useMemo, type KeyboardEvent } from 'react';
// Light modules only (not the src/llm index, which brings the SDK): the Ask panel is part of the first load.
import type { ChatMode } from '../../../src/llm/types';
import type { LlmSettings } from '../../../src/llm/settings';
import { estimateRequest } from '../../../src/llm/context-check';
import { maskSensitive, totalMasked } from '../../../src/llm/masking';
import { modelFor } from '../../../src/llm/settings-values';
import { looksStepByStep } from '../../../src/prompts/frameworks';
import { useApp } from '../../app/AppContext';
import { useAskStyles } from './useAskStyles.styles';

export interface ComposerProps {
  value: string;
  onChange: (v: string) => void;
  onSend: () => void;
  running: boolean;
  mode: ChatMode;
  settings: LlmSettings;
  onMaskChange: (on: boolean) => void;
  /** Text already in the conversation, counted in the estimate. */
  historyChars: string;
}

/** The question box, with what will happen to it before it is sent: masking and the size estimate. */
export function Composer(p: ComposerProps) {
  const { t, locale } = useApp();
  const s = useAskStyles();
  const counts = useMemo(() => maskSensitive(p.value).counts, [p.value]);
  const masked = totalMasked(counts);
  const estimate = useMemo(() => {
    const model = modelFor(p.settings, p.mode);
    return estimateRequest(p.settings, model, [{ role: 'user', content: p.historyChars + p.value }]);
  }, [p.settings, p.mode, p.value, p.historyChars]);
  const stepWarning = p.mode === 'deep' && looksStepByStep(p.value);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !p.running && p.value.trim()) {
      e.preventDefault();
      p.onSend();
    }
  };

  return (
    <div className={s.composer}>
      <Field label={t('ask.input.label')} hint={t('ask.input.hint')}>
        <Textarea
          data-draft="ask.question"
          value={p.value}
          onChange={(_e, d) => p.onChange(d.value)}
          onKeyDown={onKeyDown}
          resize="vertical"
          rows={4}
          placeholder={t('ask.input.placeholder')}
        />
      </Field>
      {stepWarning && <Text className={s.warn}>{t('ask.deep.stepWarning')}</Text>}
      <div className={s.row}>
        <Switch checked={p.settings.maskSensitive} onChange={(_e, d) => p.onMaskChange(d.checked)} label={t('ask.mask.label')} />
        <Text className={s.hint} data-testid="ask-mask-state">
          {!p.settings.maskSensitive ? t('ask.mask.off') : masked > 0 ? t('ask.masking.counts', counts) : t('ask.mask.nothing')}
        </Text>
      </div>
      <div className={s.row}>
        <Text className={estimate.fits ? s.hint : s.warn}>
          {t(estimate.fits ? 'ask.estimate' : 'ask.estimate.tooLong', {
            tokens: estimate.tokens.toLocaleString(locale),
            window: estimate.window.toLocaleString(locale),
          })}
        </Text>
        <span className={s.grow} />
        {/* While an answer streams, Stop is in the pane's progress bar (components/JobProgress), always in view. */}
        <Button appearance="primary" disabled={p.running || !p.value.trim() || !estimate.fits} onClick={p.onSend}>
          {t('ask.send')}
        </Button>
      </div>
    </div>
  );
}
