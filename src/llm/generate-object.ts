import { z } from 'zod';
import type { LlmSettings } from './settings';
import type { ChatEvent, ChatMessage, ChatMode, Usage } from './types';
import { completeChat } from './complete-chat';
import { extractJson } from './extract-json';
import { addUsage } from './usage';
import { InvalidOutputError } from './errors';
import { message, type Message } from '../messages';

export interface GenerateObjectOptions<T> {
  schema: z.ZodType<T>;
  /** The shape described to the model, when `schema` is looser (the caller then checks each part itself). */
  hint?: z.ZodType;
  messages: ChatMessage[];
  mode: ChatMode;
  signal?: AbortSignal;
  onEvent?: (e: ChatEvent) => void;
  maxTokens?: number;
}

function schemaHint(schema: z.ZodType): string {
  try {
    return `\nThe JSON must match this JSON Schema:\n${JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }))}`;
  } catch {
    return '';
  }
}

/**
 * A validated object from the model. JSON mode where the provider supports it (DeepSeek requires the
 * word "json" in the prompt, which the instruction supplies), otherwise the instruction plus
 * extraction from fences or prose, so it works with reasoners too. One repair request quotes the
 * validation error; a second failure is an InvalidOutputError.
 */
export async function generateObject<T>(settings: LlmSettings, opts: GenerateObjectOptions<T>): Promise<{ object: T; usage?: Usage; warnings: Message[] }> {
  const instruction: ChatMessage = {
    role: 'system',
    content: `Reply in json: a single JSON object only, with no prose before or after it and no code fence.${schemaHint(opts.hint ?? opts.schema)}`,
  };
  const messages: ChatMessage[] = [...opts.messages.filter((m) => m.role === 'system'), instruction, ...opts.messages.filter((m) => m.role !== 'system')];
  const warnings: Message[] = [];
  let usage: Usage | undefined;
  let lastError = '';
  let lastText = '';
  for (let round = 0; round < 2; round++) {
    const res = await completeChat(settings, { messages, mode: opts.mode, signal: opts.signal, json: true, maxTokens: opts.maxTokens }, opts.onEvent);
    usage = addUsage(usage, res.usage);
    lastText = res.text;
    const value = extractJson(res.text);
    if (value === undefined) {
      lastError = res.text.trim() === '' ? 'The answer was empty.' : 'The answer contained no JSON object.';
    } else {
      const parsed = opts.schema.safeParse(value);
      if (parsed.success) {
        if (round > 0) warnings.push(message('llm.warning.repaired'));
        return { object: parsed.data, usage, warnings };
      }
      lastError = z.prettifyError(parsed.error);
    }
    messages.push(
      { role: 'assistant', content: res.text || '(empty)' },
      { role: 'user', content: `That answer is not valid JSON for the required shape:\n${lastError}\nReply with the corrected JSON object only.` },
    );
  }
  throw new InvalidOutputError(lastError, lastText);
}
