import type { ChatMessage, ChatMode } from '../types';
import type { ProviderPreset } from './presets';

export interface BodyOptions {
  model: string;
  mode: ChatMode;
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  json?: boolean;
  stream: boolean;
}

export type ChatBody = Record<string, unknown> & { model: string; messages: { role: string; content: string }[] };

/**
 * The request body for one chat call. Reasoning from earlier turns is never sent (R1-style providers
 * answer 400, V4 ignores it); same-role neighbours are merged (DeepSeek has answered 400 to two user
 * messages in a row); thinking requests carry no sampling parameters (ignored or rejected there).
 */
export function buildChatBody(preset: ProviderPreset, o: BodyOptions): ChatBody {
  const deep = o.mode === 'deep';
  const body: ChatBody = { model: o.model, messages: mergeSameRole(o.messages) };
  if (o.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  if (o.maxTokens) body.max_tokens = o.maxTokens;
  if (!deep && o.temperature !== undefined) body.temperature = o.temperature;
  if (o.json && (deep ? preset.jsonMode.deep : preset.jsonMode.fast)) body.response_format = { type: 'json_object' };
  switch (preset.thinking) {
    case 'deepseek':
      body.thinking = { type: deep ? 'enabled' : 'disabled' };
      if (deep) body.reasoning_effort = 'high';
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

function mergeSameRole(messages: ChatMessage[]): { role: string; content: string }[] {
  const out: { role: string; content: string }[] = [];
  for (const m of messages) {
    const last = out[out.length - 1];
    if (last && last.role === m.role && m.role !== 'assistant') last.content = `${last.content}\n\n${m.content}`;
    else out.push({ role: m.role, content: m.content });
  }
  return out;
}
