import { streamChat } from '../llm/stream-chat';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage, ChatMode, Cost, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { message, type Message } from '../messages';
import { CancelledError, streamCut } from '../llm/errors';
import { EmptyInputError } from '../errors';
import { withSources } from './sources-prompt';
import { checkCitations, normalizeCitations, type CitationCheck } from './check-citations';
import { renumber } from './sources';
import type { Source } from './types';

export interface AnswerWithSourcesOptions {
  question: string;
  /** The sources the user kept (renumbered 1..k here, so the list shown matches the numbers cited). */
  sources: readonly Source[];
  locale: Locale;
  mode: ChatMode;
  /** Earlier turns of a conversation, without sources. */
  history?: ChatMessage[];
  signal?: AbortSignal;
  onEvent?: (e: ChatEvent) => void;
}

export interface SourcedText {
  text: string;
  reasoning: string;
  sources: Source[];
  check: CitationCheck;
  /** Sentences about what the check found (an invented source, a link not among the sources…). */
  warnings: Message[];
  usage?: Usage;
  cost?: Cost;
}

/** What the citation check found, as sentences for the user. */
export function citationWarnings(check: CitationCheck): Message[] {
  const w: Message[] = [];
  if (check.unknown.length) w.push(message('web.warn.unknownCitation', { refs: check.unknown.map((n) => `[${n}]`).join(' ') }));
  for (const url of check.inventedUrls) w.push(message('web.warn.inventedUrl', { url }));
  for (const g of check.duplicates) w.push(message('web.warn.duplicate', { refs: g.map((n) => `[${n}]`).join(' ') }));
  if (check.cited.length === 0 && !check.unknown.length) w.push(message('web.warn.noCitations'));
  return w;
}

/**
 * Step two of 联网搜索: the answer, written from the sources the user kept and citing them as [n]; then
 * every citation is checked against those sources. The answer streams through onEvent.
 */
export async function answerWithSources(settings: LlmSettings, o: AnswerWithSourcesOptions): Promise<SourcedText> {
  if (!o.question.trim()) throw new EmptyInputError();
  const sources = renumber(o.sources);
  const messages = withSources([...(o.history ?? []), { role: 'user', content: o.question }], sources, o.locale);
  let done: Extract<ChatEvent, { type: 'done' }> | undefined;
  for await (const e of streamChat(settings, { messages, mode: o.mode, signal: o.signal })) {
    o.onEvent?.(e);
    if (e.type === 'done') done = e;
  }
  if (o.signal?.aborted || !done) throw new CancelledError();
  if (done.finishReason === 'incomplete') throw streamCut(done.text, done.reasoning, done.incompleteError);
  const text = normalizeCitations(done.text);
  const check = checkCitations(text, sources);
  return { text, reasoning: done.reasoning, sources, check, warnings: citationWarnings(check), usage: done.usage, cost: done.cost };
}
