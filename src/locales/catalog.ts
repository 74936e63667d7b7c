import type { MessageKey } from './keys';
import type { Bundle, Locale } from './types';

// The message tables every translation reads. Bundles are added to them: all at once by index.ts (the
// CLI and the core), or a few at start by the task pane, whose panels bring the rest when they load.
const tables: Record<Locale, Record<string, string>> = { 'en-US': {}, 'zh-CN': {} };

export function addBundles(...bundles: Bundle[]): void {
  for (const b of bundles) {
    Object.assign(tables['en-US'], b['en-US']);
    Object.assign(tables['zh-CN'], b['zh-CN']);
  }
}

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders. An unknown key returns the key itself, visibly. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = tables[locale][key] ?? tables['en-US'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** For keys built at run time (an error code, a provider's name): true only for a key the tables hold. */
export function isMessageKey(key: string): key is MessageKey {
  return key in tables['en-US'];
}

/** `key.variant` when the tables hold one (an error's `.cli` or `.reason` wording), else `key` itself. */
export function variantKey(key: MessageKey, variant: string): MessageKey {
  const k = `${key}.${variant}`;
  return isMessageKey(k) ? k : key;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;
