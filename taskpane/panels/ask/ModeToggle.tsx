import { Radio, RadioGroup, Field } from '@fluentui/react-components';
import type { ChatMode } from '../../../src/llm';
import { useT } from '../../hooks/useT';

/** 快速 / 深度思考: the names users know from the DeepSeek app. */
export function ModeToggle({ mode, onChange, disabled }: { mode: ChatMode; onChange: (m: ChatMode) => void; disabled?: boolean }) {
  const t = useT();
  return (
    <Field label={t('ask.mode.label')}>
      <RadioGroup layout="horizontal" value={mode} disabled={disabled} onChange={(_e, d) => onChange(d.value as ChatMode)}>
        <Radio value="fast" label={t('ask.mode.fast')} />
        <Radio value="deep" label={t('ask.mode.deep')} />
      </RadioGroup>
    </Field>
  );
}
