import { useDeferredValue, useMemo } from 'react';
import type { Message } from '../../../src/messages';
import { detectLanguage } from '../../../src/markdown/language';
import { offlineOutline } from '../../../src/slides/workflow';
import type { ProseShape } from '../../../src/slides/prose-input';
import { outlineFromMarkdown } from '../../../src/outline';
import { buildDeck, remoteHost, resolveDataUrlImages, type Deck } from '../../../src/slides';
import { imageSources } from '../../../src/slides/images';
import { buildTemplateDeck } from '../../../src/slides/template/template-deck';
import { matchLayouts } from '../../../src/slides/template/match-layouts';
import type { TemplateInfo } from '../../../src/slides/template/types';
import type { DeckChoices } from './SlidesPanel.types';

export interface PreviewState {
  deck: Deck | null;
  warnings: Message[];
  error: unknown;
  /** The editor holds prose, a transcript or a chat log: the deck is its offline outline (as `dsplus slides` makes it). */
  prose: ProseShape | null;
}

/** The deck the outline gives, recomputed (deferred, so typing stays smooth) as the user edits. */
export function useDeckPreview(outline: string, choices: DeckChoices, template: TemplateInfo | null): PreviewState {
  const text = useDeferredValue(outline);
  return useMemo(() => {
    if (!text.trim()) return { deck: null, warnings: [], error: null, prose: null };
    try {
      // Text that is not an outline is grouped under its headings, every paragraph kept: the same step as the CLI's.
      const prose = offlineOutline(text, { lang: detectLanguage(text) });
      const parsed = outlineFromMarkdown(prose?.markdown ?? text);
      // The preview fetches nothing: a picture on another site is a labelled frame until the user allows it.
      const imageProblems = new Map<string, Message>();
      for (const src of imageSources(parsed.value)) {
        const host = remoteHost(src);
        if (host) imageProblems.set(src, { key: 'slides.picture.remotePreview', params: { src, host } });
      }
      const opts = {
        agenda: choices.agenda ? ('auto' as const) : false,
        closing: choices.closing,
        images: resolveDataUrlImages(parsed.value),
        imageProblems,
      };
      // The same fitting for both: into the template's placeholders, or into the theme's boxes.
      const built = template
        ? buildTemplateDeck(parsed.value, template, matchLayouts(template, choices.layouts), opts)
        : buildDeck(parsed.value, { ...opts, theme: choices.theme });
      return { deck: built.value, warnings: [...parsed.warnings, ...built.warnings], error: null, prose: prose?.shape ?? null };
    } catch (e) {
      return { deck: null, warnings: [], error: e, prose: null };
    }
  }, [text, choices.theme, choices.agenda, choices.closing, choices.layouts, template]);
}
