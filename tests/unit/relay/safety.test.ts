// A relay holding a key is a target: other web pages, DNS rebinding and other computers must not be
// able to spend it, and the key must never come back out.
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { chatBody, rawRequest, startTestRelay, type RawResponse, type TestRelay } from '../../support/relay';
import { completeChat, getBalance, listModels, testConnection } from '../../../src/llm';
import { planRelay } from '../../../src/cli/actions/relay';
import { ADDIN_ORIGINS } from '../../../src/relay/protocol';

const KEY = 'sk-upstream-secret-7f3a9c1e5b';
let llm: MockLlm | undefined;
let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  await llm?.close();
  relay = llm = undefined;
});

const json = { 'content-type': 'application/json' };
const errorCode = (r: RawResponse) => (JSON.parse(r.body) as { error: { code: string } }).error.code;

describe('who may call the relay', () => {
  it('refuses a page from another origin with 403, preflight included, and forwards nothing', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings);
    const evil = { ...json, origin: 'https://evil.example' };
    const post = await rawRequest(`${relay.url}/chat/completions`, { method: 'POST', headers: evil, body: chatBody() });
    const get = await rawRequest(`${relay.url}/models`, { headers: { origin: 'https://evil.example' } });
    const preflight = await rawRequest(`${relay.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect([post.status, get.status, preflight.status]).toEqual([403, 403, 403]);
    expect(errorCode(post)).toBe('relay_origin');
    for (const r of [post, get, preflight]) expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(llm.requests).toHaveLength(0);
    expect(relay.log.filter((e) => e.refused === 'relay_origin')).toHaveLength(3);
  });

  it('refuses a cross-site request that carries no Origin (an <img>, a no-cors fetch)', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings);
    const r = await rawRequest(`${relay.url}/models`, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' } });
    expect(r.status).toBe(403);
  });

  it('answers the add-in’s own origins and --allow-origin ones with CORS, including Private Network Access', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings, { allowedOrigins: [...ADDIN_ORIGINS, 'https://addin.example.com'] });
    for (const origin of ['https://localhost:3000', 'https://addin.example.com']) {
      const pre = await rawRequest(`${relay.url}/chat/completions`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-dsplus-provider',
          'access-control-request-private-network': 'true',
        },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers['access-control-allow-origin']).toBe(origin);
      expect(pre.headers['access-control-allow-headers']).toBe('content-type,x-dsplus-provider');
      expect(pre.headers['access-control-allow-private-network']).toBe('true');
      const post = await rawRequest(`${relay.url}/chat/completions`, { method: 'POST', headers: { ...json, origin }, body: chatBody() });
      expect(post.status).toBe(200);
      expect(post.headers['access-control-allow-origin']).toBe(origin);
    }
    expect(llm.requests).toHaveLength(2);
  });

  it('refuses a Host header that is not its own address (DNS rebinding), or its own name on another port', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings);
    const rebound = await rawRequest(`${relay.url}/chat/completions`, {
      method: 'POST',
      headers: { ...json, host: `attacker.example:${relay.port}`, origin: `http://attacker.example:${relay.port}` },
      body: chatBody(),
    });
    const otherPort = await rawRequest(`${relay.url}/models`, { headers: { host: `127.0.0.1:${relay.port + 1}` } });
    expect([rebound.status, otherPort.status]).toEqual([403, 403]);
    expect(errorCode(rebound)).toBe('relay_host');
    expect(llm.requests).toHaveLength(0);
    // Its real names on its real port pass.
    for (const host of [`127.0.0.1:${relay.port}`, `localhost:${relay.port}`, `[::1]:${relay.port}`]) {
      expect((await rawRequest(`${relay.url}/models`, { headers: { host } })).status).toBe(200);
    }
  });

  it('with a token, wants it on every request (preflights excepted)', async () => {
    llm = await startMockLlm();
    const token = 'tok-0123456789abcdef';
    relay = await startTestRelay(llm.settings, { token });
    const none = await rawRequest(`${relay.url}/chat/completions`, { method: 'POST', headers: { ...json, origin: 'http://127.0.0.1:3000' }, body: chatBody() });
    const wrong = await rawRequest(`${relay.url}/models`, { headers: { 'x-dsplus-relay-token': 'tok-0123456789abcdeX' } });
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(errorCode(none)).toBe('relay_token');
    // The pane can read why (its origin is allowed), so it can say "copy the token into Settings".
    expect(none.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    expect(llm.requests).toHaveLength(0);
    const pre = await rawRequest(`${relay.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    const ok = await completeChat(relay.paneSettings({ relayToken: token }), { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' });
    expect(ok.text).toBe('Mock answer: hi');
    await expect(completeChat(relay.paneSettings(), { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' })).rejects.toMatchObject({
      key: 'llm.error.relay.token',
    });
  });

  // A request from another computer, played by this machine's own network address (not loopback).
  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

  it.skipIf(!lanAddress)('a relay that answers only this computer refuses a peer on the network address; a --host relay wants its token there', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings, { host: lanAddress, extraHostnames: [lanAddress!], loopbackPeersOnly: true });
    const refused = await rawRequest(`${relay.url}/models`);
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('relay_peer');
    await relay.close();
    const token = planRelay({ host: lanAddress }).token!;
    relay = await startTestRelay(llm.settings, { host: lanAddress, extraHostnames: [lanAddress!], token });
    expect((await rawRequest(`${relay.url}/models`)).status).toBe(401);
    expect((await rawRequest(`${relay.url}/models`, { headers: { 'x-dsplus-relay-token': token } })).status).toBe(200);
  });

  it('a non-loopback --host is warned about and gets a generated token; loopback needs none', () => {
    const exposed = planRelay({ host: '192.168.1.20' });
    expect(exposed.exposed).toBe(true);
    expect(exposed.token?.length).toBeGreaterThanOrEqual(16);
    expect(planRelay({ host: '192.168.1.20' }).token).not.toBe(exposed.token);
    expect(planRelay({ host: '0.0.0.0', token: 'my-own-token-0123456' }).token).toBe('my-own-token-0123456');
    for (const host of [undefined, '127.0.0.1', 'localhost', '::1', '[::1]']) expect(planRelay({ host })).toMatchObject({ exposed: false, token: undefined });
  });
});

describe('the key', () => {
  it('goes to the provider, replaces whatever the browser sent, and never comes back in any answer', async () => {
    llm = await startMockLlm(
      (body) => {
        const q = String(body.messages.at(-1)?.content);
        // A provider that echoes the key in an error message (some do, partly).
        if (q === 'echo') return { status: 400, message: `Invalid key ${KEY} for this model` };
        return { content: 'fine' };
      },
      { requireKey: KEY },
    );
    relay = await startTestRelay({ ...llm.settings, apiKey: KEY });
    const seen: RawResponse[] = [];
    const send = async (path: string, init: Parameters<typeof rawRequest>[1] = {}) => {
      const r = await rawRequest(`${relay!.url}${path}`, init);
      seen.push(r);
      return r;
    };
    const stream = await send('/chat/completions', { method: 'POST', headers: { ...json, authorization: 'Bearer sk-from-the-browser' }, body: chatBody() });
    expect(stream.status).toBe(200);
    expect(llm.requestHeaders[0].authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.stringify(llm.requestHeaders)).not.toContain('sk-from-the-browser');
    await send('/chat/completions', { method: 'POST', headers: json, body: chatBody('hi', { stream: false }) });
    await send('/models');
    await send('/user/balance');
    await send('/info');
    const echoed = await send('/chat/completions', { method: 'POST', headers: json, body: chatBody('echo') });
    expect(echoed.status).toBe(400);
    expect(echoed.body).toContain('[hidden by the relay]');
    await send('/nowhere');
    await send('/chat/completions', { method: 'POST', headers: { ...json, origin: 'https://evil.example' }, body: chatBody() });
    for (const r of seen) {
      expect(r.body).not.toContain(KEY);
      expect(JSON.stringify(r.headers)).not.toContain(KEY);
    }
    // And the pane's own calls through the relay work with no key at all.
    const paneSettings = relay.paneSettings();
    expect(paneSettings.apiKey).toBe('');
    await expect(listModels(paneSettings)).resolves.toEqual(['deepseek-flash', 'deepseek-v4-pro']);
    await expect(getBalance(paneSettings)).resolves.toMatchObject({ available: true });
    expect(relay.log.map((e) => JSON.stringify(e)).join('\n')).not.toMatch(new RegExp(`${KEY}|fine|hello`));
  });

  it('a request built for another provider is refused (409), so the body never goes out wrong', async () => {
    llm = await startMockLlm();
    relay = await startTestRelay(llm.settings);
    await expect(
      completeChat(relay.paneSettings({ provider: 'siliconflow' }), { messages: [{ role: 'user', content: 'hi' }], mode: 'deep' }),
    ).rejects.toMatchObject({
      key: 'llm.error.relay.providerMismatch',
      params: { relay: 'DeepSeek (official)', pane: 'SiliconFlow' },
    });
    expect(llm.requests).toHaveLength(0);
    // Test connection takes the relay's provider instead, and then works.
    const report = await testConnection(relay.paneSettings({ provider: 'siliconflow', fastModel: 'deepseek-ai/DeepSeek-V3' }));
    expect(report).toMatchObject({ ok: true, relay: { provider: 'deepseek', upstream: llm.url.replace('http://', '') }, missingModels: [] });
    expect(report.balance).toBeDefined();
  });

  it('without a key where the relay runs, says so instead of forwarding', async () => {
    relay = await startTestRelay(() => ({ problem: 'No API key is set. Set DSPLUS_API_KEY / DEEPSEEK_API_KEY in the environment.' }));
    const r = await rawRequest(`${relay.url}/chat/completions`, { method: 'POST', headers: json, body: chatBody() });
    expect(r.status).toBe(503);
    await expect(completeChat(relay.paneSettings(), { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' })).rejects.toMatchObject({
      key: 'llm.error.relay.notConfigured',
      params: { detail: expect.stringContaining('DSPLUS_API_KEY') },
    });
    const report = await testConnection(relay.paneSettings());
    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ key: 'llm.error.relay.notConfigured' });
  });
});
