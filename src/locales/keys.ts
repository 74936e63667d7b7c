import type { bundles } from './index';

type Bundles = typeof bundles;

/**
 * Every message key of the en-US tables, as a type: a key that is not in a locale file is a type error
 * wherever a `Message`, an `AppError` or `t()` takes one. zh-CN has the same keys (`defineBundle`
 * requires it), so a key typed here exists in both.
 */
export type MessageKey = { [B in keyof Bundles]: Extract<keyof Bundles[B]['en-US'], string> }[keyof Bundles];

/** The tails of the keys under a prefix: `KeySuffix<'word.minutes.'>` is `'date' | 'attendees' | …`. */
export type KeySuffix<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer S}` ? S : never) : never;
