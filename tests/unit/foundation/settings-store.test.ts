// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../../taskpane/settings/settings-store';
import { defaultLlmSettings } from '../../../src/llm/settings';

describe('settings store', () => {
  beforeEach(() => localStorage.clear());

  it('starts from the DeepSeek defaults and follows Office language', () => {
    expect(loadSettings()).toEqual({ llm: defaultLlmSettings, locale: 'auto' });
  });

  it('keeps what was saved across a reload', () => {
    saveSettings({ llm: { ...defaultLlmSettings, baseURL: 'http://localhost:11434/v1', fastModel: 'deepseek-r1:7b' }, locale: 'zh-CN' });
    const s = loadSettings();
    expect(s.locale).toBe('zh-CN');
    expect(s.llm.baseURL).toBe('http://localhost:11434/v1');
    expect(s.llm.fastModel).toBe('deepseek-r1:7b');
  });

  it('falls back field by field when an entry is corrupt or of the wrong type', () => {
    localStorage.setItem('dsplus.settings.v1', JSON.stringify({ llm: { fastModel: 42, baseURL: 'http://127.0.0.1:8000/v1' }, locale: 'fr' }));
    const s = loadSettings();
    expect(s.llm.fastModel).toBe(defaultLlmSettings.fastModel);
    expect(s.llm.baseURL).toBe('http://127.0.0.1:8000/v1');
    expect(s.locale).toBe('auto');
    // A value outside a field's choices (a hand edit, an older version) is not passed on to the provider.
    localStorage.setItem('dsplus.settings.v1', JSON.stringify({ llm: { reasoningEffort: 'medium', searchBackend: 'google' } }));
    expect(loadSettings().llm).toMatchObject({ reasoningEffort: 'high', searchBackend: 'auto' });
    localStorage.setItem('dsplus.settings.v1', '{not json');
    expect(loadSettings().llm).toEqual(defaultLlmSettings);
  });
});
