// A provider's error passes through the relay as the same status, Retry-After and body, so the pane
// shows the same sentence it would show calling the provider directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type FailureReply, type MockLlm } from '../../support/mock-llm';
import { chatBody, rawRequest, startTestRelay, type TestRelay } from '../../support/relay';
import { completeChat, testConnection, type LlmSettings } from '../../../src/llm';
import { isLlmFailure } from '../../../src/llm/errors';

let llm: MockLlm;
let relay: TestRelay;
beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const q = String(body.messages.at(-1)?.content);
    const status = Number(q.split(' ')[0]) as FailureReply['status'];
    return { status, message: `Mock says ${status}`, retryAfter: status === 429 || status === 503 ? 7 : undefined };
  });
  relay = await startTestRelay(llm.settings);
});
afterAll(async () => {
  await relay?.close();
  await llm?.close();
});

const CASES: [number, string, string][] = [
  [401, 'llm.error.auth', 'auth'],
  [402, 'llm.error.balance', 'balance'],
  // The relay reaches DeepSeek: its 429 is the account's concurrent-request limit, said the same either way.
  [429, 'llm.error.rateLimit.concurrency', 'rateLimit'],
  [500, 'llm.error.server', 'server'],
  [503, 'llm.error.busy', 'busy'],
];

describe('provider errors through the relay', () => {
  it.each(CASES)('%i passes through with the provider’s body and Retry-After', async (status) => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: chatBody(`${status} please`) };
    const direct = await rawRequest(`${llm.url}/chat/completions`, init);
    const relayed = await rawRequest(`${relay.url}/chat/completions`, init);
    expect(relayed.status).toBe(status);
    expect(JSON.parse(relayed.body)).toEqual(JSON.parse(direct.body));
    expect(relayed.headers['retry-after']).toBe(direct.headers['retry-after']);
    if (status === 429) expect(relayed.headers['retry-after']).toBe('7');
  });

  it.each(CASES)('%i becomes the same error, with the same sentence, as calling the provider directly', async (status, key, failure) => {
    const ask = (s: LlmSettings) =>
      completeChat(s, { messages: [{ role: 'user', content: `${status} please` }], mode: 'fast' }).then(
        () => undefined,
        (e: unknown) => e as { key: string; failure: string; status?: number; retryAfterMs?: number; params: unknown },
      );
    const direct = await ask(llm.settings);
    const relayed = await ask(relay.paneSettings());
    expect(relayed).toMatchObject({ key, failure, status });
    expect(relayed?.params).toEqual(direct?.params);
    expect(relayed?.retryAfterMs).toBe(direct?.retryAfterMs);
  });

  it('a provider the relay cannot reach is the relay’s 502, a retryable error naming the provider’s host', async () => {
    const down = await startTestRelay({ ...llm.settings, baseURL: 'http://127.0.0.1:9' });
    try {
      const r = await rawRequest(`${down.url}/models`);
      expect(r.status).toBe(502);
      const err = await completeChat(down.paneSettings(), { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' }).catch((e: unknown) => e);
      expect(isLlmFailure(err, 'relay')).toBe(true);
      expect(err).toMatchObject({ key: 'llm.error.relay.upstream', retryable: true, params: { host: '127.0.0.1:9', detail: 'ECONNREFUSED' } });
    } finally {
      await down.close();
    }
  });

  it('no relay at the relay URL: a sentence with the command that starts one', async () => {
    const closed = relay.paneSettings({ baseURL: 'http://127.0.0.1:9/v1' });
    const err = await completeChat(closed, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'llm.error.relay.down', params: { url: 'http://127.0.0.1:9/v1', command: 'npx dsplus relay --provider deepseek' } });
    // Something that is not a relay (here the provider itself) answering at that URL is "no relay" too.
    const report = await testConnection(relay.paneSettings({ baseURL: llm.url }));
    expect(report.error).toMatchObject({ key: 'llm.error.relay.down' });
  });
});
