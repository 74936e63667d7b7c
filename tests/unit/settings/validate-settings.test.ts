// The settings form's check before Save and Test connection: a sentence in the user's language that
// names the field, not zod's "baseURL: Invalid URL".
import { describe, expect, it } from 'vitest';
import { defaultLlmSettings } from '../../../src/llm/settings';
import { translate, type Locale, type MessageKey } from '../../../src/locales';
import { checkSettings } from '../../../taskpane/settings/validate-settings';

const tr = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

describe('checkSettings', () => {
  it('passes a valid form through, with defaults filled', () => {
    const r = checkSettings({ ...defaultLlmSettings, apiKey: 'sk-1' }, tr('en-US'));
    expect(r.ok && r.value.baseURL).toBe(defaultLlmSettings.baseURL);
  });

  it('says a base URL that is no address is not one, and marks the field', () => {
    const r = checkSettings({ ...defaultLlmSettings, baseURL: 'abc' }, tr('zh-CN'));
    expect(r).toMatchObject({ ok: false, field: 'baseURL' });
    expect(!r.ok && r.message).toBe('请检查标出的字段：接口地址不是有效的网址。应以 https:// 开头（本机服务可用 http://），例如 https://api.deepseek.com。');
  });

  it('names an empty model field by its label', () => {
    const r = checkSettings({ ...defaultLlmSettings, deepModel: '' }, tr('en-US'));
    expect(r).toMatchObject({ ok: false, field: 'deepModel' });
    expect(!r.ok && r.message).toContain('“Model for 深度思考 (deep thinking)” is empty');
    expect(!r.ok && r.message).not.toMatch(/too_small|Too small/);
  });

  it('refuses a reasoning effort DeepSeek does not take, naming the three it does', () => {
    const r = checkSettings({ ...defaultLlmSettings, reasoningEffort: 'medium' }, tr('en-US'));
    expect(r).toMatchObject({ ok: false, field: 'reasoningEffort' });
    expect(!r.ok && r.message).toContain('low, high or max');
    expect(checkSettings({ ...defaultLlmSettings, reasoningEffort: 'max' }, tr('en-US'))).toMatchObject({ ok: true, value: { reasoningEffort: 'max' } });
  });

  it('SearXNG needs its address, as a web address', () => {
    const empty = checkSettings({ ...defaultLlmSettings, searchBackend: 'searxng', searxngURL: '' }, tr('en-US'));
    expect(empty).toMatchObject({ ok: false, field: 'searxngURL' });
    expect(!empty.ok && empty.message).toContain('“SearXNG address” is empty');
    const bad = checkSettings({ ...defaultLlmSettings, searchBackend: 'searxng', searxngURL: 'searx' }, tr('zh-CN'));
    expect(bad).toMatchObject({ ok: false, field: 'searxngURL' });
    expect(checkSettings({ ...defaultLlmSettings, searchBackend: 'searxng', searxngURL: 'https://searx.example.org' }, tr('en-US')).ok).toBe(true);
  });
});
