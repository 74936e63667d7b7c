import { decodeEntities } from '../text/entities';

/**
 * A Mermaid label as plain text: `<br>` becomes a line break; Mermaid's own entity codes (`#quot;`,
 * `#9829;`) and HTML entities are decoded; Markdown strings (`"`**bold**`"`), HTML tags and Font
 * Awesome icons (`fa:fa-car`) keep only their words.
 */
export function labelText(raw: string): string {
  let s = raw.trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
  if (s.length >= 2 && s.startsWith('`') && s.endsWith('`'))
    s = s
      .slice(1, -1)
      .replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
      .replace(/(?<![\w*])[*_](.+?)[*_](?![\w*])/g, '$1');
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/\\n/g, '\n');
  s = s.replace(/<\/?[a-z][^>]*>/gi, '');
  s = s.replace(/\bfa[bklrs]?:fa-[\w-]+\s*/g, '');
  s = s.replace(/#(\d+|[a-z]+);/gi, (_m, body: string) => `&${/^\d/.test(body) ? '#' : ''}${body};`);
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}
