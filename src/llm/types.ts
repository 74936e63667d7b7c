// The small spec at the bottom of the LLM layer: everything above it speaks these types, nothing
// above it speaks HTTP. Implementations live beside this file (client, structured output, map-reduce).
import type { AppError } from '../errors';
import type { Message } from '../messages';

export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

/** A function the model asked to call; `arguments` is the JSON text exactly as the model wrote it. */
export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A function the model may call (OpenAI/DeepSeek `tools` entry); `parameters` is a JSON Schema. */
export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters: Record<string, unknown>; strict?: boolean };
}

export type ToolChoice = 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /**
   * The model's reasoning. Never sent back on ordinary turns (R1-style providers answer 400). On an
   * assistant turn that carries `toolCalls`, DeepSeek requires it back (even ""), and it is sent there.
   */
  reasoning?: string;
  /** On an assistant message: the calls the model made in that turn. */
  toolCalls?: ToolCall[];
  /** On a `tool` message: the id of the call this message answers. */
  toolCallId?: string;
}

/** 快速 (fast, V3-style) or 深度思考 (deep thinking, R1-style). */
export type ChatMode = 'fast' | 'deep';

export type FinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls' | 'cancelled' | 'incomplete' | 'unknown';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  reasoningTokens?: number;
  cacheHitTokens?: number;
  cacheMissTokens?: number;
}

export type Currency = 'USD' | 'CNY';

/** DeepSeek bills peak hours (Beijing weekdays 09–12 and 14–18, holidays excepted) at twice the off-peak price. */
export type PricePeriod = 'peak' | 'offPeak';

export interface Cost {
  /** In the price table's first currency (USD for DeepSeek's table); `amounts` has every currency priced. */
  amount: number;
  currency: Currency;
  /** The cost in each currency the table prices the model in (DeepSeek publishes USD and CNY). */
  amounts: Partial<Record<Currency, number>>;
  /** The period whose prices applied, when the model's price depends on the time of the request. */
  period?: PricePeriod;
}

export type ChatEvent =
  | { type: 'reasoning'; delta: string }
  | { type: 'content'; delta: string }
  | { type: 'usage'; usage: Usage; cost?: Cost }
  | { type: 'retry'; attempt: number; delayMs: number; reason: string }
  | ({
      type: 'done';
      /** With finishReason 'incomplete': why (a 'streamCut' or an idle 'timeout' LlmError); show it as a warning. */
      incompleteError?: AppError;
    } & ChatResult);

export interface ChatRequest {
  messages: ChatMessage[];
  mode: ChatMode;
  signal?: AbortSignal;
  maxTokens?: number;
  /** Ignored for thinking models, which reject or ignore sampling parameters. */
  temperature?: number;
  /** Ask for a JSON object (JSON mode where the provider supports it). */
  json?: boolean;
  /** Functions the model may call; the answer then may end with finishReason 'tool_calls'. */
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
}

export interface ChatResult {
  text: string;
  reasoning: string;
  finishReason: FinishReason;
  usage?: Usage;
  cost?: Cost;
  /** With finishReason 'tool_calls': the calls, assembled from the streamed fragments. */
  toolCalls?: ToolCall[];
}

/** Transforms return their value with warnings; the pane shows them in a MessageBar, the CLI on stderr. */
export interface WithWarnings<T> {
  value: T;
  warnings: Message[];
}
