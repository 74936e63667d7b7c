import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthError,
  completeChat,
  InsufficientBalanceError,
  isLlmFailure,
  RateLimitError,
  streamChat,
  LlmError,
  type ChatEvent,
  type LlmSettings,
} from '../../../src/llm';
import { translate } from '../../../src/locales';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const ask = (s: LlmSettings, onEvent?: (e: ChatEvent) => void) => completeChat(s, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' }, onEvent);

describe('HTTP failures become typed errors with a sentence', () => {
  it.each([
    [401, 'auth', AuthError, 'Check the key'],
    [402, 'balance', InsufficientBalanceError, 'Top up'],
    [503, 'busy', LlmError, 'overloaded'],
    [500, 'server', LlmError, 'internal error'],
    [429, 'rateLimit', RateLimitError, 'Too many requests'],
  ] as const)('%i → typed error', async (status, failure, Type, words) => {
    llm = await startMockLlm(() => ({ status }));
    // A generic OpenAI-compatible server: DeepSeek's own 429 has its own sentence (below).
    const err = await ask({ ...llm.settings, provider: 'custom' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Type);
    expect(isLlmFailure(err, failure)).toBe(true);
    const e = err as LlmError;
    expect(translate('en-US', e.key, e.params)).toContain(words);
    expect(translate('zh-CN', e.key, e.params)).not.toBe(e.key);
  });

  it('a DeepSeek 429 says the account is over its concurrent-request limit', async () => {
    llm = await startMockLlm(() => ({ status: 429 }));
    const err = (await ask(llm.settings).catch((e: unknown) => e)) as LlmError;
    expect(RateLimitError.isInstance(err)).toBe(true);
    expect(translate('en-US', err.key, err.params)).toContain('your account is over its concurrent-request limit');
    expect(translate('zh-CN', err.key, err.params)).toContain('同时进行的请求数超过了上限');
    // The same server reached under Custom is not DeepSeek's account limit: the generic sentence.
    const other = (await ask({ ...llm.settings, provider: 'custom' }).catch((e: unknown) => e)) as LlmError;
    expect(translate('en-US', other.key, other.params)).toContain('Too many requests');
  });

  it('400 and 422 carry the provider message', async () => {
    llm = await startMockLlm((_b, i) => ({ status: i === 0 ? 400 : 422, message: 'max_tokens must be <= 8192' }));
    for (let i = 0; i < 2; i++) {
      const err = await ask(llm.settings).catch((e: unknown) => e);
      expect(isLlmFailure(err, 'invalidRequest')).toBe(true);
      expect(translate('en-US', (err as LlmError).key, (err as LlmError).params)).toContain('max_tokens must be <= 8192');
    }
  });

  it('never retries 400, 401, 402 or 422', async () => {
    for (const status of [400, 401, 402, 422] as const) {
      llm = await startMockLlm(() => ({ status }));
      await expect(ask({ ...llm.settings, maxRetries: 3 })).rejects.toBeInstanceOf(LlmError);
      expect(llm.requests).toHaveLength(1);
      await llm.close();
      llm = undefined;
    }
  });
});

describe('retries', () => {
  it('429 with Retry-After is retried after the time the server asked for, and reported as an event', async () => {
    llm = await startMockLlm((_b, i) => (i < 2 ? { status: 429, retryAfter: 0 } : { content: 'finally' }));
    const retries: ChatEvent[] = [];
    const r = await ask({ ...llm.settings, maxRetries: 2 }, (e) => e.type === 'retry' && retries.push(e));
    expect(r.text).toBe('finally');
    expect(retries).toEqual([
      { type: 'retry', attempt: 1, delayMs: 0, reason: 'llm.error.rateLimit.concurrency' },
      { type: 'retry', attempt: 2, delayMs: 0, reason: 'llm.error.rateLimit.concurrency' },
    ]);
  });

  it('503 without Retry-After backs off and succeeds', async () => {
    llm = await startMockLlm((_b, i) => (i === 0 ? { status: 503 } : { content: 'ok' }));
    const delays: number[] = [];
    const r = await ask({ ...llm.settings, maxRetries: 1 }, (e) => e.type === 'retry' && delays.push(e.delayMs));
    expect(r.text).toBe('ok');
    expect(delays[0]).toBeGreaterThanOrEqual(375);
    expect(delays[0]).toBeLessThanOrEqual(500);
  });

  it('gives up after maxRetries with the last error', async () => {
    llm = await startMockLlm(() => ({ status: 429, retryAfter: 0 }));
    await expect(ask({ ...llm.settings, maxRetries: 2 })).rejects.toBeInstanceOf(RateLimitError);
    expect(llm.requests).toHaveLength(3);
  });

  it('a stream cut before any text is retried; one cut after text is not', async () => {
    llm = await startMockLlm((_b, i) => (i === 0 ? { cutAfterChunks: 1, content: 'x' } : { content: 'second try' }));
    const r = await ask({ ...llm.settings, maxRetries: 1 });
    expect(r.text).toBe('second try');

    llm.setHandler(() => ({ cutAfterChunks: 4, content: 'partial answer that is long enough', reasoning: '' }));
    const before = llm.requests.length;
    const events: ChatEvent[] = [];
    for await (const e of streamChat({ ...llm.settings, maxRetries: 3 }, { messages: [{ role: 'user', content: 'x' }], mode: 'fast' })) events.push(e);
    expect(llm.requests.length - before).toBe(1);
    const done = events.at(-1) as Extract<ChatEvent, { type: 'done' }>;
    expect(done.type).toBe('done');
    expect(done.finishReason).toBe('incomplete');
    expect(done.text.length).toBeGreaterThan(0);
    expect('partial answer that is long enough'.startsWith(done.text)).toBe(true);
    expect(done.incompleteError?.key).toBe('llm.error.streamCut');
  });
});

describe('timeouts and the network', () => {
  it('an unreachable server is a network error naming the host', async () => {
    llm = await startMockLlm();
    const settings = { ...llm.settings };
    await llm.close();
    llm = undefined;
    const err = await ask(settings).catch((e: unknown) => e);
    expect(isLlmFailure(err, 'network')).toBe(true);
    expect(LlmError.isRetryable(err)).toBe(true);
    expect(translate('en-US', (err as LlmError).key, (err as LlmError).params)).toContain(new URL(settings.baseURL).host);
  });

  it('no headers within the connect timeout → a connect timeout', async () => {
    llm = await startMockLlm(() => ({ stallMs: 2_000, beforeHeaders: true }));
    const err = await ask({ ...llm.settings, connectTimeoutMs: 200 }).catch((e: unknown) => e);
    expect(isLlmFailure(err, 'timeout') && err.phase).toBe('connect');
  });

  it('a silent stream trips the idle watchdog; keep-alive comments keep it open', async () => {
    llm = await startMockLlm(() => ({ stallMs: 1_500, stallAfterChunks: 1, content: 'late' }));
    const err = await ask({ ...llm.settings, idleTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(isLlmFailure(err, 'timeout') && err.phase).toBe('idle');

    // The stall is twice the idle limit; only the comments keep the stream open. The limit leaves room for a
    // busy machine's event-loop gaps (a 400 ms limit failed at load 17 with comments every 100 ms).
    llm.setHandler(() => ({ stallMs: 2_400, stallAfterChunks: 1, keepAliveEveryMs: 100, content: 'worth the wait' }));
    const r = await ask({ ...llm.settings, idleTimeoutMs: 1_200 });
    expect(r.text).toBe('worth the wait');
  });

  it('a stall after text ends as incomplete with the idle sentence, keeping the text', async () => {
    llm = await startMockLlm(() => ({ stallMs: 2_000, stallAfterChunks: 3, content: 'abcdefghijklmnopqrstuvwxyz', reasoning: '' }));
    const events: ChatEvent[] = [];
    for await (const e of streamChat({ ...llm.settings, idleTimeoutMs: 300, maxRetries: 2 }, { messages: [{ role: 'user', content: 'x' }], mode: 'fast' }))
      events.push(e);
    const done = events.at(-1) as Extract<ChatEvent, { type: 'done' }>;
    expect(done.finishReason).toBe('incomplete');
    expect(done.text).toBe('abcdefghijklmnop');
    expect(done.incompleteError?.key).toBe('llm.error.timeoutIdle');
    expect(llm.requests).toHaveLength(1);
  });
});
