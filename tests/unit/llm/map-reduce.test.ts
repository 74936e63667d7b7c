import { afterEach, describe, expect, it } from 'vitest';
import { estimateTokens, mapReduce, splitText, type MapReduceProgress } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('estimateTokens', () => {
  it('follows DeepSeek’s rule of thumb: 0.3 per English character, 0.6 per Chinese character', () => {
    expect(estimateTokens('a'.repeat(1000))).toBe(300);
    expect(estimateTokens('中'.repeat(1000))).toBe(600);
    expect(estimateTokens('')).toBe(0);
  });
});

describe('splitText', () => {
  const section = (h: string) => `## ${h}\n\n${'这是一个段落，内容很充实。'.repeat(20)}\n\n${'Another paragraph of English text. '.repeat(10)}`;
  const doc = ['# 报告', section('背景'), section('方法'), section('结果'), section('结论')].join('\n\n');

  it('keeps every chunk within the budget and loses no text', () => {
    const chunks = splitText(doc, 300);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(estimateTokens(c)).toBeLessThanOrEqual(300);
    expect(chunks.join('').replace(/\s/g, '')).toBe(doc.replace(/\s/g, ''));
  });

  it('starts chunks at headings when it can', () => {
    const chunks = splitText(doc, 400);
    expect(chunks.filter((c) => c.startsWith('## ')).length).toBeGreaterThanOrEqual(3);
  });

  it('cuts a single huge paragraph at sentence ends', () => {
    const para = '第一句话很长很长。'.repeat(200);
    const chunks = splitText(para, 100);
    for (const c of chunks) {
      expect(estimateTokens(c)).toBeLessThanOrEqual(100);
      expect(c.endsWith('。')).toBe(true);
    }
  });
});

describe('mapReduce', () => {
  it('refuses, before sending anything, a text that would take more requests than the limit', async () => {
    llm = await startMockLlm(() => ({ content: 'x' }));
    const text = Array.from({ length: 12 }, (_, i) => `## Part ${i}\n\n${'word '.repeat(200)}`).join('\n\n');
    const run = mapReduce(llm.settings, {
      text,
      chunkTokens: 350,
      maxChunks: 5,
      mode: 'fast',
      map: (c) => [{ role: 'user', content: c }],
      reduce: (p) => [{ role: 'user', content: p.join('\n') }],
    });
    await expect(run).rejects.toMatchObject({ failure: 'tooManyChunks', key: 'llm.error.tooManyChunks' });
    await expect(run).rejects.toMatchObject({ key: 'llm.error.tooManyChunks', params: { chunks: 12, limit: 5 } });
    expect(llm.requests).toHaveLength(0);
  });

  it('maps every chunk with bounded concurrency, reports progress, then reduces', async () => {
    let inFlight = 0;
    let peak = 0;
    llm = await startMockLlm(async (body) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      const last = body.messages.at(-1)?.content ?? '';
      return { content: last.startsWith('MERGE') ? 'FINAL' : `summary ${last.length}` };
    });
    const text = Array.from({ length: 10 }, (_, i) => `## Part ${i}\n\n${'word '.repeat(200)}`).join('\n\n');
    const progress: MapReduceProgress[] = [];
    const r = await mapReduce(llm.settings, {
      text,
      chunkTokens: 350,
      mode: 'fast',
      concurrency: 3,
      map: (c) => [{ role: 'user', content: c }],
      reduce: (parts) => [{ role: 'user', content: `MERGE ${parts.length}` }],
      onProgress: (p) => progress.push(p),
    });
    expect(r.text).toBe('FINAL');
    expect(r.chunks).toBe(10);
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
    expect(progress.filter((p) => p.phase === 'map').at(-1)).toEqual({ phase: 'map', done: 10, total: 10 });
    expect(r.usage?.promptTokens).toBeGreaterThan(0);
  });

  it('a short text is answered by map alone', async () => {
    llm = await startMockLlm(() => ({ content: 'only' }));
    const r = await mapReduce(llm.settings, {
      text: 'short',
      mode: 'fast',
      map: (c) => [{ role: 'user', content: c }],
      reduce: () => [{ role: 'user', content: 'never' }],
    });
    expect(r).toMatchObject({ text: 'only', chunks: 1 });
    expect(llm.requests).toHaveLength(1);
  });

  it('the first failure stops the run with its typed error', async () => {
    llm = await startMockLlm((_b, i) => (i === 1 ? { status: 402 } : { content: 'ok' }));
    const text = Array.from({ length: 6 }, () => 'word '.repeat(300)).join('\n\n');
    await expect(
      mapReduce(llm.settings, {
        text,
        chunkTokens: 100,
        mode: 'fast',
        concurrency: 1,
        map: (c) => [{ role: 'user', content: c }],
        reduce: () => [{ role: 'user', content: 'x' }],
      }),
    ).rejects.toMatchObject({ key: 'llm.error.balance' });
    expect(llm.requests.length).toBe(2);
  });
});
