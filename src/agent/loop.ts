// The agent loop: ask the model, run the tools it calls (reads at once, writes as proposals the user
// reviews), send the results back, until it answers without a call or a budget or Stop ends the run.
// Host-agnostic: the host's tools do the reading and writing; the ReviewSession decides and undoes.
import { AppError, isAbortError } from '../errors';
import { completeChat } from '../llm/complete-chat';
import type { LlmSettings } from '../llm/settings';
import { modelFor } from '../llm/stream-chat';
import { estimateMessagesTokens } from '../llm/tokens';
import type { ChatMessage, ChatMode, ChatResult, ToolCall, Usage } from '../llm/types';
import { addUsage } from '../llm/usage';
import type { Locale } from '../locales/types';
import { message } from '../messages';
import { systemPrompt, type AgentHost } from './host';
import type { ReviewSession } from './review-session';
import { runToolCall } from './run-call';
import { parseTextReply, textProtocolPrompt, textResultsMessage } from './text-protocol';
import { toolDefinitions, type ToolContext } from './tool';
import { detectToolProtocol, type ToolProtocol, type ToolSupportStore } from './tool-support';
import { Transcript } from './transcript';
import type { AgentEvent, AgentResult, RunStatus } from './types';

export const DEFAULT_MAX_STEPS = 20;
export const DEFAULT_MAX_TOKENS = 200_000;

export interface AgentOptions {
  task: string;
  host: AgentHost;
  session: ReviewSession;
  mode?: ChatMode;
  locale?: Locale;
  /** Tool calls in the run (default 20). */
  maxSteps?: number;
  /** Tokens in the run, prompt and answer together (default 200,000). */
  maxTokens?: number;
  signal?: AbortSignal;
  onEvent?: (e: AgentEvent) => void;
  transcript?: Transcript;
  /** Force a protocol (tests, or a user setting); otherwise the preset or a cached probe decides. */
  protocol?: ToolProtocol;
  toolSupport?: ToolSupportStore;
}

interface Turn {
  text: string;
  reasoning: string;
  calls: ToolCall[];
  usage?: Usage;
}

/** Runs the agent. Never throws for a model or tool failure: the result says how the run ended. */
export async function runAgent(settings: LlmSettings, o: AgentOptions): Promise<AgentResult> {
  const mode = o.mode ?? 'fast';
  const locale = o.locale ?? 'en-US';
  const maxSteps = o.maxSteps ?? DEFAULT_MAX_STEPS;
  const maxTokens = o.maxTokens ?? DEFAULT_MAX_TOKENS;
  const emit = (e: AgentEvent) => o.onEvent?.(e);
  const transcript = o.transcript ?? new Transcript();
  const tools = o.host.tools;
  let protocol: ToolProtocol = o.protocol ?? 'native';
  let steps = 0;
  let notRun = 0;
  let usage: Usage | undefined;
  let tokens = 0;
  let turn = 0;
  let answer = '';
  let repairUsed = false;

  const end = (status: RunStatus, note = message(`agent.end.${status}`, { steps, maxSteps, tokens, maxTokens, notRun }), error?: AppError): AgentResult => {
    transcript.add({ kind: 'end', at: transcript.at(), status, steps, tokens, note });
    return { status, answer, protocol, steps, notRun, tokens, usage, note, ...(error ? { error } : {}) };
  };
  const cancelled = async () => {
    await o.session.cancelBatch(turn);
    return end('cancelled');
  };

  try {
    const detected = await detectToolProtocol(settings, mode, { store: o.toolSupport, signal: o.signal, force: o.protocol });
    protocol = detected.protocol;
    emit({ type: 'protocol', protocol, source: detected.source });
  } catch (e) {
    if (o.signal?.aborted || isAbortError(e)) return end('cancelled');
    return end('failed', message('agent.end.failed'), toAppError(e));
  }
  transcript.add({
    kind: 'start',
    at: transcript.at(),
    task: o.task,
    host: o.host.kind,
    ...Transcript.describeSettings(settings),
    model: modelFor(settings, mode),
    protocol,
    maxSteps,
    maxTokens,
  });

  let system = systemPrompt(o.host, { locale, maxSteps });
  if (protocol === 'text') system += `\n\n${textProtocolPrompt(tools)}`;
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: o.task },
  ];
  let sent = 0;
  const ctx: ToolContext = { signal: o.signal, settings, locale, noteRead: (sheet, rect) => o.session.scope.noteRead(sheet, rect) };

  const ask = async (withTools: boolean): Promise<Turn> => {
    turn++;
    emit({ type: 'turn', turn });
    transcript.add({ kind: 'request', at: transcript.at(), turn, messages: messages.slice(sent), tools: withTools ? tools.map((t) => t.name) : [] });
    sent = messages.length;
    const native = protocol === 'native' && withTools;
    const res: ChatResult = await completeChat(
      settings,
      { messages, mode, signal: o.signal, ...(native ? { tools: toolDefinitions(tools), toolChoice: 'auto' as const } : {}) },
      (ev) => {
        if (ev.type === 'reasoning' || ev.type === 'content') emit(ev);
      },
    );
    usage = addUsage(usage, res.usage);
    tokens += res.usage?.totalTokens ?? estimateMessagesTokens(messages) + estimateMessagesTokens([{ role: 'assistant', content: res.text + res.reasoning }]);
    emit({ type: 'progress', steps, maxSteps, tokens, maxTokens });
    let calls = native ? (res.toolCalls ?? []) : [];
    let text = res.text;
    if (protocol === 'text') {
      const parsed = parseTextReply(res.text, turn);
      if (parsed.kind === 'calls' && withTools) calls = parsed.calls;
      else if (parsed.kind === 'final') text = parsed.text;
    }
    transcript.add({
      kind: 'answer',
      at: transcript.at(),
      turn,
      text: res.text,
      reasoning: res.reasoning,
      toolCalls: calls.map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments })),
      usage: res.usage,
    });
    return { text, reasoning: res.reasoning, calls, usage: res.usage };
  };

  /** The last word when a budget ran out: the model says what was done, with no tools to call. */
  const wrapUp = async (why: string): Promise<void> => {
    if (tokens + estimateMessagesTokens(messages) > maxTokens) return;
    messages.push({ role: 'user', content: `${why} Do not call tools. Tell the user what was done and what is left.` });
    const last = await ask(false);
    answer = last.text;
  };

  try {
    for (;;) {
      if (o.signal?.aborted) return await cancelled();
      if (tokens + estimateMessagesTokens(messages) > maxTokens) return end('tokenBudget');
      const t = await ask(true);
      if (t.calls.length === 0) {
        answer = t.text;
        return end('done');
      }
      const room = Math.max(0, maxSteps - steps);
      const run = t.calls.slice(0, room);
      const skipped = t.calls.slice(room);
      messages.push(
        protocol === 'native' ? { role: 'assistant', content: t.text, reasoning: t.reasoning, toolCalls: t.calls } : { role: 'assistant', content: t.text },
      );

      const outcomes = [];
      for (const call of run) outcomes.push(await runToolCall(call, { tools, host: o.host, session: o.session, ctx, turn, emit, transcript }));
      steps += run.length;
      const waiting = outcomes.flatMap((r) => (r.changeId ? [r.changeId] : []));
      await o.session.waitFor(waiting, o.signal);
      const results = outcomes.map((r) => ({ call: r.call, content: r.changeId ? JSON.stringify(o.session.outcome(r.changeId)) : r.content }));
      for (const id of waiting) {
        const c = o.session.changes.find((x) => x.id === id);
        if (c) transcript.add({ kind: 'decision', at: transcript.at(), changeId: id, status: c.status, auto: c.auto, ...(c.error ? { error: c.error } : {}) });
      }
      for (const call of skipped) {
        notRun++;
        const content = `Not run: the step budget of ${maxSteps} tool calls is used up.`;
        emit({ type: 'tool', turn, callId: call.id, name: call.function.name, arguments: call.function.arguments, status: 'notRun', result: content });
        results.push({ call, content });
      }
      if (protocol === 'native') for (const r of results) messages.push({ role: 'tool', toolCallId: r.call.id, content: r.content });
      else messages.push(textResultsMessage(results));
      emit({ type: 'progress', steps, maxSteps, tokens, maxTokens });

      // A call the model got wrong (unknown tool, arguments that do not fit) gets one repair turn.
      const bad = outcomes.some((r) => r.kind === 'bad');
      if (bad && repairUsed) return end('badArguments');
      repairUsed = bad;
      if (bad) emit({ type: 'notice', message: message('agent.notice.repair') });

      if (steps >= maxSteps) {
        if (o.signal?.aborted) return await cancelled();
        await wrapUp(`The step budget of ${maxSteps} tool calls is used up${notRun ? ` and ${notRun} of your calls were not run` : ''}.`);
        return end('stepBudget');
      }
    }
  } catch (e) {
    if (o.signal?.aborted || isAbortError(e)) return await cancelled();
    return end('failed', message('agent.end.failed'), toAppError(e));
  }
}

function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError('agent.error.unexpected', { message: e instanceof Error ? e.message : String(e) });
}
