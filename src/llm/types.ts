// The small spec at the bottom of the LLM layer: everything above it speaks these types, nothing
// above it speaks HTTP. Implementations live beside this file (client, structured output, map-reduce).
import type { AppError } from '../errors';

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** Kept for display only; never sent back to a provider (R1-style providers answer 400). */
  reasoning?: string;
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

export interface Cost {
  /** In the price table's currency. */
  amount: number;
  currency: 'USD' | 'CNY';
}

export type ChatEvent =
  | { type: 'reasoning'; delta: string }
  | { type: 'content'; delta: string }
  | { type: 'usage'; usage: Usage; cost?: Cost }
  | { type: 'retry'; attempt: number; delayMs: number; reason: string }
  | {
      type: 'done';
      text: string;
      reasoning: string;
      finishReason: FinishReason;
      usage?: Usage;
      cost?: Cost;
      /** With finishReason 'incomplete': why (StreamCutError, or an idle TimeoutError); show it as a warning. */
      incompleteError?: AppError;
    };

export interface ChatRequest {
  messages: ChatMessage[];
  mode: ChatMode;
  signal?: AbortSignal;
  maxTokens?: number;
  /** Ignored for thinking models, which reject or ignore sampling parameters. */
  temperature?: number;
  /** Ask for a JSON object (JSON mode where the provider supports it). */
  json?: boolean;
}

export interface ChatResult {
  text: string;
  reasoning: string;
  finishReason: FinishReason;
  usage?: Usage;
  cost?: Cost;
}

/** Transforms return their value with warnings; the pane shows them in a MessageBar, the CLI on stderr. */
export interface WithWarnings<T> {
  value: T;
  warnings: string[];
}
