import { describe, expect, it } from 'vitest';
import { asksForDeepModel, chatModeFor, deepIsFast, deepThinkingAvailable, initialDeepChoice, resolveDeepModel } from '../../../src/llm/deep-model';
import { pickListedModels } from '../../../src/llm/pick-models';

describe('the Custom preset asks how deep thinking works instead of silently using the fast model', () => {
  it('asks only where only the model differs and the preset names no separate deep model', () => {
    expect(asksForDeepModel('custom')).toBe(true);
    // An unknown provider behaves like Custom.
    expect(asksForDeepModel('my-own-gateway')).toBe(true);
    // DeepSeek switches thinking in the request; SiliconFlow names R1 for deep; Ollama has a switch.
    expect(asksForDeepModel('deepseek')).toBe(false);
    expect(asksForDeepModel('siliconflow')).toBe(false);
    expect(asksForDeepModel('ollama')).toBe(false);
  });

  it('a freshly picked Custom preset has no answer; saved settings were answered', () => {
    const same = { provider: 'custom', fastModel: 'qwen3', deepModel: 'qwen3' };
    expect(initialDeepChoice(same, false)).toBeNull();
    expect(initialDeepChoice(same, true)).toBe('same');
    expect(initialDeepChoice({ ...same, deepModel: 'qwen3-thinking' }, true)).toBe('other');
    expect(initialDeepChoice({ provider: 'deepseek', fastModel: 'a', deepModel: 'a' }, false)).toBe('other');
  });

  it('saving needs an answer; “same” saves the fast model knowingly; “another” must be another', () => {
    const s = { provider: 'custom', fastModel: 'qwen3', deepModel: 'qwen3' };
    expect(resolveDeepModel(s, null)).toEqual({ ok: false, reason: 'unanswered' });
    expect(resolveDeepModel(s, 'same')).toEqual({ ok: true, deepModel: 'qwen3' });
    expect(resolveDeepModel({ ...s, deepModel: 'old-name' }, 'same')).toEqual({ ok: true, deepModel: 'qwen3' });
    expect(resolveDeepModel(s, 'other')).toEqual({ ok: false, reason: 'deepIsFast' });
    expect(resolveDeepModel({ ...s, deepModel: ' ' }, 'other')).toEqual({ ok: false, reason: 'deepIsFast' });
    expect(resolveDeepModel({ ...s, deepModel: 'qwen3-thinking' }, 'other')).toEqual({ ok: true, deepModel: 'qwen3-thinking' });
    // Providers that do not ask keep what the form has.
    expect(resolveDeepModel({ provider: 'ollama', fastModel: 'r1:8b', deepModel: 'r1:8b' }, null)).toEqual({ ok: true, deepModel: 'r1:8b' });
    expect(deepIsFast({ provider: 'ollama', fastModel: 'r1:8b', deepModel: 'r1:8b' })).toBe(false);
    expect(deepIsFast(s)).toBe(true);
  });
});

describe('whether 深度思考 is available: one answer for the pane, the CLI and every request', () => {
  it('is unavailable only where the deep model would be the fast one and nothing else switches thinking', () => {
    const same = { provider: 'custom', fastModel: 'qwen3', deepModel: 'qwen3' };
    expect(deepThinkingAvailable(same)).toBe(false);
    // Spaces around a model id do not make it another model.
    expect(deepThinkingAvailable({ ...same, deepModel: ' qwen3 ' })).toBe(false);
    expect(deepThinkingAvailable({ ...same, deepModel: 'qwen3-thinking' })).toBe(true);
    // SiliconFlow with one model typed for both: only the model differs there too.
    expect(deepThinkingAvailable({ provider: 'siliconflow', fastModel: 'x', deepModel: 'x' })).toBe(false);
    // DeepSeek and Ollama switch thinking in the request, so one model serves both modes.
    expect(deepThinkingAvailable({ provider: 'deepseek', fastModel: 'deepseek-flash', deepModel: 'deepseek-flash' })).toBe(true);
    expect(deepThinkingAvailable({ provider: 'ollama', fastModel: 'r1:8b', deepModel: 'r1:8b' })).toBe(true);
  });

  it('a job that asks for deep thinking where it is unavailable is sent as fast', () => {
    const same = { provider: 'custom', fastModel: 'qwen3', deepModel: 'qwen3' };
    expect(chatModeFor(same, true)).toBe('fast');
    expect(chatModeFor({ ...same, deepModel: 'qwen3-thinking' }, true)).toBe('deep');
    expect(chatModeFor({ ...same, deepModel: 'qwen3-thinking' }, false)).toBe('fast');
    expect(chatModeFor({ ...same, deepModel: 'qwen3-thinking' }, undefined)).toBe('fast');
  });
});

describe('models offered from the server’s own list', () => {
  it('keeps the current choices the server lists, otherwise picks from the list', () => {
    expect(pickListedModels(['deepseek-flash', 'deepseek-v4-pro'], { fastModel: 'deepseek-flash', deepModel: 'deepseek-v4-pro' })).toEqual({
      fastModel: 'deepseek-flash',
      deepModel: 'deepseek-v4-pro',
    });
    expect(pickListedModels(['Qwen/QwQ-32B', 'deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-V3'], { fastModel: 'gone', deepModel: 'gone-too' })).toEqual({
      fastModel: 'Qwen/QwQ-32B',
      deepModel: 'deepseek-ai/DeepSeek-R1',
    });
    expect(pickListedModels(['only-one'], { fastModel: 'x', deepModel: 'y' })).toEqual({ fastModel: 'only-one', deepModel: 'only-one' });
    expect(pickListedModels([], { fastModel: 'x', deepModel: 'y' })).toEqual({ fastModel: 'x', deepModel: 'y' });
  });
});
