import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { runCli } from './run-cli';

// `dsplus slides` gets its provider the way every command does (flags → DSPLUS_* → config file → preset).

const OUTLINE = '# 碳中和入门\n\n## 为什么\n- 全球升温\n- 极端天气\n\n## 怎么做\n- 节能\n- 绿色出行\n';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: OUTLINE }), { requireKey: 'sk-right' });
});
afterAll(async () => {
  await llm.close();
});

describe.concurrent('dsplus slides provider settings', () => {
  it('--base-url and --model win over the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    const r = await runCli(['slides', '--topic', '碳中和', '-o', join(dir, 'deck.pptx'), '--base-url', llm.url, '--model', 'flag-model'], {
      DSPLUS_BASE_URL: 'http://127.0.0.1:9',
      DSPLUS_MODEL: 'env-model',
      DSPLUS_API_KEY: 'sk-right',
    });
    expect(r.stderr).not.toContain('dsplus:');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*deck\.pptx \(\d+ slides\)/);
    expect(existsSync(join(dir, 'deck.outline.md'))).toBe(true);
    expect(llm.requests.some((b) => b.model === 'flag-model' && JSON.stringify(b.messages).includes('碳中和'))).toBe(true);
    expect(llm.requests.some((b) => b.model === 'env-model')).toBe(false);
  });

  it('--deep asks the deep model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    const r = await runCli(['slides', '--topic', '低碳城市', '--deep', '-o', join(dir, 'deck.pptx')], {
      DSPLUS_BASE_URL: llm.url,
      DSPLUS_API_KEY: 'sk-right',
      DSPLUS_MODEL: 'fast-x',
      DSPLUS_DEEP_MODEL: 'deep-x',
    });
    expect(r.status).toBe(0);
    expect(llm.requests.some((b) => b.model === 'deep-x' && JSON.stringify(b.messages).includes('低碳城市'))).toBe(true);
  });

  it('--deep with Custom and one model for both says so and sends nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    const env = { DSPLUS_PROVIDER: 'custom', DSPLUS_BASE_URL: llm.url, DSPLUS_API_KEY: 'sk-right', DSPLUS_MODEL: 'same-x' };
    const r = await runCli(['slides', '--topic', '海绵城市', '--deep', '-o', join(dir, 'deck.pptx')], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--deep asks for deep thinking, but the provider "custom" has no separate model for it here');
    expect(r.stderr).toContain('DSPLUS_DEEP_MODEL');
    expect(existsSync(join(dir, 'deck.pptx'))).toBe(false);
    expect(llm.requests.some((b) => JSON.stringify(b.messages).includes('海绵城市'))).toBe(false);
    // Without --deep the same settings make the deck.
    const fast = await runCli(['slides', '--topic', '海绵城市', '-o', join(dir, 'deck.pptx')], env);
    expect(fast.status).toBe(0);
    expect(llm.requests.some((b) => b.model === 'same-x' && JSON.stringify(b.messages).includes('海绵城市'))).toBe(true);
  });

  it('reads the endpoint, key and model from the config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ provider: 'deepseek', baseURL: llm.url, apiKey: 'sk-right', fastModel: 'file-model' }));
    const r = await runCli(['slides', '--topic', '节能建筑', '-o', join(dir, 'deck.pptx')], { DSPLUS_CONFIG: config, DSPLUS_API_KEY: '' });
    expect(r.stderr).not.toContain('dsplus:');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'deck.pptx'))).toBe(true);
    expect(llm.requests.some((b) => b.model === 'file-model' && JSON.stringify(b.messages).includes('节能建筑'))).toBe(true);
  });

  it('an unknown provider is refused before anything is sent', async () => {
    const r = await runCli(['slides', '--topic', 'x', '--provider', 'nope', '-o', join(tmpdir(), 'never.pptx')], { DSPLUS_BASE_URL: llm.url });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Unknown provider "nope"');
    expect(existsSync(join(tmpdir(), 'never.pptx'))).toBe(false);
  });
});
