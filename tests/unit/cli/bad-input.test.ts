import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockLlm } from '../../support/mock-llm';
import { runCli } from './run-cli';
import { BIG, DOWN, expectRefusal, mockLlmForFile, workdir } from './refusal';

// Every finished command, fed bad input, must answer with one sentence on stderr, exit non-zero,
// print no stack trace and leave no file behind.

const { env } = mockLlmForFile();

/** Each document command, as a function of its input file and its output file. */
const DOCUMENT_COMMANDS: Record<string, { args: (input: string, output: string) => string[]; outputs: string[] }> = {
  minutes: { args: (i, o) => ['minutes', i, '-o', o], outputs: ['.md', '.docx', '.json'] },
  draft: { args: (i, o) => ['draft', '-t', 'work-report', '-b', i, '-o', o], outputs: ['.md', '.docx'] },
  proofread: { args: (i, o) => ['proofread', i, '--apply', '-o', o], outputs: ['.docx', '.md', '.txt'] },
  slides: { args: (i, o) => ['slides', i, '-o', o], outputs: ['.pptx'] },
};

describe.concurrent('bad input: one sentence, exit 1, nothing written', () => {
  for (const [name, c] of Object.entries(DOCUMENT_COMMANDS)) {
    const input = name === 'slides' ? 'in.md' : 'in.txt';
    const out = (dir: string) => join(dir, `out${c.outputs[0]}`);

    it(`${name}: a missing input file`, async () => {
      const w = workdir();
      expectRefusal(await runCli(c.args(join(w.dir, input), out(w.dir)), env()), `There is no file ${join(w.dir, input)}. Check the path.`);
      w.unchanged();
    });

    it(`${name}: an empty input file`, async () => {
      const w = workdir({ [input]: '  \n' });
      expectRefusal(await runCli(c.args(join(w.dir, input), out(w.dir)), env()), `${join(w.dir, input)} is empty`);
      w.unchanged();
    });

    it(`${name}: an input over 10 MB`, async () => {
      const w = workdir({ [input]: BIG });
      expectRefusal(await runCli(c.args(join(w.dir, input), out(w.dir)), env()), 'The file is 10.5 MB; the limit is 10 MB.');
      w.unchanged();
    });

    it(`${name}: an output type it cannot write`, async () => {
      const w = workdir({ [input]: '# Title\n\n## Part\n- a point\n' });
      const r = await runCli(c.args(join(w.dir, input), join(w.dir, 'out.pdf')), env());
      expectRefusal(
        r,
        name === 'proofread' ? 'With --apply, -o must name a .docx, .md or .txt file.' : `Cannot write ".pdf" files here. Use ${c.outputs.join(', ')}.`,
      );
      w.unchanged();
    });

    it(`${name}: an output folder that does not exist`, async () => {
      const w = workdir({ [input]: '# Title\n\n## Part\n- a point\n' });
      const target = join(w.dir, 'no-such-folder', `out${c.outputs[0]}`);
      expectRefusal(
        await runCli(c.args(join(w.dir, input), target), env()),
        `Cannot write ${target}: the folder ${join(w.dir, 'no-such-folder')} does not exist.`,
      );
      w.unchanged();
    });

    it(`${name}: a .docx that is not a Word file`, async () => {
      const w = workdir({ 'in.docx': 'plain text pretending' });
      const r = await runCli(c.args(join(w.dir, 'in.docx'), out(w.dir)), env());
      expectRefusal(r, `${join(w.dir, 'in.docx')} is not a Word document that can be read (.docx).`);
      w.unchanged();
    });

    // The outline of `slides in.md` needs no model, so its provider check uses a .txt document.
    it(`${name}: a provider that is down`, { timeout: 60_000 }, async () => {
      const w = workdir({ 'in.txt': '周会：张三周五前提交预算说明，李四负责测试。' });
      const r = await runCli(c.args(join(w.dir, 'in.txt'), out(w.dir)), DOWN);
      expectRefusal(r, 'Could not reach 127.0.0.1:9.');
      w.unchanged();
    });
  }

  it('minutes and draft: a missing input prints nothing on stdout either', async () => {
    const w = workdir();
    for (const args of [
      ['minutes', join(w.dir, 'x.txt')],
      ['draft', '-t', 'notice', '-b', join(w.dir, 'x.txt')],
    ]) {
      const r = await runCli(args, env());
      expectRefusal(r, 'There is no file');
      expect(r.stdout).toBe('');
    }
  });

  it('stdin: empty and oversized input are refused too', async () => {
    expectRefusal(await runCli(['minutes', '-'], env(), { stdin: '' }), 'stdin is empty');
    expectRefusal(await runCli(['slides', '-', '-o', join(workdir().dir, 'd.pptx')], env(), { stdin: BIG }), 'the limit is 10 MB');
    expectRefusal(await runCli(['ask', '-'], env(), { stdin: '\n' }), 'stdin is empty');
    expectRefusal(await runCli(['ask', '-'], env(), { stdin: BIG }), 'the limit is 10 MB');
  });

  it('proofread: -o without --apply is explained, not ignored', { timeout: 60_000 }, async () => {
    const w = workdir({ 'in.txt': '你好,世界' });
    expectRefusal(await runCli(['proofread', join(w.dir, 'in.txt'), '--local', '-o', join(w.dir, 'out.docx')], env()), 'Add --apply to write it');
    w.unchanged();
  });

  it('ask and doctor: a provider that is down', { timeout: 60_000 }, async () => {
    const ask = await runCli(['ask', 'hello'], DOWN);
    expectRefusal(ask, 'Could not reach 127.0.0.1:9.');
    // A terminal has no Settings tab: the CLI's sentence names the flag and the variable instead.
    expect(ask.stderr).toMatch(/--base-url or DSPLUS_BASE_URL/);
    expect(ask.stderr).not.toMatch(/in Settings/);
    const doctor = await runCli(['doctor'], DOWN);
    expectRefusal(doctor, 'Could not reach 127.0.0.1:9.');
    // The configuration report still comes first, so the user sees which URL was tried.
    expect(doctor.stdout).toContain('Base URL: http://127.0.0.1:9  [environment]');
  });

  it('an unknown provider or option is a sentence, not a trace', async () => {
    expectRefusal(await runCli(['ask', 'hi', '--provider', 'nope'], env()), 'Unknown provider "nope"');
    const r = await runCli(['slides', '--no-such-flag'], env());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error: unknown option '--no-such-flag'");
  });
});

describe('slides: a model answer that is no outline', () => {
  it('is said as such and writes neither the outline nor the deck', async () => {
    const refusing = await startMockLlm(() => ({ content: '抱歉，我无法回答这个问题。' }));
    try {
      const w = workdir({ 'report.txt': '第一季度营收增长百分之二十。' });
      for (const args of [
        ['slides', '--topic', '碳中和', '-o', join(w.dir, 'deck.pptx')],
        ['slides', join(w.dir, 'report.txt')],
      ]) {
        const r = await runCli(args, { DSPLUS_BASE_URL: refusing.url });
        expectRefusal(r, '抱歉，我无法回答这个问题。');
        expect(r.stdout).toBe('');
      }
      w.unchanged();
      expect(refusing.requests.length).toBeGreaterThanOrEqual(2);
    } finally {
      await refusing.close();
    }
  });
});
