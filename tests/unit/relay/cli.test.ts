// The real `dsplus relay`: it starts, says where it is and what it reaches, relays, logs no secret,
// refuses bad flags with a sentence, and stops cleanly on Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { runCli } from '../cli/run-cli';
import { completeChat } from '../../../src/llm';

const BIN = resolve(__dirname, '../../../bin/dsplus.js');
const KEY = 'sk-cli-relay-secret-1234';
let llm: MockLlm | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await llm?.close();
  llm = child = undefined;
});

function env(extra: Record<string, string> = {}) {
  return {
    ...process.env,
    DSPLUS_CONFIG: '/nonexistent/dsplus.json',
    DSPLUS_PROVIDER: 'deepseek',
    DSPLUS_API_KEY: '',
    DEEPSEEK_API_KEY: KEY,
    DSPLUS_MODEL: '',
    DSPLUS_DEEP_MODEL: '',
    DSPLUS_LANG: 'en-US',
    ...extra,
  };
}

/** Starts `dsplus relay`, resolves once it printed its address; the output keeps accumulating. */
function startRelayCli(
  args: string[],
  extraEnv: Record<string, string>,
): Promise<{ url: string; out: { stdout: string; stderr: string }; exited: Promise<number | null> }> {
  return new Promise((done, fail) => {
    const c = spawn(process.execPath, [BIN, 'relay', ...args], { env: env(extraEnv) });
    child = c;
    const out = { stdout: '', stderr: '' };
    const exited = new Promise<number | null>((r) => c.on('close', r));
    c.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
    c.stdout.on('data', (d: Buffer) => {
      out.stdout += d.toString();
      const m = /relay URL (\S+)/.exec(out.stdout);
      if (m && out.stdout.includes('Ctrl+C')) done({ url: m[1], out, exited });
    });
    c.on('error', fail);
    void exited.then((code) => fail(new Error(`dsplus relay exited ${code}: ${out.stderr}`)));
  });
}

describe('dsplus relay', () => {
  it('relays for the pane, tells where and to what, logs no key, prompt or answer, and exits 0 on Ctrl+C', { timeout: 60_000 }, async () => {
    llm = await startMockLlm((body) => ({ content: `ANSWER-${String(body.messages.at(-1)?.content).length}` }), { requireKey: KEY });
    const relay = await startRelayCli(['--port', '0'], { DSPLUS_BASE_URL: llm.url });
    expect(relay.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(relay.out.stdout).toContain(`→ DeepSeek (official) (${llm.url.replace('http://', '')}); key from the environment.`);
    expect(relay.out.stdout).toContain('https://localhost:3000');
    const r = await completeChat(
      { ...llm.settings, apiKey: '', connection: 'relay', baseURL: relay.url },
      { messages: [{ role: 'user', content: 'PROMPT-secret-question' }], mode: 'fast' },
    );
    expect(r.text).toBe('ANSWER-22');
    await expect.poll(() => relay.out.stderr).toContain('POST /v1/chat/completions → 200');
    child!.kill('SIGINT');
    expect(await relay.exited).toBe(0);
    const all = relay.out.stdout + relay.out.stderr;
    expect(all).not.toContain(KEY);
    expect(all).not.toContain('PROMPT-secret');
    expect(all).not.toContain('ANSWER-');
  });

  it('on a non-loopback address it warns, prints a generated token and wants it', { timeout: 60_000 }, async () => {
    llm = await startMockLlm(undefined, { requireKey: KEY });
    const relay = await startRelayCli(['--port', '0', '--host', '0.0.0.0'], { DSPLUS_BASE_URL: llm.url });
    expect(relay.out.stderr).toContain('Warning: listening on 0.0.0.0');
    const token = /Token \(Settings → Relay token\): (\S+)/.exec(relay.out.stdout)?.[1];
    expect(token?.length).toBeGreaterThanOrEqual(16);
    // The pane is told the machine's network address, not the wildcard.
    expect(relay.url).not.toContain('0.0.0.0');
    const port = new URL(relay.url).port;
    const local = { ...llm.settings, apiKey: '', connection: 'relay' as const, baseURL: `http://127.0.0.1:${port}/v1` };
    await expect(completeChat(local, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' })).rejects.toMatchObject({ key: 'llm.error.relay.token' });
    await expect(completeChat({ ...local, relayToken: token }, { messages: [{ role: 'user', content: 'hi' }], mode: 'fast' })).resolves.toMatchObject({
      text: 'Mock answer: hi',
    });
    expect(relay.out.stderr).toContain('refused: no token, or a wrong one');
  });

  it('refuses bad flags and a missing key with a sentence, before listening', { timeout: 60_000 }, async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['--port', 'abc'], {}, '--port takes a number from 0 to 65535, not "abc".'],
      [['--allow-origin', 'https://addin.example.com/pane/'], {}, '--allow-origin takes an origin such as https://addin.example.com'],
      [['--token', 'short'], {}, '--token must be at least 16 characters long'],
      [[], { DEEPSEEK_API_KEY: '' }, 'No API key is set. Set DSPLUS_API_KEY / DEEPSEEK_API_KEY'],
    ];
    for (const [args, extra, sentence] of cases) {
      const r = await runCli(['relay', ...args], { DSPLUS_API_KEY: '', DEEPSEEK_API_KEY: KEY, ...extra });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(sentence);
      expect(r.stdout).toBe('');
    }
  });

  it('says so when the port is taken', { timeout: 60_000 }, async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runCli(['relay', '--port', String(port)], { DEEPSEEK_API_KEY: KEY, DSPLUS_API_KEY: '' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
