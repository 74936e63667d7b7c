import { isLocalURL, isRelay, llmSettingsSchema, type LlmSettings } from '../../src/llm/settings';
import type { Translate } from '../../src/locales';

/** The form fields a validation failure can point at (highlighted in the form). */
export type SettingsField = 'provider' | 'baseURL' | 'fastModel' | 'deepModel' | 'apiKey' | 'relayToken' | 'reasoningEffort' | 'searxngURL';

export type SettingsCheck = { ok: true; value: LlmSettings } | { ok: false; field: SettingsField | null; message: string };

const FIELDS: readonly string[] = ['provider', 'baseURL', 'fastModel', 'deepModel', 'apiKey', 'reasoningEffort', 'searxngURL'];

/**
 * The form's values checked before Save or Test connection, as a sentence in the user's language (zod's
 * own "baseURL: Invalid URL" is English and names a property, not the field the user sees). Without it,
 * testing "abc" as a base URL reached the browser and came back as a misleading CORS error.
 */
export function checkSettings(input: unknown, t: Translate): SettingsCheck {
  const r = llmSettingsSchema.safeParse(input);
  if (r.success) {
    // A relay on another computer listens beyond loopback, and such a relay always asks for its token.
    if (isRelay(r.data) && !isLocalURL(r.data.baseURL) && !r.data.relayToken) {
      return {
        ok: false,
        field: 'relayToken',
        message: t('settings.invalid', { message: t('settings.invalid.relayToken', { host: hostOf(r.data.baseURL) }) }),
      };
    }
    if (r.data.searchBackend === 'searxng' && !r.data.searxngURL) {
      return {
        ok: false,
        field: 'searxngURL',
        message: t('settings.invalid', { message: t('settings.invalid.required', { field: t('settings.searxngURL') }) }),
      };
    }
    return { ok: true, value: r.data };
  }
  const issue = r.error.issues[0];
  const name = String(issue.path[0] ?? '');
  const field = FIELDS.includes(name) ? (name as SettingsField) : null;
  const reason =
    field === 'baseURL'
      ? t('settings.invalid.url')
      : field === 'searxngURL'
        ? t('settings.invalid.searxngURL')
        : field === 'reasoningEffort'
          ? t('settings.invalid.effort')
          : field === 'provider' || field === 'fastModel' || field === 'deepModel'
            ? t('settings.invalid.required', { field: t(`settings.${field}`) })
            : `${issue.path.join('.')}: ${issue.message}`;
  return { ok: false, field, message: t('settings.invalid', { message: reason }) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
