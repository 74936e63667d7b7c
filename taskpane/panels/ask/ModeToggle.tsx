import { Radio, RadioGroup, Field } from '@fluentui/react-components';
import type { ChatMode } from '../../../src/llm';
import { useT } from '../../hooks/useT';

/**
 * 快速 / 深度思考: the names users know from the DeepSeek app. `deepOff`: deep thinking is unavailable with
 * these settings, so its choice is disabled (the panel says why under it, `describedBy`).
 */
export function ModeToggle({
  mode,
  onChange,
  disabled,
  deepOff,
  describedBy,
}: {
  mode: ChatMode;
  onChange: (m: ChatMode) => void;
  disabled?: boolean;
  deepOff?: boolean;
  describedBy?: string;
}) {
  const t = useT();
  return (
    <Field label={t('ask.mode.label')}>
      <RadioGroup layout="horizontal" value={mode} disabled={disabled} aria-describedby={describedBy} onChange={(_e, d) => onChange(d.value as ChatMode)}>
        <Radio value="fast" label={t('ask.mode.fast')} />
        <Radio value="deep" label={t('ask.mode.deep')} disabled={deepOff} />
      </RadioGroup>
    </Field>
  );
}
