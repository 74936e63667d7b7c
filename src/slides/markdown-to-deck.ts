import type { WithWarnings } from '../llm/types';
import { outlineFromMarkdown } from '../outline/from-markdown';
import type { Outline } from '../outline/types';
import { buildDeck, type DeckOptions } from './build-deck';
import { resolveDiagrams } from './resolve-diagrams';
import { resolveImages, type ImageLoader } from './resolve-images';
import type { Deck } from './types';

export interface MarkdownToDeckOptions extends Omit<DeckOptions, 'images' | 'imageProblems'> {
  loadImage?: ImageLoader | null;
  signal?: AbortSignal;
}

/** Outline Markdown (or a raw model answer) → laid-out deck, with the parser's and the fitter's warnings. */
export async function markdownToDeck(markdown: string, opts: MarkdownToDeckOptions = {}): Promise<WithWarnings<Deck> & { outline: Outline }> {
  const parsed = outlineFromMarkdown(markdown);
  const { images, problems } = await resolveImages(parsed.value, opts.loadImage ?? null, opts.signal);
  const drawn = await resolveDiagrams(parsed.value, opts.signal);
  const deck = buildDeck(parsed.value, { ...opts, images, imageProblems: problems, diagrams: drawn.diagrams });
  return { value: deck.value, outline: parsed.value, warnings: [...parsed.warnings, ...drawn.problems, ...deck.warnings] };
}
