// `npm start` and `vite preview` carry the relay on the pane's own origin under /relay/v1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { chatBody, rawRequest } from '../../support/relay';
import { completeChat, testConnection } from '../../../src/llm';

const KEY = 'sk-dev-server-secret-99';
let llm: MockLlm | undefined;
let server: ViteDevServer | PreviewServer | undefined;
const saved = { ...process.env };
afterEach(async () => {
  await (server && ('close' in server ? server.close() : undefined));
  await llm?.close();
  server = llm = undefined;
  process.env = { ...saved };
});

function providerEnv(baseURL: string, key = KEY) {
  Object.assign(process.env, {
    DSPLUS_CONFIG: '/nonexistent/dsplus.json',
    DSPLUS_PROVIDER: 'deepseek',
    DSPLUS_BASE_URL: baseURL,
    DSPLUS_API_KEY: key,
    DSPLUS_LANG: 'en-US',
  });
}

function origin(s: ViteDevServer | PreviewServer): string {
  return s.resolvedUrls!.local[0].replace(/\/$/, '');
}

describe('the dev server’s relay', () => {
  it('answers the pane same-origin with the key added, and refuses other origins', { timeout: 60_000 }, async () => {
    llm = await startMockLlm(undefined, { requireKey: KEY });
    providerEnv(llm.url);
    const dev = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    server = dev;
    await dev.listen();
    const base = `${origin(dev)}/relay/v1`;
    const settings = { ...llm.settings, apiKey: '', connection: 'relay' as const, baseURL: base };
    const report = await testConnection(settings);
    expect(report).toMatchObject({ ok: true, relay: { provider: 'deepseek' }, models: ['deepseek-flash', 'deepseek-v4-pro'] });
    await expect(completeChat(settings, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' })).resolves.toMatchObject({ text: 'Mock answer: hi' });
    expect(llm.requestHeaders[0].authorization).toBe(`Bearer ${KEY}`);
    const same = await rawRequest(`${base}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin(dev) },
      body: chatBody(),
    });
    expect(same.status).toBe(200);
    // Same-origin needs no CORS, and the dev server's relay allows no other origin, not even the add-in's defaults.
    const other = await rawRequest(`${base}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://localhost:3000' },
      body: chatBody(),
    });
    expect(other.status).toBe(403);
    expect(llm.requests).toHaveLength(2);
    // The pane itself is still served.
    expect((await rawRequest(`${origin(dev)}/taskpane/index.html`)).status).toBe(200);
  });

  it('with no key where it runs, the pane gets the sentence that says where to put one', { timeout: 60_000 }, async () => {
    llm = await startMockLlm();
    providerEnv(llm.url, '');
    process.env.DEEPSEEK_API_KEY = '';
    const dev = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    server = dev;
    await dev.listen();
    const settings = { ...llm.settings, apiKey: '', connection: 'relay' as const, baseURL: `${origin(dev)}/relay/v1` };
    const err = await completeChat(settings, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'llm.error.relay.notConfigured', params: { detail: expect.stringContaining('No API key is set') } });
    expect(llm.requests).toHaveLength(0);
  });

  it('vite preview serves it too', { timeout: 60_000 }, async () => {
    llm = await startMockLlm(undefined, { requireKey: KEY });
    providerEnv(llm.url);
    const outDir = mkdtempSync(join(tmpdir(), 'dsplus-preview-'));
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>pane</title>');
    const p = await preview({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    server = p;
    const info = await rawRequest(`${origin(p)}/relay/v1/info`);
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ relay: 'dsplus', provider: 'deepseek' });
    expect(info.body).not.toContain(KEY);
  });
});
