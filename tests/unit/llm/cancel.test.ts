import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, streamChat, type ChatEvent } from '../../../src/llm';
import { isAbortError } from '../../../src/errors';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('cancel', () => {
  it('aborting mid-stream ends the iteration silently, with no done event, and closes the connection', async () => {
    llm = await startMockLlm(() => ({ content: 'x'.repeat(200), chunkSize: 2, chunkDelayMs: 10 }));
    const ctrl = new AbortController();
    const events: ChatEvent[] = [];
    for await (const e of streamChat(llm.settings, { messages: [{ role: 'user', content: 'go' }], mode: 'fast', signal: ctrl.signal })) {
      events.push(e);
      if (events.length === 5) ctrl.abort();
    }
    expect(events.some((e) => e.type === 'done')).toBe(false);
    expect(events.length).toBeLessThan(10);
    await new Promise((r) => setTimeout(r, 100));
    expect(llm.disconnects).toBe(1);
  });

  it('completeChat rejects with an abort error (which panes treat as a cancel, not a failure)', async () => {
    llm = await startMockLlm(() => ({ content: 'y'.repeat(100), chunkSize: 1, chunkDelayMs: 10 }));
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 100);
    const err = await completeChat(llm.settings, { messages: [{ role: 'user', content: 'go' }], mode: 'fast', signal: ctrl.signal }).catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
  });

  it('a cancel during a retry wait takes effect at once', async () => {
    llm = await startMockLlm(() => ({ status: 429, retryAfter: 30 }));
    const ctrl = new AbortController();
    const events: ChatEvent[] = [];
    const t0 = Date.now();
    for await (const e of streamChat({ ...llm.settings, maxRetries: 3 }, { messages: [{ role: 'user', content: 'go' }], mode: 'fast', signal: ctrl.signal })) {
      events.push(e);
      if (e.type === 'retry') ctrl.abort();
    }
    expect(events.map((e) => e.type)).toEqual(['retry']);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(llm.requests).toHaveLength(1);
  });
});
