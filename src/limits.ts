import { InvalidInputError } from './errors';
import type { MessageKey, MessageParams } from './locales';

// Limits on work that grows with hostile input. Each is stated in docs/bad-input.md; crossing one is a
// sentence naming the limit, never a stack overflow, a silent cut or an output of hundreds of megabytes.

/** Levels below the central topic a mind map may have (headings and list items together). */
export const MAX_MAP_DEPTH = 40;
/** Levels of nested lists an outline may have (a slide shows a handful; a map's outline shares the limit). */
export const MAX_OUTLINE_DEPTH = 40;
/** Topics drawn in one picture (.svg, .png, the offline .html, the live map): ~350 bytes of SVG each. */
export const MAX_DRAWN_TOPICS = 20_000;

/** Nesting deeper than a reader or writer handles (lists, headings, topics). */
export const nestingTooDeep = (what: 'outline' | 'map', limit: number) => new InvalidInputError(`files.error.tooDeep.${what}`, { limit });

/** A result that grows with its input beyond its stated limit (a picture of a huge map). */
export const tooManyItems = (key: MessageKey, count: number, limit: number, more: MessageParams = {}) => new InvalidInputError(key, { ...more, count, limit });

/**
 * The depth of a tree, walked without recursion (so a 100,000-level tree is measured, not a stack
 * overflow), stopping as soon as it passes `stopAt`.
 */
export function measureDepth<T>(root: T, children: (n: T) => readonly T[] | undefined, stopAt = Infinity): number {
  let max = 0;
  const stack: [T, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop() as [T, number];
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const c of children(n) ?? []) stack.push([c, d + 1]);
  }
  return max;
}
