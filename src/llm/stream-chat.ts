import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { AppError } from '../errors';
import type { LlmSettings } from './settings';
import { missingSetting } from './settings-values';
import type { ChatEvent, ChatMessage, ChatRequest, FinishReason, Usage } from './types';
import { presetFor, type ProviderPreset } from './providers/presets';
import { buildChatBody, type ChatBody } from './providers/build-body';
import { createOpenAI } from './client';
import { toLlmError } from './map-error';
import { backoffDelay, sleep } from './retry';
import { ThinkSplitter } from './think-splitter';
import { createMasker, type Masker } from './masking';
import { mapFinishReason, normalizeUsage } from './usage';
import { costOf } from './pricing';
import { checkContext } from './context-check';
import { LlmError, NotConfiguredError, RateLimitError, isLlmFailure, streamCut, timeout, serverError } from './errors';
import { SseParser } from './sse';
import { ToolCallAssembler, type ToolCallDelta } from './tool-calls';
import { limiterFor } from './limiter';
import { modelFor } from './settings-values';
import { chatModeFor } from './deep-model';

interface Progress {
  delivered: boolean;
  text: string;
  reasoning: string;
}

// In the zod- and SDK-free settings module so the pane's composer can show the model without loading the client.
export { modelFor };

function assertConfigured(settings: LlmSettings, preset: ProviderPreset, model: string): void {
  const missing = missingSetting(settings, { model, needsKey: preset.needsKey });
  if (missing) throw new NotConfiguredError(missing);
}

/**
 * Runs one chat and streams its events: `reasoning` and `content` deltas, `retry` while waiting to
 * try again, `usage` once, then `done`. Reasoning is normalised from `reasoning_content`, `reasoning`
 * or `<think>` inside content. A cancel (req.signal) ends the stream silently with no `done`. A
 * failure before anything was shown is retried when it can be and otherwise thrown as a typed error;
 * once text has been shown nothing is retried, and a cut ends with `done` finishReason 'incomplete'
 * carrying what arrived.
 */
export async function* streamChat(settings: LlmSettings, req: ChatRequest): AsyncGenerator<ChatEvent, void, undefined> {
  const preset = presetFor(settings.provider);
  // A deep request where deep thinking is unavailable (a saved job that had it on) goes out as a fast one.
  const mode = chatModeFor(settings, req.mode === 'deep');
  const model = modelFor(settings, mode);
  assertConfigured(settings, preset, model);
  const masker = settings.maskSensitive ? createMasker() : undefined;
  const mask = (s: string) => (masker ? masker.mask(s) : s);
  const messages: ChatMessage[] = req.messages.map((m) => ({
    ...m,
    content: mask(m.content),
    ...(m.toolCalls ? { toolCalls: m.toolCalls.map((c) => ({ ...c, function: { name: c.function.name, arguments: mask(c.function.arguments) } })) } : {}),
  }));
  checkContext(settings, model, messages, req.maxTokens);
  const body = buildChatBody(preset, {
    model,
    mode,
    messages,
    maxTokens: req.maxTokens,
    temperature: req.temperature,
    json: req.json,
    stream: true,
    reasoningEffort: settings.reasoningEffort,
    tools: req.tools,
    toolChoice: req.toolChoice,
  });
  const limiter = limiterFor(settings);

  for (let attempt = 0; ; attempt++) {
    if (req.signal?.aborted) return;
    const progress: Progress = { delivered: false, text: '', reasoning: '' };
    let failure: AppError;
    // Every request to this provider, from any feature, waits for a slot under its concurrency limit.
    let release: (() => void) | undefined;
    try {
      release = await limiter.acquire(req.signal);
    } catch {
      return;
    }
    try {
      yield* runAttempt(settings, model, body, req.signal, masker, progress);
      limiter.onSuccess();
      return;
    } catch (e) {
      if (req.signal?.aborted) return;
      failure = await toLlmError(e, settings, model);
      if (failure instanceof RateLimitError) limiter.onRateLimited(failure.retryAfterMs);
    } finally {
      release();
    }
    if (progress.delivered) {
      const incompleteError =
        isLlmFailure(failure, 'timeout') || isLlmFailure(failure, 'streamCut') ? failure : streamCut(progress.text, progress.reasoning, failure);
      yield { type: 'done', text: progress.text, reasoning: progress.reasoning, finishReason: 'incomplete', incompleteError };
      return;
    }
    if (!LlmError.isRetryable(failure) || attempt >= settings.maxRetries) throw failure;
    const delayMs = backoffDelay(attempt, (failure as LlmError).retryAfterMs);
    yield { type: 'retry', attempt: attempt + 1, delayMs, reason: failure.key };
    try {
      await sleep(delayMs, req.signal);
    } catch {
      return;
    }
  }
}

interface ChunkDelta {
  content?: string | null;
  reasoning_content?: string | null;
  reasoning?: string | null;
  tool_calls?: ToolCallDelta[] | null;
}

interface Chunk {
  choices?: { delta?: ChunkDelta; finish_reason?: string | null }[];
  usage?: unknown;
  error?: { message?: string };
}

/**
 * One request. The SDK sends it (auth, headers, base URL, typed HTTP errors); the body is read here
 * rather than through the SDK's chunk iterator, because that iterator hides `: keep-alive` (which must
 * feed the idle watchdog) and costs an async hop per chunk: deltas that arrive in one network read are
 * passed on as one event, which keeps a 5,000-chunk stream as cheap as a bare fetch.
 */
async function* runAttempt(
  settings: LlmSettings,
  model: string,
  body: ChatBody,
  signal: AbortSignal | undefined,
  masker: Masker | undefined,
  progress: Progress,
): AsyncGenerator<ChatEvent, void, undefined> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  // One timer for the whole stream that re-arms itself from the last read, rather than a reset per chunk.
  let last = Date.now();
  let idleFired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const quiet = Date.now() - last;
    if (quiet >= settings.idleTimeoutMs) {
      idleFired = true;
      ctrl.abort();
    } else timer = setTimeout(check, settings.idleTimeoutMs - quiet);
  };
  const splitter = new ThinkSplitter();
  const contentOut = masker?.streamRestorer();
  const reasoningOut = masker?.streamRestorer();
  const idleError = () => timeout('idle', Math.round(settings.idleTimeoutMs / 1000));
  // The server answered (headers arrived): a drop from here on is a cut answer, not an unreachable host.
  const cut = (cause?: unknown) => streamCut(progress.text, progress.reasoning, cause, !progress.delivered);

  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const sentAt = new Date();
  const toolCalls = new ToolCallAssembler();
  try {
    const client = createOpenAI(settings);
    const res = await client.chat.completions.create(body as unknown as ChatCompletionCreateParamsStreaming, { signal: ctrl.signal }).asResponse();
    if (!res.body) throw cut();
    reader = res.body.getReader();
    last = Date.now();
    timer = setTimeout(check, settings.idleTimeoutMs);
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let finish: string | null = null;
    let usage: Usage | undefined;
    let ended = false;
    while (!ended) {
      let datas: string[];
      try {
        const r = await reader.read();
        last = Date.now();
        if (r.done) {
          ended = true;
          datas = parser.push(decoder.decode()).concat(parser.flush());
        } else datas = parser.push(decoder.decode(r.value, { stream: true }));
      } catch (e) {
        if (signal?.aborted) return;
        if (idleFired) throw idleError();
        throw cut(e);
      }
      // Deltas from one read, merged per kind while keeping reasoning-before-content order.
      const batch: { type: 'reasoning' | 'content'; text: string }[] = [];
      const add = (type: 'reasoning' | 'content', text: string) => {
        if (!text) return;
        const tail = batch[batch.length - 1];
        if (tail?.type === type) tail.text += text;
        else batch.push({ type, text });
      };
      for (const data of datas) {
        if (data === '[DONE]') {
          ended = true;
          continue;
        }
        let chunk: Chunk;
        try {
          chunk = JSON.parse(data) as Chunk;
        } catch {
          continue;
        }
        if (chunk.error) throw serverError(chunk.error.message ?? '', 500);
        if (chunk.usage) usage = normalizeUsage(chunk.usage);
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        const d = choice.delta;
        const r = d?.reasoning_content || d?.reasoning;
        if (r) add('reasoning', r);
        if (d?.tool_calls) toolCalls.push(d.tool_calls);
        if (d?.content) {
          const parts = splitter.push(d.content);
          add('reasoning', parts.reasoning);
          add('content', parts.content);
        }
        if (choice.finish_reason) finish = choice.finish_reason;
      }
      if (ended) {
        const tail = splitter.flush();
        add('reasoning', tail.reasoning);
        add('content', tail.content);
      }
      for (const b of batch) {
        const out = b.type === 'content' ? (contentOut ? contentOut.push(b.text) : b.text) : reasoningOut ? reasoningOut.push(b.text) : b.text;
        if (out) yield emit(progress, b.type, out);
      }
    }
    if (signal?.aborted) return;
    const restR = reasoningOut?.flush();
    if (restR) yield emit(progress, 'reasoning', restR);
    const restC = contentOut?.flush();
    if (restC) yield emit(progress, 'content', restC);
    if (!finish) throw cut();
    // Peak or off-peak is decided by when the request was sent, as DeepSeek bills it.
    const cost = usage ? costOf(usage, model, settings.prices, { at: sentAt, holidays: settings.holidays }) : undefined;
    if (usage) yield { type: 'usage', usage, cost };
    const finishReason: FinishReason = mapFinishReason(finish);
    const calls = toolCalls.size
      ? toolCalls.calls().map((c) => ({ ...c, function: { ...c.function, arguments: masker ? masker.restore(c.function.arguments) : c.function.arguments } }))
      : undefined;
    yield { type: 'done', text: progress.text, reasoning: progress.reasoning, finishReason, usage, cost, ...(calls ? { toolCalls: calls } : {}) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (!ctrl.signal.aborted) ctrl.abort();
    reader?.cancel().catch(() => undefined);
  }
}

function emit(p: Progress, type: 'reasoning' | 'content', delta: string): ChatEvent {
  p.delivered = true;
  if (type === 'content') p.text += delta;
  else p.reasoning += delta;
  return { type, delta };
}
