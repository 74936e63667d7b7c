import { decodeEntities } from '../text/entities';

/** Titles are one line: every run of whitespace (newlines included) becomes one space. */
export function normalizeTitle(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Notes keep their line breaks but lose what Markdown cannot carry: indentation, trailing spaces and runs
 * of blank lines. Every reader applies this, so a note survives any round trip unchanged.
 */
export function normalizeNote(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const out = s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return out || undefined;
}

/** HTML fragment → text: tags dropped (`<br>` becomes a line break), entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
}

export function escapeXml(s: string): string {
  return (
    s
      // Characters XML 1.0 forbids even as references.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** For attribute values: line breaks as references, or the XML parser folds them into spaces. */
export function escapeXmlAttr(s: string): string {
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
