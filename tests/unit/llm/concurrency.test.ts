import { afterEach, describe, expect, it } from 'vitest';
import { ConcurrencyLimiter, completeChat, limiterFor, mapReduce, type LlmSettings } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = Array.from({ length: 8 }, (_, i) => `## Part ${i}\n\n${'word '.repeat(300)}`).join('\n\n');
const job = (s: LlmSettings) =>
  mapReduce(s, {
    text,
    chunkTokens: 120,
    mode: 'fast',
    map: (c) => [{ role: 'user', content: c.slice(0, 40) }],
    reduce: (p) => [{ role: 'user', content: `merge ${p.length}` }],
  });

describe('a per-provider concurrency limit', () => {
  it('holds across two map-reduce jobs running at once', async () => {
    let inFlight = 0;
    let peak = 0;
    llm = await startMockLlm(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(15);
      inFlight--;
      return { content: 'part' };
    });
    // A fresh endpoint key (the port differs per server), limited to 2 in flight.
    const s: LlmSettings = { ...llm.settings, maxConcurrency: 2 };
    await Promise.all([job(s), job(s)]);
    expect(llm.requests.length).toBeGreaterThan(8);
    expect(peak).toBe(2);
  });

  it('backs off on 429: fewer requests at once, and the refused one is retried', async () => {
    let inFlight = 0;
    let peakBefore = 0;
    const limitsAfter: number[] = [];
    const ref: { s?: LlmSettings } = {};
    llm = await startMockLlm(async (_b, i) => {
      if (i === 3) return { status: 429, retryAfter: 0 };
      if (i < 3) {
        peakBefore = Math.max(peakBefore, ++inFlight);
        // The first three were sent together: hold each until all three are here (or 2 s pass, if the
        // client held one back), so a slow, loaded machine cannot finish one before the next arrives.
        for (let waited = 0; inFlight < 3 && peakBefore < 3 && waited < 2000; waited += 5) await sleep(5);
      } else {
        inFlight++;
        limitsAfter.push(limiterFor(ref.s!).currentLimit);
      }
      await sleep(15);
      inFlight--;
      return { content: 'part' };
    });
    ref.s = { ...llm.settings, maxConcurrency: 4, maxRetries: 2 };
    const r = await job(ref.s);
    expect(r.text).toBe('part');
    expect(peakBefore).toBeGreaterThan(2);
    // The 429 halved the limit to 2; the requests sent after it went out under a reduced limit, which
    // climbs back one step per round of successes.
    expect(limitsAfter[0]).toBeLessThan(4);
    expect(limitsAfter).toEqual([...limitsAfter].sort((a, b) => a - b));
  });

  it('a cancel while waiting for a slot sends nothing', async () => {
    llm = await startMockLlm(async () => {
      await sleep(50);
      return { content: 'x' };
    });
    const s: LlmSettings = { ...llm.settings, maxConcurrency: 1 };
    const first = completeChat(s, { messages: [{ role: 'user', content: 'a' }], mode: 'fast' });
    const ctrl = new AbortController();
    const second = completeChat(s, { messages: [{ role: 'user', content: 'b' }], mode: 'fast', signal: ctrl.signal });
    await sleep(10);
    ctrl.abort();
    await expect(second).rejects.toMatchObject({ name: 'CancelledError' });
    await first;
    expect(llm.requests).toHaveLength(1);
  });

  it('the limiter halves on a 429 and climbs back one success at a time', async () => {
    const l = new ConcurrencyLimiter(8);
    l.onRateLimited(0);
    expect(l.currentLimit).toBe(4);
    l.onRateLimited(0);
    expect(l.currentLimit).toBe(2);
    // One step up per full round of successes (2 at a limit of 2, then 3 at 3).
    l.onSuccess();
    l.onSuccess();
    expect(l.currentLimit).toBe(3);
    for (let i = 0; i < 3; i++) l.onSuccess();
    expect(l.currentLimit).toBe(4);
    const releases = await Promise.all([l.acquire(), l.acquire(), l.acquire(), l.acquire()]);
    let fifth = false;
    void l.acquire().then(() => (fifth = true));
    await sleep(5);
    expect(fifth).toBe(false);
    releases[0]();
    await sleep(5);
    expect(fifth).toBe(true);
  });
});
