/**
 * Scripted agent runs for the local model server (tests/support/mock-llm.ts): the model's side of a
 * multi-step run, turn by turn. Each chat request of the run gets the next turn; a turn calls tools
 * (streamed as tool-call deltas by the mock, or as a text-protocol JSON answer) or answers.
 *
 *   const llm = await startMockLlm(scriptedRun([
 *     { calls: [{ name: 'list_sheets', arguments: {} }] },
 *     { calls: [{ name: 'read_range', arguments: { sheet: 'Sales', range: 'A1:D5' } }] },
 *     { content: 'Added the totals.' },
 *   ]));
 *
 * A turn may also be a function of the request body (to answer from what the tools returned). Probe
 * requests (the one-time check whether a server has function calling: a lone `ping` tool) are answered
 * by `probe` — 'native' calls ping, 'text' answers in prose, a status refuses tools — and do not use up
 * a turn. Past the last turn the server answers `final`.
 */
import type { AnswerReply, MockChatBody, MockHandler, MockReply } from './mock-llm';

export interface ScriptCall {
  name: string;
  arguments: unknown;
  id?: string;
}

export type ScriptTurn =
  { content?: string; reasoning?: string; calls?: ScriptCall[]; interleave?: boolean } | ((body: MockChatBody, turn: number) => MockReply | Promise<MockReply>);

export interface ScriptOptions {
  /** How the server answers the function-calling probe (default: 'native'). */
  probe?: 'native' | 'text' | { status: 400 | 422; message?: string };
  /** Write tool calls as a text-protocol JSON answer instead of native tool_calls deltas. */
  text?: boolean;
  final?: string;
}

export function isProbe(body: MockChatBody): boolean {
  const tools = body.tools as { function?: { name?: string } }[] | undefined;
  return Array.isArray(tools) && tools.length === 1 && tools[0]?.function?.name === 'ping';
}

export function scriptedRun(turns: readonly ScriptTurn[], o: ScriptOptions = {}): MockHandler & { turnsUsed: () => number } {
  let turn = 0;
  const handler = (async (body: MockChatBody) => {
    if (isProbe(body)) {
      const p = o.probe ?? 'native';
      if (p === 'native') return { content: '', toolCalls: [{ id: 'probe_1', name: 'ping', arguments: '{}' }] };
      if (p === 'text') return { content: 'pong' };
      return { status: p.status, message: p.message ?? 'tools are not supported by this model' };
    }
    const t = turns[turn];
    const n = turn++;
    if (!t) return { content: o.final ?? 'Done.' };
    if (typeof t === 'function') return t(body, n);
    const calls = (t.calls ?? []).map((c, i) => ({
      id: c.id ?? `call_${n}_${i}`,
      name: c.name,
      arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
    }));
    if (o.text && calls.length) {
      return { content: JSON.stringify({ tool_calls: calls.map((c) => ({ name: c.name, arguments: safeParse(c.arguments) })) }), reasoning: t.reasoning };
    }
    const reply: AnswerReply = {
      content: t.content ?? '',
      ...(t.reasoning ? { reasoning: t.reasoning } : {}),
      ...(calls.length ? { toolCalls: calls, interleaveToolCalls: t.interleave } : {}),
    };
    return reply;
  }) as unknown as MockHandler & { turnsUsed: () => number };
  handler.turnsUsed = () => turn;
  return handler;
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
}

/** The tool results the last request sent back (native `tool` messages or a text-protocol user message). */
export function lastToolResults(body: MockChatBody): { id: string; content: unknown }[] {
  const out: { id: string; content: unknown }[] = [];
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const m = body.messages[i];
    if (m.role === 'tool') out.unshift({ id: String(m.tool_call_id), content: safeParse(String(m.content)) });
    else if (m.role === 'user' && String(m.content).startsWith('Tool results:')) {
      const list = safeParse(String(m.content).slice('Tool results:'.length).trim()) as { id: string; result: unknown }[];
      return list.map((r) => ({ id: r.id, content: r.result }));
    } else break;
  }
  return out;
}

/**
 * The Excel agent's usual run over the Sales sheet: it lists the sheets, reads A1:C4, then proposes a Total
 * column and a Summary sheet (the agent e2e, and the screens' agent view).
 */
export const SALES_TOTALS_RUN: ScriptTurn[] = [
  {
    calls: [
      { name: 'list_sheets', arguments: {} },
      { name: 'read_range', arguments: { sheet: 'Sales', range: 'A1:C4' } },
    ],
  },
  {
    calls: [
      { name: 'write_range', arguments: { sheet: 'Sales', range: 'D1', values: [['Total'], ['=B2*C2'], ['=B3*C3'], ['=B4*C4']] } },
      { name: 'add_sheet', arguments: { name: 'Summary' } },
      {
        name: 'write_range',
        arguments: {
          sheet: 'Summary',
          range: 'A1',
          values: [
            ['Items', 'Revenue'],
            [3, 26],
          ],
        },
      },
    ],
  },
  { content: 'Added a Total column (D) and a Summary sheet.' },
];
