import type { MessageKey, MessageParams } from './locales';

/**
 * A warning or notice as data: a locale key and its parameters. The core returns these; only the
 * edges (the pane, the CLI) translate them, so no parser needs to know the user's language.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** The same warning twice (same key, same parameters): callers keep one. */
export function sameMessage(a: Message, b: Message): boolean {
  if (a.key !== b.key) return false;
  const pa = a.params ?? {};
  const pb = b.params ?? {};
  const keys = Object.keys(pa);
  return keys.length === Object.keys(pb).length && keys.every((k) => pa[k] === pb[k]);
}
