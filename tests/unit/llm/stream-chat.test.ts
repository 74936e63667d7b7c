import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, streamChat, type ChatEvent } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

async function collect(it: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

describe('streamChat over the DeepSeek wire format', () => {
  it('streams reasoning then content, then usage with cache and reasoning tokens, then done', async () => {
    llm = await startMockLlm(() => ({ reasoning: '先想一想：用户在打招呼。', content: '你好！我是 DeepSeek。', chunkSize: 3 }));
    const events = await collect(streamChat(llm.settings, { messages: [{ role: 'user', content: '你好' }], mode: 'deep' }));
    const types = events.map((e) => e.type);
    expect(types.indexOf('reasoning')).toBeLessThan(types.indexOf('content'));
    expect(types.slice(-2)).toEqual(['usage', 'done']);
    const done = events.at(-1) as Extract<ChatEvent, { type: 'done' }>;
    expect(done.text).toBe('你好！我是 DeepSeek。');
    expect(done.reasoning).toBe('先想一想：用户在打招呼。');
    expect(done.finishReason).toBe('stop');
    expect(done.usage?.cacheHitTokens).toBeGreaterThanOrEqual(0);
    expect(done.usage?.reasoningTokens).toBeGreaterThan(0);
    expect(done.cost?.currency).toBe('USD');
    const body = llm.requests[0];
    expect(body.thinking).toEqual({ type: 'enabled' });
    expect(body.reasoning_effort).toBe('high');
  });

  it('completeChat returns the whole answer', async () => {
    llm = await startMockLlm();
    const r = await completeChat(llm.settings, { messages: [{ role: 'user', content: 'Ping?' }], mode: 'fast' });
    expect(r.text).toBe('Mock answer: Ping?');
    expect(llm.requests[0].thinking).toEqual({ type: 'disabled' });
  });

  it('a deep request where deep thinking is unavailable (Custom, the same model) goes out as a fast one', async () => {
    llm = await startMockLlm();
    const same = { ...llm.settings, provider: 'custom', fastModel: 'qwen3', deepModel: 'qwen3' };
    const ask = { messages: [{ role: 'user' as const, content: 'Ping?' }], mode: 'deep' as const, temperature: 0.3 };
    await completeChat(same, ask);
    // A fast request keeps its sampling temperature; a deep one carries none.
    expect(llm.requests[0]).toMatchObject({ model: 'qwen3', temperature: 0.3 });
    await completeChat({ ...same, deepModel: 'qwen3-thinking' }, ask);
    expect(llm.requests[1].model).toBe('qwen3-thinking');
    expect(llm.requests[1].temperature).toBeUndefined();
  });
});
