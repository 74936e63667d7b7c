import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runAsk, type AskIO } from '../../../src/cli/actions/ask';
import { doctorLines } from '../../../src/cli/actions/doctor';
import { resolveCliConfig } from '../../../src/cli/config';
import { testConnection, AuthError } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

function io(color = false): AskIO & { stdout: string; stderr: string } {
  const r = { stdout: '', stderr: '', color, locale: 'en-US' as const, out: (s: string) => (r.stdout += s), err: (s: string) => (r.stderr += s) };
  return r;
}

describe('dsplus ask', () => {
  it('answer on stdout; dimmed reasoning and the usage line on stderr', async () => {
    llm = await startMockLlm(() => ({ reasoning: 'thinking hard', content: 'The answer is 42.' }));
    const o = io(true);
    await runAsk(llm.settings, 'What is 6×7?', { deep: true }, o);
    expect(o.stdout).toBe('The answer is 42.\n');
    expect(o.stderr).toContain('\x1b[2mthinking hard');
    expect(o.stderr).toMatch(/Tokens: \d+ in \(\d+ cached\) · \d+ out \(\d+ reasoning\) · \$/);
  });

  it('--no-reasoning hides it; --json prints one object', async () => {
    llm = await startMockLlm(() => ({ reasoning: 'secret', content: '{"ok":true}' }));
    const a = io();
    await runAsk(llm.settings, 'q', { deep: true, reasoning: false }, a);
    expect(a.stderr).not.toContain('secret');
    const b = io();
    await runAsk(llm.settings, 'q', { deep: true, json: true }, b);
    const parsed = JSON.parse(b.stdout) as { text: string; reasoning: string; usage: { promptTokens: number }; mode: string };
    expect(parsed).toMatchObject({ text: '{"ok":true}', reasoning: 'secret', mode: 'deep' });
    expect(parsed.usage.promptTokens).toBeGreaterThan(0);
  });

  it('says what was masked before sending', async () => {
    llm = await startMockLlm();
    const o = io();
    await runAsk({ ...llm.settings, maskSensitive: true }, 'Call 13812345678', {}, o);
    expect(o.stderr).toContain('Masked before sending: 1 phone');
    expect(llm.requests[0].messages[0].content).toBe('Call [PHONE_1]');
  });

  it('prints what arrived of a cut answer, then fails with the sentence', async () => {
    llm = await startMockLlm(() => ({ cutAfterChunks: 3, content: 'partial answer here, more to come' }));
    const o = io();
    await expect(runAsk(llm.settings, 'q', {}, o)).rejects.toMatchObject({ key: 'ask.cli.cut' });
    expect(o.stdout.length).toBeGreaterThan(0);
  });

  it('the real binary exits 1 with the error sentence on a bad key, 0 with the answer otherwise', { timeout: 90_000 }, async () => {
    llm = await startMockLlm(undefined, { requireKey: 'sk-good' });
    // Asynchronous on purpose: a synchronous spawn would block the mock server living in this process.
    const run = (key: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/dsplus.js', 'ask', 'Hello there'], {
          env: {
            ...process.env,
            DSPLUS_CONFIG: '/nonexistent',
            DSPLUS_PROVIDER: 'deepseek',
            DSPLUS_BASE_URL: llm!.url,
            DSPLUS_API_KEY: key,
            DEEPSEEK_API_KEY: '',
            DSPLUS_LANG: 'en-US',
            NO_COLOR: '1',
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const bad = await run('sk-bad');
    expect(bad.stderr).toContain('The provider rejected the API key');
    expect(bad.status).toBe(1);
    const good = await run('sk-good');
    expect(good.status).toBe(0);
    expect(good.stdout).toBe('Mock answer: Hello there\n');
    const none = await run('');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('No API key is set. Set DSPLUS_API_KEY / DEEPSEEK_API_KEY');
    // Only the good run's chat reached the model: the bad key was refused at the door, the empty one never sent.
    expect(llm.requests).toHaveLength(1);
  });
});

describe('dsplus doctor', () => {
  it('shows where each setting came from, the models and the balance', async () => {
    llm = await startMockLlm();
    const cfg = resolveCliConfig({}, { DSPLUS_CONFIG: '/nonexistent', DSPLUS_BASE_URL: llm.url, DSPLUS_API_KEY: 'sk-mock-123456' });
    const lines = doctorLines(cfg, await testConnection(cfg.settings), 'en-US');
    const text = lines.join('\n');
    expect(text).toContain(`Base URL: ${llm.url}  [environment]`);
    expect(text).toContain('API key: sk-…3456  [environment]');
    expect(text).toContain('Models (2): deepseek-flash, deepseek-v4-pro');
    expect(text).toContain('Balance: CNY 110.00');
    // The price table says when it was checked, so a user can tell a stale cost line from a live one.
    expect(text).toMatch(/Price table: DeepSeek prices checked on \d{4}-\d{2}-\d{2} \(https:\/\/api-docs\.deepseek\.com/);
    expect(text).toContain('Reasoning effort (deep thinking): high');
    expect(text).not.toContain('sk-mock-123456');
  });

  it('reports a failure', async () => {
    llm = await startMockLlm(undefined, { requireKey: 'sk-right' });
    const cfg = resolveCliConfig({}, { DSPLUS_CONFIG: '/nonexistent', DSPLUS_BASE_URL: llm.url, DSPLUS_API_KEY: 'sk-wrong' });
    const report = await testConnection(cfg.settings);
    expect(AuthError.isInstance(report.error)).toBe(true);
    expect(doctorLines(cfg, report, 'zh-CN').at(-1)).toMatch(/^连接失败/);
  });
});
