import { streamChat, maskSensitive, totalMasked, modelFor, usageLine, CancelledError, type ChatEvent, type ChatMessage, type LlmSettings } from '../../llm';
import { translate, type Locale } from '../../locales';
import { requireCliSettings } from '../config';
import { readStdin } from '../io';
import { EmptyInputError } from '../../errors';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';

export interface AskRunOptions {
  deep?: boolean;
  json?: boolean;
  /** Show the model's reasoning on stderr (default on). */
  reasoning?: boolean;
  system?: string;
  signal?: AbortSignal;
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
 * the end. --json prints one JSON object instead. Failures throw the typed error (the shell prints
 * its sentence and exits 1); an answer cut short is printed, then its sentence is thrown.
 */
export async function runAsk(settings: LlmSettings, question: string, o: AskRunOptions, io: AskIO): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => translate(io.locale, key, params);
  const messages: ChatMessage[] = [];
  if (o.system) messages.push({ role: 'system', content: o.system });
  messages.push({ role: 'user', content: question });
  const mode = o.deep ? 'deep' : 'fast';
  if (settings.maskSensitive) {
    const { counts } = maskSensitive(messages.map((m) => m.content).join('\n'));
    if (totalMasked(counts) > 0) io.err(`${t('ask.masking.counts', counts)}\n`);
  }
  const showReasoning = o.reasoning !== false && !o.json;
  let inReasoning = false;
  let done: Extract<ChatEvent, { type: 'done' }> | undefined;
  for await (const e of streamChat(settings, { messages, mode, signal: o.signal })) {
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
  }
  if (inReasoning) io.err(io.color ? '\x1b[22m\n' : '\n');
  if (!done || o.signal?.aborted) throw new CancelledError();
  if (o.json) {
    io.out(`${JSON.stringify({ model: modelFor(settings, mode), mode, text: done.text, reasoning: done.reasoning, finishReason: done.finishReason, usage: done.usage, cost: done.cost }, null, 2)}\n`);
  } else if (!done.text.endsWith('\n')) io.out('\n');
  if (done.usage && !o.json) io.err(`${usageLine(t, done.usage, done.cost, io.locale)}\n`);
  if (done.incompleteError) throw done.incompleteError;
}

export interface AskFlags extends ProviderFlags {
  deep?: boolean;
  system?: string;
  json?: boolean;
  reasoning: boolean;
  mask: boolean;
}

export async function askAction(question: string, opts: AskFlags): Promise<void> {
  const settings = requireCliSettings(opts);
  const text = question === '-' ? new TextDecoder().decode(await readStdin()) : question;
  if (!text.trim()) throw new EmptyInputError('ask.cli.emptyFile', { path: question === '-' ? 'stdin' : '""' });
  const ctrl = new AbortController();
  const onSigint = () => ctrl.abort();
  process.once('SIGINT', onSigint);
  try {
    await runAsk({ ...settings, maskSensitive: opts.mask && settings.maskSensitive }, text, { deep: opts.deep, json: opts.json, reasoning: opts.reasoning, system: opts.system, signal: ctrl.signal }, {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
      color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
      locale: cliLocale(),
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
}
