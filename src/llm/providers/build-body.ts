import type { ChatMessage, ChatMode, ToolChoice, ToolDefinition } from '../types';
import type { ProviderPreset } from './presets';

/** DeepSeek's `reasoning_effort` for thinking requests (DeepSeek maps other names onto these three). */
export type ReasoningEffort = 'low' | 'high' | 'max';

export interface BodyOptions {
  model: string;
  mode: ChatMode;
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  json?: boolean;
  stream: boolean;
  /** For the 'deepseek' thinking switch in deep mode (default 'high', DeepSeek's own default). */
  reasoningEffort?: ReasoningEffort;
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
}

/** A message as it goes over the wire (OpenAI / DeepSeek chat-completions shape). */
export interface WireMessage {
  role: string;
  content: string;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
  reasoning_content?: string;
}

export type ChatBody = Record<string, unknown> & { model: string; messages: WireMessage[] };

/**
 * The request body for one chat call. Reasoning from earlier turns is never sent (R1-style providers
 * answer 400, V4 ignores it) — except on an assistant turn with tool calls for DeepSeek, which answers
 * 400 unless that turn's `reasoning_content` comes back (even ""). Same-role neighbours are merged
 * (DeepSeek has answered 400 to two user messages in a row); thinking requests carry no sampling
 * parameters (ignored or rejected there).
 */
export function buildChatBody(preset: ProviderPreset, o: BodyOptions): ChatBody {
  const deep = o.mode === 'deep';
  const body: ChatBody = { model: o.model, messages: toWire(o.messages, preset.thinking === 'deepseek') };
  if (o.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  if (o.maxTokens) body.max_tokens = o.maxTokens;
  if (!deep && o.temperature !== undefined) body.temperature = o.temperature;
  if (o.json && (deep ? preset.jsonMode.deep : preset.jsonMode.fast)) body.response_format = { type: 'json_object' };
  if (o.tools?.length) {
    body.tools = o.tools;
    if (o.toolChoice) body.tool_choice = o.toolChoice;
  }
  switch (preset.thinking) {
    case 'deepseek':
      body.thinking = { type: deep ? 'enabled' : 'disabled' };
      if (deep) body.reasoning_effort = o.reasoningEffort ?? 'high';
      break;
    case 'thinking_type':
      body.thinking = { type: deep ? 'enabled' : 'disabled' };
      break;
    case 'enable_thinking':
      body.enable_thinking = deep;
      break;
    case 'openrouter':
      body.reasoning = { enabled: deep };
      break;
    case 'reasoning_effort':
      body.reasoning_effort = deep ? 'high' : 'none';
      break;
    case 'model':
      break;
  }
  return body;
}

function toWire(messages: ChatMessage[], echoToolReasoning: boolean): WireMessage[] {
  const out: WireMessage[] = [];
  for (const m of messages) {
    const last = out[out.length - 1];
    if (m.role === 'assistant' && m.toolCalls?.length) {
      const w: WireMessage = {
        role: 'assistant',
        content: m.content,
        tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.function.name, arguments: c.function.arguments } })),
      };
      if (echoToolReasoning) w.reasoning_content = m.reasoning ?? '';
      out.push(w);
    } else if (m.role === 'tool') {
      out.push({ role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' });
    } else if (last && last.role === m.role && m.role !== 'assistant' && !last.tool_calls) {
      last.content = `${last.content}\n\n${m.content}`;
    } else {
      out.push({ role: m.role, content: m.content });
    }
  }
  return out;
}
