import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { BIG, DOWN, expectRefusal, mockLlmForFile, workdir } from './refusal';

// mindmap, profile, clean and analyze held to the bar of the document commands (bad-input.test.ts):
// bad input is one sentence, exit 1, no stack trace and no file left behind.

const { llm, env } = mockLlmForFile();
const PLAN = JSON.stringify({ steps: [{ op: 'trim', columns: '*' }] });
const CSV = '地区,销售额\n华北,100\n华东,200\n';
/** Tables may be larger than documents: 100 MB. A sparse file says so without taking the disk space. */
const TABLE_LIMIT = 100 * 1000 * 1000;

interface Case {
  input: string;
  /** The command reading `input` and writing `output` (absent: it writes only to stdout). */
  args: (input: string, output: string, dir: string) => string[];
  output?: string;
  /** What `-o out.pdf` says. */
  badOutput?: string;
  /** The same command with the model: provider down, no key. */
  model: ((input: string, output: string, dir: string) => string[]) | null;
  limit: number;
  content: string;
  extra?: Record<string, string>;
}

const COMMANDS: Record<string, Case> = {
  mindmap: {
    input: 'in.md',
    args: (i, o) => ['mindmap', i, '-o', o],
    output: '.svg',
    badOutput: 'out.pdf" has no mind-map format I can write. Use .xmind, .md, .opml, .svg, .png or .html.',
    model: (_i, o) => ['mindmap', '--topic', '远程办公', '-o', o],
    limit: BIG.length,
    content: '# 计划\n## 一\n- a\n',
  },
  profile: { input: 'in.csv', args: (i) => ['profile', i], model: null, limit: TABLE_LIMIT + 1, content: CSV },
  clean: {
    input: 'in.csv',
    args: (i, o, d) => ['clean', i, '--plan', join(d, 'plan.json'), '-o', o],
    output: '.csv',
    badOutput: 'Cannot write ".pdf" files here. Use .csv, .xlsx.',
    model: (i, _o, d) => ['clean', i, '--suggest', '--plan', join(d, 'suggested.json')],
    limit: TABLE_LIMIT + 1,
    content: CSV,
    extra: { 'plan.json': PLAN },
  },
  analyze: {
    input: 'in.csv',
    args: (i, o) => ['analyze', i, '-o', o],
    output: '.md',
    badOutput: 'Cannot write ".pdf" files here. Use .md, .docx.',
    model: (i, o) => ['analyze', i, '--narrate', '-o', o],
    limit: TABLE_LIMIT + 1,
    content: CSV,
  },
};

describe.concurrent('bad input for maps and tables: one sentence, exit 1, nothing written', () => {
  for (const [name, c] of Object.entries(COMMANDS)) {
    const out = (dir: string) => join(dir, `out${c.output ?? '.txt'}`);
    const args = (dir: string, input = join(dir, c.input), output = out(dir)) => c.args(input, output, dir);

    it(`${name}: a missing input file`, async () => {
      const w = workdir(c.extra);
      const r = await runCli(args(w.dir), env());
      expectRefusal(r, `There is no file ${join(w.dir, c.input)}. Check the path.`);
      expect(r.stdout).toBe('');
      w.unchanged();
    });

    it(`${name}: an input that is a folder`, async () => {
      const w = workdir(c.extra);
      expectRefusal(await runCli(args(w.dir, w.dir), env()), `${w.dir} is a folder, not a file.`);
      w.unchanged();
    });

    it(`${name}: an empty input file`, async () => {
      const w = workdir({ ...c.extra, [c.input]: '\ufeff  \n' });
      expectRefusal(await runCli(args(w.dir), env()), `${join(w.dir, c.input)} is empty: there is nothing to work on.`);
      w.unchanged();
    });

    it(`${name}: an input over its limit, refused before it is read`, async () => {
      const w = workdir(c.extra, { [c.input]: c.limit });
      expectRefusal(
        await runCli(args(w.dir), env()),
        c.limit === BIG.length ? 'The file is 10.5 MB; the limit is 10 MB.' : 'The file is 100.0 MB; the limit is 100 MB.',
      );
      w.unchanged();
    });

    if (c.badOutput) {
      const badOutput = c.badOutput;
      it(`${name}: an output type it cannot write`, async () => {
        const w = workdir({ ...c.extra, [c.input]: c.content });
        expectRefusal(await runCli(args(w.dir, undefined, join(w.dir, 'out.pdf')), env()), badOutput);
        w.unchanged();
      });

      it(`${name}: an output folder that does not exist`, async () => {
        const w = workdir({ ...c.extra, [c.input]: c.content });
        const target = join(w.dir, 'no-such-folder', `out${c.output}`);
        expectRefusal(
          await runCli(args(w.dir, undefined, target), env()),
          `Cannot write ${target}: the folder ${join(w.dir, 'no-such-folder')} does not exist.`,
        );
        w.unchanged();
      });
    }

    const model = c.model;
    if (model) {
      it(`${name} with the model: a provider that is down`, { timeout: 60_000 }, async () => {
        const w = workdir({ ...c.extra, [c.input]: c.content });
        const r = await runCli(model(join(w.dir, c.input), out(w.dir), w.dir), DOWN);
        expectRefusal(r, 'Could not reach 127.0.0.1:9.');
        expect(r.stdout).toBe('');
        w.unchanged();
      });

      // One configuration path: the CLI's own sentence, not the pane's "set a provider in Settings".
      it(`${name} with the model: no API key`, async () => {
        const w = workdir({ ...c.extra, [c.input]: c.content });
        const r = await runCli(model(join(w.dir, c.input), out(w.dir), w.dir), { ...env(), DSPLUS_API_KEY: '' });
        expectRefusal(r, 'No API key is set. Set DSPLUS_API_KEY / DEEPSEEK_API_KEY in the environment');
        w.unchanged();
      });
    }
  }

  it('clean: a plan file that is missing or empty', async () => {
    const w = workdir({ 'in.csv': CSV, 'empty.json': ' \n' });
    const run = (plan: string) => runCli(['clean', join(w.dir, 'in.csv'), '--plan', join(w.dir, plan), '-o', join(w.dir, 'out.csv')], env());
    expectRefusal(await run('nope.json'), `There is no file ${join(w.dir, 'nope.json')}. Check the path.`);
    expectRefusal(await run('empty.json'), `${join(w.dir, 'empty.json')} is empty: there is nothing to work on.`);
    w.unchanged();
  });

  it('clean --suggest: a plan file in a folder that does not exist', async () => {
    const w = workdir({ 'in.csv': CSV });
    const plan = join(w.dir, 'no-such-folder', 'plan.json');
    expectRefusal(
      await runCli(['clean', join(w.dir, 'in.csv'), '--suggest', '--plan', plan], env()),
      `Cannot write ${plan}: the folder ${join(w.dir, 'no-such-folder')} does not exist.`,
    );
    w.unchanged();
  });

  it('stdin: an empty table or map is refused by name', async () => {
    expectRefusal(await runCli(['profile', '-'], env(), { stdin: '\n' }), 'stdin is empty: there is nothing to work on.');
    const w = workdir();
    expectRefusal(await runCli(['mindmap', '-', '-o', join(w.dir, 'm.svg')], env(), { stdin: '' }), 'stdin is empty: there is nothing to work on.');
    w.unchanged();
  });
});

describe('the model paths take the provider flags', () => {
  it('mindmap --topic, clean --suggest and analyze --narrate reach the model at --base-url with --model', { timeout: 60_000 }, async () => {
    const w = workdir({ 'in.csv': CSV });
    const flags = ['--base-url', llm().url, '--model', 'flag-model'];
    llm().setHandler(() => ({ content: '# 远程办公\n## 工具\n- 视频会议\n' }));
    expect((await runCli(['mindmap', '--topic', '远程办公', '-o', join(w.dir, 'm.opml'), ...flags], DOWN)).status).toBe(0);
    expect(readFileSync(join(w.dir, 'm.opml'), 'utf8')).toContain('视频会议');
    llm().setHandler(() => ({ content: PLAN }));
    expect((await runCli(['clean', join(w.dir, 'in.csv'), '--suggest', '--plan', join(w.dir, 'plan.json'), ...flags], DOWN)).status).toBe(0);
    expect(JSON.parse(readFileSync(join(w.dir, 'plan.json'), 'utf8'))).toEqual(JSON.parse(PLAN));
    llm().setHandler(() => ({ content: JSON.stringify({ summary: '华东 leads.', trends: [], anomalies: [], suggestions: [] }) }));
    const analyzed = await runCli(['analyze', join(w.dir, 'in.csv'), '--narrate', ...flags], DOWN);
    expect(analyzed.status).toBe(0);
    expect(analyzed.stdout).toContain('华东 leads.');
    expect(llm().requests.map((b) => b.model)).toEqual(['flag-model', 'flag-model', 'flag-model']);
  });
});
