import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { AppError } from '../../src/errors';
import { CorsError } from '../../src/llm/errors/cors-error';
import { useT } from '../hooks/useT';

/**
 * Shows any error as the sentence its message key names (zh-CN or en-US), never a stack trace. A CORS
 * block adds what fixes it: the provider's setting, or the command that starts the local relay.
 */
export function ErrorBar({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const text = error instanceof AppError ? t(error.key, error.params) : t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{text}</MessageBarTitle>
        {CorsError.isInstance(error) && <div>{t(error.fixKey, error.params)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Warnings from a transform ({ value, warnings }) shown together. */
export function WarningsBar({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {warnings.map((w, i) => (
          <div key={i}>{w}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
