import type { MessageParams } from './locales';

/**
 * A warning or notice as data: a locale key and its parameters. The core returns these; only the
 * edges (the pane, the CLI) translate them, so no parser needs to know the user's language.
 */
export interface Message {
  key: string;
  params?: MessageParams;
}

export function message(key: string, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}
