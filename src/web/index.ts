// 联网搜索 with checked citations: our own pipeline, whatever the model provider. Search (DeepSeek's API or
// SearXNG) → numbered sources the user can untick → an answer citing [n] → every citation checked →
// sources shown, as footnotes in Word and a sources slide in decks. See docs/web.md.
export type { WebResult, Source, SearchBackendKind } from './types';
export { searchWeb, type SearchWebOptions, type SearchWebResult, type SearchProgress } from './search-web';
export { answerWithSources, citationWarnings, type AnswerWithSourcesOptions, type SourcedText } from './answer-with-sources';
export { checkCitations, citedNumbers, normalizeCitations, type CitationCheck } from './check-citations';
export { withSources, sourcesBlock, citationRules } from './sources-prompt';
export { numberSources, renumber, normalizeUrl, hostOfUrl, shortDate } from './sources';
export { searchBackendFor, runSearch } from './search-backend';
export * from './errors';
export { shownSources, sourceLines, sourceCitation, referencesMarkdown, referencesHeading, sourcesSlideMarkdown } from './render-sources';
export { proposeQueries } from './propose-queries';
