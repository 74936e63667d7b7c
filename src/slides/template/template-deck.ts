import type { WithWarnings } from '../../llm/types';
import type { Outline } from '../../outline/types';
import { buildDeck, type DeckOptions } from '../build-deck';
import type { Deck, DeckTemplate, TemplateKind } from '../types';
import { placeholderFor } from './layout-roles';
import { matchLayouts, type LayoutMapping } from './match-layouts';
import { templateFrames } from './template-frames';
import type { TemplateInfo } from './types';

// Outline → deck laid out into a template: the template's boxes and sizes become the fitter's frames,
// then every slide is told which template layout it goes on. Pure (no I/O): the pane's preview, the
// template report's thumbnails and the writer all use it.

export function cssFontStack(t: TemplateInfo): string {
  const faces = [t.fonts.minorLatin, t.fonts.minorEa, t.fonts.hans].filter((f) => f && !f.startsWith('+'));
  return [...new Set(faces)]
    .map((f) => `"${f}"`)
    .concat(['"PingFang SC"', '"Noto Sans CJK SC"', 'sans-serif'])
    .join(', ');
}

export function deckTemplate(t: TemplateInfo, used: Iterable<string>): DeckTemplate {
  const looks: DeckTemplate['looks'] = {};
  for (const key of used) {
    const l = t.layouts.find((x) => x.key === key);
    if (l) looks[key] = l.look;
  }
  return { name: t.file, looks, font: cssFontStack(t) };
}

export function buildTemplateDeck(
  outline: Outline,
  t: TemplateInfo,
  mapping: LayoutMapping,
  opts: Omit<DeckOptions, 'frames' | 'theme'> = {},
): WithWarnings<Deck> {
  const built = buildDeck(outline, { ...opts, frames: templateFrames(t, mapping) });
  const layoutOf = (k: TemplateKind) => mapping[k].layout ?? t.layouts[0];
  // Text in a placeholder sits as the layout says (centred titles, bottom-anchored subtitles): the
  // .pptx inherits it, and the preview should show it the same way.
  const slides = built.value.slides.map((s) => {
    const layout = layoutOf(s.kind);
    const elements = s.elements.map((e) => {
      const ph = e.type === 'text' && e.slot && !e.mono ? placeholderFor(layout, e.slot) : null;
      return ph ? { ...e, align: ph.align, valign: ph.valign } : e;
    });
    return { ...s, elements, templateLayout: layout.key };
  });
  return {
    value: {
      ...built.value,
      slides,
      template: deckTemplate(
        t,
        slides.map((s) => s.templateLayout),
      ),
    },
    warnings: built.warnings,
  };
}

export { matchLayouts };
