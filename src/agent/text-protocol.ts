// The fallback for servers without function calling (some local servers, R1-style models): the tools
// are described in the system prompt, the model answers with one JSON object naming the calls, and the
// results go back as a user message. Documented in docs/agent.md ("Text protocol").
import { extractJson } from '../llm/extract-json';
import type { ChatMessage, ToolCall } from '../llm/types';
import { parametersOf, type AgentTool } from './tool';

/** The instruction appended to the system prompt in text-protocol runs. */
export function textProtocolPrompt(tools: readonly AgentTool[]): string {
  const list = tools.map((t) => `- ${t.name}: ${t.description}\n  arguments (JSON Schema): ${JSON.stringify(parametersOf(t))}`).join('\n');
  return [
    'This server has no native function calling, so tools are called through text.',
    'To call tools, reply with ONLY one JSON object and nothing else, for example:',
    '{"tool_calls":[{"name":"list_sheets","arguments":{}},{"name":"read_range","arguments":{"sheet":"Sheet1","range":"A1:C10"}}]}',
    'The results come back in the next message as "Tool results:" followed by JSON. Then call more tools or finish.',
    'To finish, reply with {"final":"<what you did and anything the user should know>"} (plain prose also ends the run).',
    'Tools:',
    list,
  ].join('\n');
}

export type TextReply = { kind: 'calls'; calls: ToolCall[] } | { kind: 'final'; text: string };

interface RawCall {
  name?: unknown;
  tool?: unknown;
  arguments?: unknown;
  args?: unknown;
  parameters?: unknown;
}

function toCall(raw: RawCall, n: number, turn: number): ToolCall | null {
  const name = typeof raw.name === 'string' ? raw.name : typeof raw.tool === 'string' ? raw.tool : null;
  if (!name) return null;
  const args = raw.arguments ?? raw.args ?? raw.parameters ?? {};
  return { id: `text-${turn}-${n}`, type: 'function', function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } };
}

/**
 * A text-protocol answer → the calls it asks for, or the final answer. Accepts the documented
 * `{"tool_calls":[…]}` and the shapes models drift into: one `{"name","arguments"}` object, `{"tool":…}`,
 * a bare array of calls, the JSON in a code fence or after a `<think>` block.
 */
export function parseTextReply(text: string, turn: number): TextReply {
  const value = extractJson(text);
  const list: RawCall[] | null = Array.isArray(value)
    ? (value as RawCall[])
    : value && typeof value === 'object'
      ? Array.isArray((value as { tool_calls?: unknown }).tool_calls)
        ? (value as { tool_calls: RawCall[] }).tool_calls
        : 'name' in value || 'tool' in value
          ? [value as RawCall]
          : null
      : null;
  if (list) {
    const calls = list.flatMap((c, i) => {
      const call = c && typeof c === 'object' ? toCall(c, i, turn) : null;
      return call ? [call] : [];
    });
    if (calls.length) return { kind: 'calls', calls };
  }
  if (value && typeof value === 'object' && typeof (value as { final?: unknown }).final === 'string')
    return { kind: 'final', text: (value as { final: string }).final };
  return { kind: 'final', text: text.trim() };
}

/** The results of one text-protocol turn as the user message that carries them back. */
export function textResultsMessage(results: { call: ToolCall; content: string }[]): ChatMessage {
  const body = results.map((r) => ({ id: r.call.id, name: r.call.function.name, result: safeJson(r.content) }));
  return { role: 'user', content: `Tool results:\n${JSON.stringify(body)}` };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
}
