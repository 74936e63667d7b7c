import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `dsplus --help` and a mistyped flag pay for every command's registration. The finished commands
// keep their work behind `await import()` in the action; this guards that no heavy package creeps
// back into a command file's top-level imports.

const ROOT = resolve(__dirname, '../../..');
const HEAVY = ['openai', 'zod', 'pptxgenjs', 'mammoth', 'docx', 'exceljs', 'markmap-lib', 'jszip'];
const MARK = '--registered--';

/** Registers the finished commands, marks the log, then runs `proofread FILE --local` in the same process. */
const HARNESS = `
import { appendFileSync } from 'node:fs';
import { Command } from 'commander';
const program = new Command('dsplus').exitOverride();
for (const n of ['ask', 'doctor', 'slides', 'minutes', 'draft', 'proofread']) {
  const m = await import('./src/cli/commands/' + n + '.ts');
  m['register' + n[0].toUpperCase() + n.slice(1)](program);
}
appendFileSync(process.env.DSPLUS_LOAD_LOG, '${MARK}\\n');
await program.parseAsync(['node', 'dsplus', 'proofread', process.env.INPUT, '--local', '--json']);
`;

function run(log: string, input: string): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', './tests/unit/cli/log-packages.mjs', '--import', 'tsx', '--input-type=module', '-e', HARNESS], {
      cwd: ROOT,
      env: { ...process.env, DSPLUS_LOAD_LOG: log, INPUT: input, DSPLUS_CONFIG: '/nonexistent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('close', done);
  });
}

describe('startup', () => {
  it('registering the finished commands loads no heavy package; running one loads what it needs', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-startup-'));
    const log = join(dir, 'packages.log');
    const input = join(dir, 'in.txt');
    writeFileSync(input, '你好,世界');
    appendFileSync(log, '');
    expect(await run(log, input)).toBe(0);
    const [atRegistration, afterAction] = readFileSync(log, 'utf8').split(MARK);
    const loaded = (s: string) => new Set(s.split('\n').filter(Boolean));
    expect([...loaded(atRegistration)].filter((p) => HEAVY.includes(p))).toEqual([]);
    expect(loaded(atRegistration)).toContain('commander');
    // The log does see packages: the action's own work brings mammoth (the document reader) in.
    expect(loaded(afterAction)).toContain('mammoth');
  });
});
