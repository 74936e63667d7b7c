import { AppError, isAbortError } from '../errors';
import type { ToolCall } from '../llm/types';
import { translate } from '../locales';
import type { AgentHost } from './host';
import type { ReviewSession } from './review-session';
import { checkArgs } from './tool-args';
import type { AgentTool, ToolContext } from './tool';
import type { Transcript } from './transcript';
import type { AgentEvent } from './types';

/** What the model sees of one result, at most (reads cap their rows well below this). */
export const MAX_RESULT_CHARS = 16_000;

export interface CallOutcome {
  call: ToolCall;
  /** ok: a read's result; bad: unknown tool or arguments that do not fit; error: the tool failed; proposal: waiting for review. */
  kind: 'ok' | 'bad' | 'error' | 'proposal';
  content: string;
  changeId?: string;
}

interface CallEnv {
  tools: readonly AgentTool[];
  host: AgentHost;
  session: ReviewSession;
  ctx: ToolContext;
  turn: number;
  emit: (e: AgentEvent) => void;
  transcript: Transcript;
}

function capped(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > MAX_RESULT_CHARS ? `${s.slice(0, MAX_RESULT_CHARS)}… (result cut at ${MAX_RESULT_CHARS} characters; ask for less)` : s;
}

/** An error as the sentence the model reads (always English: the model's working language here). */
function errorSentence(e: unknown): string {
  if (e instanceof AppError) return translate('en-US', e.key, e.params);
  return e instanceof Error ? e.message : String(e);
}

/** Runs one call: a read returns its data, a write adds a proposal to the review session. */
export async function runToolCall(call: ToolCall, env: CallEnv): Promise<CallOutcome> {
  const name = call.function.name;
  const report = (kind: CallOutcome['kind'], content: string, changeId?: string): CallOutcome => {
    const status = kind === 'ok' ? 'done' : kind === 'proposal' ? 'proposed' : 'error';
    env.emit({ type: 'tool', turn: env.turn, callId: call.id, name, arguments: call.function.arguments, status, result: content });
    if (kind !== 'proposal')
      env.transcript.add({
        kind: 'tool',
        at: env.transcript.at(),
        turn: env.turn,
        callId: call.id,
        name,
        arguments: call.function.arguments,
        result: content,
        ...(kind === 'ok' ? {} : { error: true }),
      });
    return { call, kind, content, ...(changeId ? { changeId } : {}) };
  };
  env.emit({ type: 'tool', turn: env.turn, callId: call.id, name, arguments: call.function.arguments, status: 'running' });
  const tool = env.tools.find((t) => t.name === name);
  if (!tool) {
    const why = env.host.unavailable?.[name];
    const list = env.tools.map((t) => t.name).join(', ');
    return report('bad', why ? `Error: ${name} is not available here: ${why}` : `Error: there is no tool named "${name}". The tools are: ${list}.`);
  }
  const checked = checkArgs(tool, call.function.arguments);
  if (!checked.ok) return report('bad', `Error: ${checked.problem}`);
  try {
    if (tool.kind === 'read') return report('ok', capped(await tool.run(checked.args, env.ctx)));
    const proposal = await tool.propose(checked.args, env.ctx);
    const change = env.session.add(env.turn, name, call.id, proposal);
    env.transcript.add({
      kind: 'proposal',
      at: env.transcript.at(),
      turn: env.turn,
      changeId: change.id,
      callId: call.id,
      summary: change.summary,
      guard: change.guard,
    });
    return report('proposal', '', change.id);
  } catch (e) {
    if (isAbortError(e) || env.ctx.signal?.aborted) throw e;
    return report('error', `Error: ${errorSentence(e)}`);
  }
}
