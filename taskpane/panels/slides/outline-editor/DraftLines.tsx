import { Textarea, type TextareaProps } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import { useDraftText } from './useDraftText';

export interface DraftLinesProps extends Omit<TextareaProps, 'value' | 'onChange' | 'onFocus' | 'onBlur' | 'textarea' | 'resize' | 'rows'> {
  /** The text as the outline holds it now. */
  value: string;
  /** Called on every keystroke with what is in the box (line breaks, from a paste, as spaces). */
  onText: (typed: string) => void;
  /** Classes for the textarea itself (its height is the text's). */
  boxClassName?: string;
}

/**
 * A bullet's box: one paragraph that wraps and grows with its text, so a long bullet is read whole in a
 * 320 px pane (a one-line box showed 'Friday: what moved this w…'). Enter belongs to the card (a new
 * bullet); a pasted line break becomes a space, as a bullet is one paragraph.
 */
export function DraftLines({ value, onText, boxClassName, ...rest }: DraftLinesProps) {
  const draft = useDraftText(value, onText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  useLayoutEffect(fit);
  useLayoutEffect(() => {
    // A narrower pane wraps the text onto more lines.
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const watch = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit();
    });
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <Textarea
      {...rest}
      rows={1}
      resize="none"
      textarea={{ ref, className: boxClassName }}
      value={draft.value}
      onFocus={draft.onFocus}
      onBlur={draft.onBlur}
      onChange={(_e, d) => draft.type(d.value.replace(/\r?\n/g, ' '))}
    />
  );
}
