import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCliSettings, resolveCliConfig } from '../../../src/cli/config';
import { AppError } from '../../../src/errors';

function withConfig(data: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'dsplus-cfg-'));
  const path = join(dir, 'config.json');
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return { DSPLUS_CONFIG: path };
}

describe('CLI configuration: flags, then environment, then the config file, then the preset', () => {
  it('defaults to DeepSeek V4 with no key', () => {
    const c = resolveCliConfig({}, { DSPLUS_CONFIG: '/nonexistent/config.json' });
    expect(c.settings).toMatchObject({
      provider: 'deepseek',
      baseURL: 'https://api.deepseek.com',
      fastModel: 'deepseek-flash',
      deepModel: 'deepseek-v4-pro',
      apiKey: '',
    });
    expect(c.configFound).toBe(false);
    expect(c.sources.provider).toBe('default');
  });

  it('flag beats environment beats file', () => {
    const env = { ...withConfig({ provider: 'deepseek', fastModel: 'from-file', apiKey: 'sk-file' }), DSPLUS_MODEL: 'from-env' };
    expect(resolveCliConfig({}, env).settings.fastModel).toBe('from-env');
    expect(resolveCliConfig({ model: 'from-flag' }, env).settings.fastModel).toBe('from-flag');
    const fileOnly = resolveCliConfig({}, withConfig({ fastModel: 'from-file', apiKey: 'sk-file' }));
    expect(fileOnly.settings).toMatchObject({ fastModel: 'from-file', apiKey: 'sk-file' });
    expect(fileOnly.sources).toMatchObject({ fastModel: 'file', apiKey: 'file', baseURL: 'preset' });
  });

  it('DSPLUS_API_KEY, then DEEPSEEK_API_KEY — the latter only for the DeepSeek provider', () => {
    const none = { DSPLUS_CONFIG: '/nonexistent' };
    expect(resolveCliConfig({}, { ...none, DEEPSEEK_API_KEY: 'sk-ds' }).settings.apiKey).toBe('sk-ds');
    expect(resolveCliConfig({}, { ...none, DEEPSEEK_API_KEY: 'sk-ds', DSPLUS_API_KEY: 'sk-plus' }).settings.apiKey).toBe('sk-plus');
    expect(resolveCliConfig({ provider: 'openrouter' }, { ...none, DEEPSEEK_API_KEY: 'sk-ds' }).settings.apiKey).toBe('');
  });

  it('a provider flag switches to that preset, ignoring a file written for another provider', () => {
    const env = withConfig({ provider: 'deepseek', baseURL: 'https://proxy.example/v1', apiKey: 'sk-ds', idleTimeoutMs: 99_000 });
    const c = resolveCliConfig({ provider: 'ollama' }, env);
    expect(c.settings).toMatchObject({ provider: 'ollama', baseURL: 'http://localhost:11434/v1', apiKey: '', idleTimeoutMs: 99_000 });
    expect(resolveCliConfig({}, { ...env, DSPLUS_DEEP_MODEL: 'deepseek-v4-pro' }).settings.deepModel).toBe('deepseek-v4-pro');
  });

  it('says what is wrong with a broken config file or an unknown provider', () => {
    const broken = (() => {
      try {
        resolveCliConfig({}, withConfig('{ not json'));
      } catch (e) {
        return e;
      }
    })();
    expect(broken).toBeInstanceOf(AppError);
    expect((broken as AppError).key).toBe('ask.cli.badConfig');
    expect(() => resolveCliConfig({ provider: 'nope' }, { DSPLUS_CONFIG: '/nonexistent' })).toThrow(AppError);
  });
});

describe('--deep where deep thinking is unavailable', () => {
  const none = { DSPLUS_CONFIG: '/nonexistent/config.json' };

  it('refuses with a sentence naming the model and where to name a reasoning model', () => {
    const env = { ...none, DSPLUS_PROVIDER: 'custom', DSPLUS_BASE_URL: 'http://127.0.0.1:9/v1', DSPLUS_MODEL: 'qwen3' };
    expect(() => requireCliSettings({ deep: true }, env)).toThrow(
      expect.objectContaining({ key: 'ask.cli.noDeepModel', params: { provider: 'custom', model: 'qwen3', path: '/nonexistent/config.json' } }),
    );
    // Without --deep the same settings are fine; with a reasoning model named, --deep is too.
    expect(requireCliSettings({}, env).fastModel).toBe('qwen3');
    expect(requireCliSettings({ deep: true }, { ...env, DSPLUS_DEEP_MODEL: 'qwen3-thinking' }).deepModel).toBe('qwen3-thinking');
  });

  it('--model naming one model for both modes counts where only the model switches thinking, not on DeepSeek', () => {
    const key = { ...none, DSPLUS_API_KEY: 'sk-test' };
    expect(() => requireCliSettings({ deep: true, provider: 'siliconflow', model: 'deepseek-ai/DeepSeek-V3' }, key)).toThrow(AppError);
    expect(requireCliSettings({ deep: true, provider: 'deepseek', model: 'deepseek-flash' }, key).deepModel).toBe('deepseek-flash');
  });
});
