import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

// `dsplus --help` and a mistyped flag pay for every command's registration. Each command keeps its
// work behind `await import()` in the action; this guards that no heavy package creeps back into
// main.ts or a command file's top-level imports — in the built CLI (build/cli/, made by the test run's
// globalSetup), where the bundler must keep each command's work in a chunk of its own.

const ROOT = resolve(__dirname, '../../..');
const HEAVY = [
  'openai',
  'zod',
  'pptxgenjs',
  'mammoth',
  'docx',
  'exceljs',
  'markmap-lib',
  'jszip',
  'papaparse',
  'iconv-lite',
  '@resvg/resvg-js',
  'elkjs',
  'fast-formula-parser',
  '@formulajs/formulajs',
];
const COMMANDS = ['ask', 'doctor', 'slides', 'mindmap', 'minutes', 'draft', 'proofread', 'profile', 'clean', 'analyze', 'relay', 'diagram', 'agent'];
const MARK = '--registered--';

/**
 * Builds the program exactly as `dsplus` does (every command registered), logs the commands it got,
 * marks the log, then runs one command in the same process.
 */
const HARNESS = `
import { appendFileSync } from 'node:fs';
const { buildProgram } = await import('./build/cli/main.js');
const program = buildProgram();
appendFileSync(process.env.DSPLUS_LOAD_LOG, 'commands:' + program.commands.map((c) => c.name()).join(',') + '\\n${MARK}\\n');
await program.parseAsync(['node', 'dsplus', ...JSON.parse(process.env.ARGS)]);
`;

function run(log: string, args: string[]): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', './tests/unit/cli/log-packages.mjs', '--input-type=module', '-e', HARNESS], {
      cwd: ROOT,
      env: { ...process.env, DSPLUS_LOAD_LOG: log, ARGS: JSON.stringify(args), DSPLUS_CONFIG: '/nonexistent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('close', done);
  });
}

/** The packages loaded while registering, and those the command's action loaded after. */
async function packagesFor(
  name: string,
  body: string | Buffer,
  args: (input: string) => string[],
): Promise<{ commands: string; atRegistration: Set<string>; afterAction: Set<string>; builtAtRegistration: Set<string>; builtAfterAction: Set<string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dsplus-startup-'));
  const log = join(dir, 'packages.log');
  const input = join(dir, name);
  writeFileSync(input, body);
  appendFileSync(log, '');
  expect(await run(log, args(input))).toBe(0);
  const [before, after] = readFileSync(log, 'utf8').split(MARK);
  const lines = (s: string) => s.split('\n').filter(Boolean);
  const packages = (s: string) => new Set(lines(s).filter((l) => !l.startsWith('commands:') && !l.startsWith('build:')));
  const built = (s: string) =>
    new Set(
      lines(s)
        .filter((l) => l.startsWith('build:'))
        .map((l) => l.slice('build:'.length)),
    );
  return {
    commands: lines(before).find((l) => l.startsWith('commands:')) ?? '',
    atRegistration: packages(before),
    afterAction: packages(after),
    builtAtRegistration: built(before),
    builtAfterAction: built(after),
  };
}

describe('startup', () => {
  it('registering every command loads no heavy package; running one loads what it needs', { timeout: 60_000 }, async () => {
    const r = await packagesFor('in.txt', '你好,世界', (i) => ['proofread', i, '--local', '--json']);
    expect(r.commands.replace('commands:', '').split(',').sort()).toEqual([...COMMANDS].sort());
    expect([...r.atRegistration].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(r.atRegistration).toContain('commander');
    // The log does see packages: the action's own work brings its libraries in — but not mammoth,
    // which only a .docx input needs.
    expect(r.afterAction).toContain('zod');
    expect(r.afterAction).not.toContain('mammoth');
    // The built CLI starts from main.js and the code it shares with the commands (messages, errors);
    // each command's work is a chunk of its own, loaded only when that command runs.
    const ownChunk = (f: string) => COMMANDS.some((c) => f.startsWith(`chunks/${c}-`));
    expect(r.builtAtRegistration).toContain('main.js');
    expect([...r.builtAtRegistration].filter(ownChunk)).toEqual([]);
    expect([...r.builtAfterAction].filter(ownChunk).map((f) => f.replace(/-\w+\.js$/, ''))).toEqual(['chunks/proofread']);
  });

  it('dsplus diagram loads the layout engine and the deck writer only when it runs', { timeout: 60_000 }, async () => {
    const r = await packagesFor('in.mmd', 'flowchart LR\n  a --> b\n', (i) => ['diagram', i, '-o', `${i}.pptx`]);
    expect([...r.atRegistration].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(r.afterAction).toContain('elkjs');
    expect(r.afterAction).toContain('pptxgenjs');
    expect(r.afterAction).not.toContain('openai');
    expect(r.afterAction).not.toContain('@resvg/resvg-js');
  });

  it('the table commands load their CSV readers only when they run', { timeout: 60_000 }, async () => {
    // GBK, as Chinese Excel saves CSV, so the reader needs iconv-lite too.
    const r = await packagesFor('in.csv', iconv.encode('地区,销售额\n华北,100\n', 'gbk'), (i) => ['profile', i, '--json']);
    expect([...r.atRegistration].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(r.afterAction).toContain('papaparse');
    expect(r.afterAction).toContain('iconv-lite');
  });
});
