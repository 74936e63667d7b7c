import {
  streamChat,
  maskSensitive,
  totalMasked,
  modelFor,
  usageLine,
  CancelledError,
  isLlmFailure,
  type ChatEvent,
  type ChatMessage,
  type LlmSettings,
} from '../../llm';
import { translate, type Locale, type MessageKey } from '../../locales';
import { requireCliSettings } from '../config';
import { readStdin } from '../io';
import { AppError, emptyFile } from '../../errors';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';
import { readDocumentSource, type DocumentFlags } from '../document-arg';
import { answerWithSources, searchBackendFor, searchWeb, shownSources, sourceLines, noSearchBackend, type SourcedText } from '../../web';
import { attachmentsPrompt, type Attachment } from '../../writing/attachments';

export interface AskRunOptions {
  deep?: boolean;
  json?: boolean;
  /** Show the model's reasoning on stderr (default on). */
  reasoning?: boolean;
  system?: string;
  signal?: AbortSignal;
  /** 联网搜索: search first, answer citing the sources, print them under the answer. */
  web?: boolean;
  /** Documents the question is about (already read to text). */
  attachments?: Attachment[];
}

export interface AskIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Dim reasoning with ANSI codes (a TTY without NO_COLOR). */
  color: boolean;
  locale: Locale;
}

/**
 * `dsplus ask`: the answer streams to stdout, reasoning to stderr (dimmed), usage and cost to stderr at
 * the end. With --web the answer is followed by a `Sources:` block of `[n] title — url` lines, and what the
 * citation check found goes to stderr. --json prints one JSON object instead. Failures throw the typed
 * error (the shell prints its sentence and exits 1); an answer cut short is printed, then its sentence is thrown.
 */
export async function runAsk(settings: LlmSettings, question: string, o: AskRunOptions, io: AskIO): Promise<void> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(io.locale, key, params);
  const mode = o.deep ? 'deep' : 'fast';
  const asked = o.attachments?.length ? attachmentsPrompt(o.attachments, question, io.locale) : question;
  const messages: ChatMessage[] = [];
  if (o.system) messages.push({ role: 'system', content: o.system });
  messages.push({ role: 'user', content: asked });
  if (settings.maskSensitive) {
    const { counts } = maskSensitive(messages.map((m) => m.content).join('\n'));
    if (totalMasked(counts) > 0) io.err(`${t('ask.masking.counts', counts)}\n`);
  }
  const showReasoning = o.reasoning !== false && !o.json;
  let inReasoning = false;
  let done: Extract<ChatEvent, { type: 'done' }> | undefined;
  const onEvent = (e: ChatEvent) => {
    if (e.type === 'reasoning' && showReasoning) {
      if (!inReasoning) io.err(io.color ? '\x1b[2m' : '');
      inReasoning = true;
      io.err(e.delta);
    } else if (e.type === 'content') {
      if (inReasoning) io.err(io.color ? '\x1b[22m\n\n' : '\n\n');
      inReasoning = false;
      if (!o.json) io.out(e.delta);
    } else if (e.type === 'retry') {
      io.err(`${t('llm.retrying', { seconds: (e.delayMs / 1000).toFixed(1), attempt: e.attempt })}\n`);
    } else if (e.type === 'done') {
      done = e;
    }
  };
  let sourced: SourcedText | undefined;
  let queries: string[] = [];
  if (o.web) {
    if (searchBackendFor(settings) === 'none') throw noSearchBackend();
    const found = await searchWeb(settings, { question, locale: io.locale, signal: o.signal });
    queries = found.queries;
    io.err(`${t('web.cli.searching', { queries: found.queries.join('; ') })}\n${t('web.cli.found', { n: found.sources.length })}\n`);
    for (const w of found.warnings) io.err(`dsplus: ${t(w.key, w.params)}\n`);
    try {
      sourced = await answerWithSources(settings, {
        question: asked,
        sources: found.sources,
        locale: io.locale,
        mode,
        signal: o.signal,
        onEvent,
        history: o.system ? [{ role: 'system', content: o.system }] : [],
      });
    } catch (e) {
      if (inReasoning) io.err(io.color ? '\x1b[22m\n' : '\n');
      throw e;
    }
  } else {
    for await (const e of streamChat(settings, { messages, mode, signal: o.signal })) onEvent(e);
  }
  if (inReasoning) io.err(io.color ? '\x1b[22m\n' : '\n');
  if (!done || o.signal?.aborted) throw new CancelledError();
  const shown = sourced ? shownSources(sourced.sources, sourced.check) : [];
  if (o.json) {
    const web = sourced ? { queries, sources: sourced.sources, cited: sourced.check.cited, check: sourced.check } : {};
    io.out(
      `${JSON.stringify({ model: modelFor(settings, mode), mode, text: sourced?.text ?? done.text, reasoning: done.reasoning, finishReason: done.finishReason, usage: done.usage, cost: done.cost, ...web }, null, 2)}\n`,
    );
  } else {
    if (!done.text.endsWith('\n')) io.out('\n');
    if (sourced) io.out(`\n${t('web.cli.sources')}\n${sourceLines(shown).join('\n')}\n`);
  }
  if (sourced) for (const w of sourced.warnings) io.err(`dsplus: ${t(w.key, w.params)}\n`);
  if (done.usage && !o.json) io.err(`${usageLine(t, done.usage, done.cost, io.locale)}\n`);
  // What arrived is on stdout: the sentence says so rather than "nothing was written".
  if (isLlmFailure(done.incompleteError, 'streamCut')) throw new AppError('ask.cli.cut', { chars: done.text.length });
  if (done.incompleteError) throw done.incompleteError;
}

export interface AskFlags extends ProviderFlags, DocumentFlags {
  deep?: boolean;
  system?: string;
  json?: boolean;
  reasoning: boolean;
  mask: boolean;
  web?: boolean;
  attach: string[];
}

export async function askAction(question: string, opts: AskFlags): Promise<void> {
  const settings = requireCliSettings(opts);
  if (opts.web && searchBackendFor(settings) === 'none') throw noSearchBackend();
  const text = question === '-' ? new TextDecoder().decode(await readStdin()) : question;
  if (!text.trim()) throw emptyFile(question === '-' ? 'stdin' : '""');
  const attachments: Attachment[] = [];
  for (const a of opts.attach) attachments.push({ name: a, markdown: await readDocumentSource(a, opts, () => settings) });
  const ctrl = new AbortController();
  const onSigint = () => ctrl.abort();
  process.once('SIGINT', onSigint);
  try {
    await runAsk(
      { ...settings, maskSensitive: opts.mask && settings.maskSensitive },
      text,
      { deep: opts.deep, json: opts.json, reasoning: opts.reasoning, system: opts.system, signal: ctrl.signal, web: opts.web, attachments },
      {
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
        color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
        locale: cliLocale(),
      },
    );
  } finally {
    process.off('SIGINT', onSigint);
  }
}
