import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { markdownToHtml } from '../../../src/writing/markdown-to-html';
import { useWritingStyles } from './useWritingStyles.styles';

/** The Markdown exactly as Word will receive it (the same HTML), sanitised: a model answer is untrusted. */
export function MarkdownPreview({ markdown, label, busy }: { markdown: string; label: string; busy?: boolean }) {
  const s = useWritingStyles();
  const html = useMemo(
    () => keyboardScrollableTables(DOMPurify.sanitize(markdownToHtml(markdown), { FORBID_TAGS: ['style', 'form', 'input', 'button'] })),
    [markdown],
  );
  return <div className={s.preview} role="region" aria-label={label} aria-busy={busy} tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A wide table scrolls sideways in its own box (useWritingStyles): it takes focus, so arrow keys can scroll it too. */
function keyboardScrollableTables(html: string): string {
  return html.replace(/<table(?=[\s>])/g, '<table tabindex="0"');
}
