import { describe, expect, it } from 'vitest';
import { defaultLlmSettings, isConfigured, llmSettingsSchema, maskKey, missingSetting } from '../../../src/llm/settings';

describe('LLM settings', () => {
  it('never shows a saved key in full', () => {
    const key = 'sk-1234567890abcdefWXYZ';
    expect(maskKey(key)).toBe('sk-…WXYZ');
    expect(maskKey(key)).not.toContain('567890');
    expect(maskKey('short')).toBe('••••');
    expect(maskKey('')).toBe('');
  });

  it('needs a key for a cloud endpoint but not for a local server', () => {
    expect(isConfigured(defaultLlmSettings)).toBe(false);
    expect(isConfigured({ ...defaultLlmSettings, apiKey: 'sk-x' })).toBe(true);
    expect(isConfigured({ ...defaultLlmSettings, baseURL: 'http://localhost:11434/v1' })).toBe(true);
  });

  it('takes a keyless server on the LAN as set up, as the client does when it sends (one definition)', async () => {
    const { presetFor } = await import('../../../src/llm/providers/presets');
    const lan = { ...defaultLlmSettings, provider: 'vllm', baseURL: 'http://192.168.1.20:8000/v1', fastModel: 'qwen', deepModel: 'qwen' };
    expect(isConfigured(lan)).toBe(true);
    expect(missingSetting(lan, { needsKey: presetFor(lan.provider).needsKey })).toBeUndefined();
    // A cloud provider at a LAN-looking address still needs its key.
    expect(isConfigured({ ...lan, provider: 'siliconflow' })).toBe(false);
  });

  it('rejects a base URL that is not a URL', () => {
    expect(llmSettingsSchema.safeParse({ ...defaultLlmSettings, baseURL: 'api.deepseek' }).success).toBe(false);
  });
});
