export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** One feature's strings. zh-CN must have exactly the keys of en-US (checked by a unit test and by the type). */
export type Bundle<K extends string = string> = { 'en-US': Record<K, string>; 'zh-CN': Record<K, string> };

export function defineBundle<const E extends Record<string, string>>(b: { 'en-US': E; 'zh-CN': Record<keyof E, string> }): Bundle<Extract<keyof E, string>> {
  return b as Bundle<Extract<keyof E, string>>;
}

/** Picks zh-CN for any Chinese display language (zh, zh-CN, zh-TW…), en-US otherwise. */
export function resolveLocale(tag: string | undefined | null): Locale {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
