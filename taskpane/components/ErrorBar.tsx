import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { AppError } from '../../src/errors';
import { isLlmFailure } from '../../src/llm/errors';
import type { Message } from '../../src/messages';
import { useT } from '../hooks/useT';

/**
 * Shows any error as the sentence its message key names (zh-CN or en-US), never a stack trace. A CORS
 * block adds what fixes it: the provider's setting, or the command that starts the local relay.
 */
const useStyles = makeStyles({
  // In a panel's flex column a bar would otherwise be squeezed and its second line run over what follows.
  bar: { flexShrink: 0 },
  // Commands and origins are long unbroken words in a 320 px pane.
  fix: { overflowWrap: 'anywhere' },
});

export function ErrorBar({ error }: { error: unknown }) {
  const t = useT();
  const s = useStyles();
  if (!error) return null;
  const text =
    error instanceof AppError ? t(error.key, error.params) : t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
  return (
    <MessageBar className={s.bar} intent="error" role="alert" layout={isLlmFailure(error, 'cors') ? 'multiline' : undefined}>
      <MessageBarBody>
        <MessageBarTitle>{text}</MessageBarTitle>
        {isLlmFailure(error, 'cors') && error.fixKey && <div className={s.fix}>{t(error.fixKey, error.params)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Warnings from a transform ({ value, warnings }) shown together: data in, sentences in the pane's language
 * out. `lines` are sentences a panel already rendered with `t` (a report such as the plan's left-out steps).
 */
export function WarningsBar({ warnings, lines = [] }: { warnings: readonly Message[]; lines?: readonly string[] }) {
  const t = useT();
  if (warnings.length === 0 && lines.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {warnings.map((w, i) => (
          <div key={i}>{t(w.key, w.params)}</div>
        ))}
        {lines.map((l, i) => (
          <div key={`l${i}`}>{l}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
