import { Link, Switch, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { deepThinkingAvailable } from '../../src/llm/deep-model';
import { useApp } from '../app/AppContext';
import { HINT } from './panel-styles';

const useStyles = makeStyles({
  // Takes a whole line of the wrapping row it sits in, so the sentence sits right under the switch.
  root: { display: 'flex', flexDirection: 'column', flexBasis: '100%', gap: tokens.spacingVerticalXXS },
  hint: HINT,
});

/** Whether 深度思考 means anything with the pane's settings (the core's one answer, src/llm/deep-model.ts). */
export function useDeepAvailable(): boolean {
  return deepThinkingAvailable(useApp().llm);
}

/** Why deep thinking is off, said under the control that offers it, with the way to Settings. */
export function DeepOffHint({ id }: { id?: string }) {
  const { t, navigate } = useApp();
  const s = useStyles();
  return (
    <Text id={id} className={s.hint} data-testid="deep-off">
      {t('settings.deep.off.hint')}{' '}
      <Link as="button" inline onClick={() => navigate('settings')}>
        {t('settings.deep.off.open')}
      </Link>
    </Text>
  );
}

export interface DeepSwitchProps {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
  disabled?: boolean;
}

/**
 * The panels' 深度思考 switch. Where deep thinking is unavailable (Custom with "the same model") it is shown
 * off and disabled, whatever the job's state says, with the sentence why right under it.
 */
export function DeepSwitch({ checked, onChange, label, disabled }: DeepSwitchProps) {
  const available = useDeepAvailable();
  const s = useStyles();
  const hintId = useId('deep-off');
  if (available) return <Switch checked={checked} label={label} disabled={disabled} onChange={(_e, d) => onChange(d.checked)} />;
  return (
    <div className={s.root}>
      <Switch checked={false} disabled label={label} aria-describedby={hintId} />
      <DeepOffHint id={hintId} />
    </div>
  );
}
