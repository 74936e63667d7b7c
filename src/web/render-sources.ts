import type { Locale } from '../locales';
import type { CitationCheck } from './check-citations';
import type { Source } from './types';

/** The sources shown under an answer: the ones it cites, or all it was given when it cites none. */
export function shownSources(sources: readonly Source[], check: Pick<CitationCheck, 'cited'>): Source[] {
  const cited = sources.filter((s) => check.cited.includes(s.n));
  return cited.length ? cited : [...sources];
}

/** `title — url`, one per line, as the CLI prints under `Sources:` (a contract scripts rely on). */
export function sourceLines(sources: readonly Source[]): string[] {
  return sources.map((s) => `[${s.n}] ${oneLine(s.title)} — ${s.url}`);
}

/** A footnote's or reference entry's text: title, site and date, then the address. */
export function sourceCitation(s: Source): string {
  return [oneLine(s.title), [s.site, s.date].filter(Boolean).join(', '), s.url].filter(Boolean).join('. ');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Markdown text cannot start a link or emphasis by accident from a web title. */
function mdText(s: string): string {
  return oneLine(s).replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function referencesHeading(locale: Locale): string {
  return locale === 'zh-CN' ? '参考资料' : 'References';
}

/** A 参考资料 / References section in Markdown, for a document that cannot take footnotes. */
export function referencesMarkdown(sources: readonly Source[], locale: Locale, level = 2): string {
  const items = sources.map(
    (s) =>
      `${s.n}. ${mdText(s.title)}${
        s.site || s.date
          ? `. ${[s.site, s.date]
              .filter(Boolean)
              .map((x) => mdText(x as string))
              .join(', ')}`
          : ''
      }. <${s.url}>`,
  );
  return `${'#'.repeat(level)} ${referencesHeading(locale)}\n\n${items.join('\n')}`;
}

/** A sources slide in Outline Markdown: a `##` without `###` is itself a slide. */
export function sourcesSlideMarkdown(sources: readonly Source[], locale: Locale): string {
  const items = sources.map((s) => `- [${s.n}] ${mdText(s.title)}${s.site ? ` — ${mdText(s.site)}` : ''}${s.date ? `, ${s.date}` : ''}\n  - ${s.url}`);
  return `## ${locale === 'zh-CN' ? '参考资料' : 'Sources'}\n\n${items.join('\n')}`;
}
