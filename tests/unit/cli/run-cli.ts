import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const BIN = resolve(__dirname, '../../../bin/dsplus.js');

/**
 * Runs the real `dsplus` binary with a clean provider environment (no user config file, English
 * messages, no colour) plus `env`. Asynchronous on purpose: a synchronous spawn would block a mock
 * model server living in the test's own process.
 */
export function runCli(args: string[], env: Record<string, string> = {}, opts: { stdin?: string | Buffer; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd,
      env: {
        ...process.env,
        DSPLUS_CONFIG: '/nonexistent/dsplus.json',
        DSPLUS_PROVIDER: 'deepseek',
        DSPLUS_API_KEY: 'sk-mock',
        DEEPSEEK_API_KEY: '',
        DSPLUS_MODEL: '',
        DSPLUS_DEEP_MODEL: '',
        DSPLUS_LANG: 'en-US',
        NO_COLOR: '1',
        // Caches (OCR results, ELK's compiled code) go to a folder of the test run, not the user's.
        DSPLUS_CACHE_DIR: join(tmpdir(), `dsplus-test-cache-${process.pid}`),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // the CLI may refuse and exit before reading all of stdin
    child.stdin.end(opts.stdin ?? '');
  });
}
