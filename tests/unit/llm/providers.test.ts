import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, PROVIDER_PRESETS, presetFor, type LlmSettings } from '../../../src/llm';
import { buildChatBody } from '../../../src/llm/providers/build-body';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const msgs = [{ role: 'user' as const, content: 'hi' }];

describe('provider presets', () => {
  it('cover the fourteen providers the issue names, each with a base URL and both models', () => {
    const ids = PROVIDER_PRESETS.map((p) => p.id);
    expect(ids).toEqual([
      'deepseek',
      'siliconflow',
      'bailian',
      'tencent',
      'qianfan',
      'volcengine',
      'nvidia',
      'azure',
      'openrouter',
      'ollama',
      'lmstudio',
      'vllm',
      'custom',
    ]);
    for (const p of PROVIDER_PRESETS) {
      expect(() => new URL(p.baseURL)).not.toThrow();
      expect(p.fastModel && p.deepModel).toBeTruthy();
    }
    // DeepSeek today: V4.1-Flash as deepseek-flash for 快速, V4-Pro with thinking for 深度思考; the legacy id is not offered.
    expect(presetFor('deepseek')).toMatchObject({ fastModel: 'deepseek-flash', deepModel: 'deepseek-v4-pro', models: ['deepseek-flash', 'deepseek-v4-pro'] });
    expect(PROVIDER_PRESETS.some((p) => /deepseek-(chat|reasoner)$/.test(p.fastModel + p.deepModel))).toBe(false);
  });

  it('switch deep thinking the way each provider expects', () => {
    const deep = (id: string) => buildChatBody(presetFor(id), { model: 'm', mode: 'deep', messages: msgs, stream: true, temperature: 0.7 });
    const fast = (id: string) => buildChatBody(presetFor(id), { model: 'm', mode: 'fast', messages: msgs, stream: true, temperature: 0.7 });
    expect(deep('deepseek')).toMatchObject({ thinking: { type: 'enabled' }, reasoning_effort: 'high' });
    const effort = (e: 'low' | 'max') =>
      buildChatBody(presetFor('deepseek'), { model: 'm', mode: 'deep', messages: msgs, stream: true, reasoningEffort: e }).reasoning_effort;
    expect([effort('low'), effort('max')]).toEqual(['low', 'max']);
    expect(fast('deepseek')).toMatchObject({ thinking: { type: 'disabled' } });
    expect(fast('deepseek').reasoning_effort).toBeUndefined();
    expect(deep('bailian').enable_thinking).toBe(true);
    expect(fast('bailian').enable_thinking).toBe(false);
    expect(deep('openrouter').reasoning).toEqual({ enabled: true });
    expect(deep('ollama').reasoning_effort).toBe('high');
    expect(fast('ollama').reasoning_effort).toBe('none');
    for (const id of ['siliconflow', 'qianfan', 'nvidia', 'lmstudio', 'custom']) {
      const b = deep(id);
      expect(b.thinking ?? b.enable_thinking ?? b.reasoning ?? b.reasoning_effort).toBeUndefined();
    }
  });

  it('never sends sampling parameters to a thinking request', () => {
    for (const p of PROVIDER_PRESETS) {
      const b = buildChatBody(p, { model: 'm', mode: 'deep', messages: msgs, stream: false, temperature: 0.2 });
      expect(b).not.toHaveProperty('temperature');
      expect(b).not.toHaveProperty('top_p');
      expect(b).not.toHaveProperty('logprobs');
      expect(buildChatBody(p, { model: 'm', mode: 'fast', messages: msgs, stream: false, temperature: 0.2 }).temperature).toBe(0.2);
    }
  });

  it('asks for JSON mode only where the provider supports it', () => {
    expect(buildChatBody(presetFor('deepseek'), { model: 'm', mode: 'deep', messages: msgs, stream: false, json: true }).response_format).toEqual({
      type: 'json_object',
    });
    expect(buildChatBody(presetFor('siliconflow'), { model: 'm', mode: 'deep', messages: msgs, stream: false, json: true }).response_format).toBeUndefined();
    expect(buildChatBody(presetFor('custom'), { model: 'm', mode: 'fast', messages: msgs, stream: false, json: true }).response_format).toBeUndefined();
  });
});

describe('what goes over the wire', () => {
  it('no X-Stainless-* headers; the key as Bearer, or as api-key for Azure', async () => {
    llm = await startMockLlm();
    await completeChat(llm.settings, { messages: msgs, mode: 'fast' });
    const h = llm.requestHeaders[0];
    expect(Object.keys(h).filter((k) => k.startsWith('x-stainless'))).toEqual([]);
    expect(h.authorization).toBe('Bearer sk-mock');

    const azure: LlmSettings = { ...llm.settings, provider: 'azure', apiKey: 'az-key' };
    await completeChat(azure, { messages: msgs, mode: 'fast' });
    expect(llm.requestHeaders[1]['api-key']).toBe('az-key');
    expect(llm.requestHeaders[1].authorization).toBeUndefined();
  });

  it('the deep mode picks the deep model for model-switched providers', async () => {
    llm = await startMockLlm();
    const s: LlmSettings = { ...llm.settings, provider: 'siliconflow', fastModel: 'deepseek-ai/DeepSeek-V3', deepModel: 'deepseek-ai/DeepSeek-R1' };
    await completeChat(s, { messages: msgs, mode: 'deep', temperature: 0.3 });
    await completeChat(s, { messages: msgs, mode: 'fast', temperature: 0.3 });
    expect(llm.requests.map((r) => [r.model, r.temperature])).toEqual([
      ['deepseek-ai/DeepSeek-R1', undefined],
      ['deepseek-ai/DeepSeek-V3', 0.3],
    ]);
    expect(llm.requests[0].stream_options).toEqual({ include_usage: true });
  });
});
