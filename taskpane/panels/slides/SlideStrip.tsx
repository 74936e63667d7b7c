import { Text } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../app/AppContext';
import type { Deck } from '../../../src/slides';
import { SlideView } from './SlidePreview';
import { useSlideStripStyles } from './useSlideStripStyles.styles';

// Thumbnails are small: a long deck is drawn whole up to this many slides, then counted.
const MAX_THUMBS = 200;

/**
 * The deck as PowerPoint shows it: the chosen slide large, and a vertical strip of thumbnails of every
 * slide (number and title beside each). Click, Enter or Space shows a slide large; ↑/↓, Home and End move
 * through the strip. The large slide stays at the top of the pane while the strip scrolls under it.
 */
export function SlideStrip({ deck }: { deck: Deck }) {
  const { t } = useApp();
  const s = useSlideStripStyles();
  const [chosen, setChosen] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const shown = deck.slides.slice(0, MAX_THUMBS);
  // An edit that removes slides must not leave the large view on one that is gone.
  const current = Math.max(0, Math.min(chosen, deck.slides.length - 1));
  const slide = deck.slides[current];
  if (!slide) return null;
  const name = (i: number) => t('slides.preview.slide', { n: i + 1, title: deck.slides[i]?.title ?? '' });

  const move = (e: KeyboardEvent, i: number) => {
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? shown.length - 1 : null;
    if (to === null || to < 0 || to >= shown.length) return;
    e.preventDefault();
    setChosen(to);
    buttons.current[to]?.focus();
  };

  return (
    <section className={s.root} aria-label={t('slides.preview.label')}>
      <Text weight="semibold">{t('slides.preview.count', { n: deck.slides.length })}</Text>
      <figure className={s.large} aria-label={t('slides.strip.large', { name: name(current) })}>
        <SlideView slide={slide} deck={deck} n={current + 1} />
        <figcaption className={s.caption}>{name(current)}</figcaption>
      </figure>
      <ol className={s.strip}>
        {shown.map((x, i) => (
          <li key={i} aria-label={name(i)} className={i === current ? `${s.item} ${s.chosen}` : s.item}>
            {/* The picture answers a click too; the button beside it is what the keyboard and screen readers use. */}
            <div className={s.picture} aria-hidden onClick={() => setChosen(i)}>
              <SlideView slide={x} deck={deck} n={i + 1} />
            </div>
            <button
              type="button"
              ref={(b) => {
                buttons.current[i] = b;
              }}
              className={s.title}
              aria-current={i === current ? 'true' : undefined}
              onClick={() => setChosen(i)}
              onKeyDown={(e) => move(e, i)}
            >
              {name(i)}
            </button>
          </li>
        ))}
      </ol>
      {deck.slides.length > shown.length && <Text className={s.caption}>{t('slides.preview.more', { n: deck.slides.length - shown.length })}</Text>}
    </section>
  );
}
