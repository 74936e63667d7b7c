// The relay passes a streamed answer through as it is produced, stops the provider when the browser
// goes away, and carries uploads and DeepSeek's tool endpoints unchanged.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { chatBody, rawRequest, startTestRelay, type TestRelay } from '../../support/relay';
import { streamChat } from '../../../src/llm';

let llm: MockLlm | undefined;
let relay: TestRelay | undefined;
let upstream: Server | undefined;
afterEach(async () => {
  await relay?.close();
  await llm?.close();
  await new Promise<void>((r) => (upstream ? upstream.close(() => r()) : r()));
  relay = llm = upstream = undefined;
});

/** Reads an SSE body until `until(text so far)` holds; returns what was read and the reader to go on with. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: (text: string) => boolean, text = ''): Promise<string> {
  const decoder = new TextDecoder();
  while (!until(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

const contentOf = (sse: string) =>
  sse
    .split('\n')
    .filter((l) => l.startsWith('data: {'))
    .map((l) => (JSON.parse(l.slice(6)) as { choices: { delta?: { content?: string | null } }[] }).choices[0]?.delta?.content ?? '')
    .join('');

describe('streaming through the relay', () => {
  it('delivers the first chunks while the provider has not yet sent the last one', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    llm = await startMockLlm(() => ({ content: 'first part, then the rest', chunkSize: 5, holdUntil: held }));
    relay = await startTestRelay(llm.settings);
    const res = await fetch(`${relay.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chatBody() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    // The provider is holding back its finish chunk: a buffering relay would deliver nothing yet.
    const before = await readUntil(reader, (t) => contentOf(t).includes('the rest'));
    expect(contentOf(before)).toBe('first part, then the rest');
    expect(before).not.toContain('finish_reason":"stop"');
    expect(before).not.toContain('[DONE]');
    release();
    const all = await readUntil(reader, (t) => t.includes('[DONE]'), before);
    expect(all).toContain('"finish_reason":"stop"');
    expect(all).toContain('"usage"');
  });

  it('streamChat through the relay gets reasoning, answer and usage like a direct call', async () => {
    llm = await startMockLlm(() => ({ reasoning: '想一想', content: '答案是 42。' }));
    relay = await startTestRelay(llm.settings);
    const events = [];
    for await (const e of streamChat(relay.paneSettings(), { messages: [{ role: 'user', content: 'q' }], mode: 'deep' })) events.push(e);
    const done = events.find((e) => e.type === 'done');
    expect(done).toMatchObject({ text: '答案是 42。', reasoning: '想一想', finishReason: 'stop' });
    expect(events.some((e) => e.type === 'usage')).toBe(true);
  });

  it('a browser that goes away (Stop) aborts the provider request', async () => {
    llm = await startMockLlm(() => ({ content: 'word '.repeat(400), chunkSize: 5, chunkDelayMs: 20 }));
    relay = await startTestRelay(llm.settings);
    const ctrl = new AbortController();
    const res = await fetch(`${relay.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody(),
      signal: ctrl.signal,
    });
    const reader = res.body!.getReader();
    await readUntil(reader, (t) => contentOf(t).includes('word'));
    expect(llm.disconnects).toBe(0);
    ctrl.abort();
    await expect.poll(() => llm!.disconnects).toBe(1);
  });

  it('Stop in streamChat through the relay stops the provider too', async () => {
    llm = await startMockLlm(() => ({ content: 'word '.repeat(400), chunkSize: 5, chunkDelayMs: 20 }));
    relay = await startTestRelay(llm.settings);
    const ctrl = new AbortController();
    let text = '';
    for await (const e of streamChat(relay.paneSettings(), { messages: [{ role: 'user', content: 'q' }], mode: 'fast', signal: ctrl.signal })) {
      if (e.type === 'content') text += e.delta;
      if (text.length > 20) ctrl.abort();
    }
    expect(text.length).toBeLessThan('word '.repeat(400).length);
    await expect.poll(() => llm!.disconnects).toBe(1);
  });

  it('a provider that drops the stream midway reaches the pane as a cut, not as a finished answer', async () => {
    llm = await startMockLlm(() => ({ cutAfterChunks: 4, content: 'partial answer that never ends' }));
    relay = await startTestRelay(llm.settings);
    let done;
    for await (const e of streamChat(relay.paneSettings(), { messages: [{ role: 'user', content: 'q' }], mode: 'fast' })) if (e.type === 'done') done = e;
    expect(done).toMatchObject({ finishReason: 'incomplete', incompleteError: { key: 'llm.error.streamCut' } });
  });

  it('refuses a body over the limit with 413 before anything reaches the provider', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings);
    const big = chatBody('x'.repeat(17 * 1024 * 1024));
    const declared = await rawRequest(`${relay.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { code: 'relay_too_large' } });
    // Without a Content-Length (chunked), the relay counts as the body streams and cuts it off.
    const chunked = await rawRequest(`${relay.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(llm.requests).toHaveLength(0);
    // The pane says what happened in its own words.
    const err = await streamChat(relay.paneSettings({ contextWindow: 50_000_000 }), {
      messages: [{ role: 'user', content: 'x'.repeat(17 * 1024 * 1024) }],
      mode: 'fast',
    })
      .next()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'llm.error.relay.tooLarge', params: { limit: 16 } });
  });
});

describe("DeepSeek's tool endpoints", () => {
  /** A provider stand-in that records what the relay sends to /v1/tools/*. */
  async function recordingUpstream(): Promise<{ url: string; seen: { path: string; headers: IncomingMessage['headers']; body: Buffer }[] }> {
    const seen: { path: string; headers: IncomingMessage['headers']; body: Buffer }[] = [];
    upstream = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        seen.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(parts) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, bytes: Buffer.concat(parts).length }));
      });
    });
    await new Promise<void>((r) => upstream!.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, seen };
  }

  it('forwards search and fetch to /v1/tools/… with the key, and an OCR upload byte for byte', async () => {
    const up = await recordingUpstream();
    relay = await startTestRelay({
      provider: 'deepseek',
      baseURL: up.url,
      apiKey: 'sk-tools-key-0001',
      fastModel: 'deepseek-v4-flash',
      deepModel: 'deepseek-v4-flash',
      maskSensitive: false,
      connectTimeoutMs: 5000,
      idleTimeoutMs: 5000,
      maxRetries: 0,
    });
    const search = await fetch(`${relay.url}/tools/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '杭州天气' }),
    });
    expect(search.status).toBe(200);
    const fetched = await fetch(`${relay.url}/v1/tools/fetch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://example.com' }),
    });
    expect(fetched.status).toBe(200);
    const file = Buffer.alloc(300_000);
    for (let i = 0; i < file.length; i++) file[i] = (i * 7919) % 251;
    const form = new FormData();
    form.append('file', new Blob([file]), 'scan.png');
    form.append('purpose', 'text_recognition');
    const ocr = await fetch(`${relay.url}/tools/ocr`, { method: 'POST', body: form });
    expect(ocr.status).toBe(200);

    expect(up.seen.map((s) => s.path)).toEqual(['/v1/tools/search', '/v1/tools/fetch', '/v1/tools/ocr']);
    expect(up.seen.every((s) => s.headers.authorization === 'Bearer sk-tools-key-0001')).toBe(true);
    expect(JSON.parse(up.seen[0].body.toString())).toEqual({ query: '杭州天气' });
    // The multipart envelope arrives unchanged, boundary and file bytes included.
    const ocrSeen = up.seen[2];
    expect(ocrSeen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(ocrSeen.body.includes(file)).toBe(true);
    expect((await ocr.json()) as { bytes: number }).toMatchObject({ bytes: ocrSeen.body.length });
  });

  it('answers 404 for tools and balance where the provider has none, sending nothing', async () => {
    const up = await recordingUpstream();
    relay = await startTestRelay({
      provider: 'siliconflow',
      baseURL: up.url,
      apiKey: 'sk-sf-0001',
      fastModel: 'a',
      deepModel: 'b',
      maskSensitive: false,
      connectTimeoutMs: 5000,
      idleTimeoutMs: 5000,
      maxRetries: 0,
    });
    const search = await rawRequest(`${relay.url}/tools/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"x"}' });
    const balance = await rawRequest(`${relay.url}/user/balance`);
    expect([search.status, balance.status]).toEqual([404, 404]);
    expect(JSON.parse(balance.body)).toMatchObject({ error: { code: 'relay_not_available' } });
    expect(up.seen).toHaveLength(0);
  });
});
