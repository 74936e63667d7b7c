import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aptInstall, findOnPath, PROGRAMS } from '../../support/requires-program';

const ROOT = resolve(__dirname, '../../..');
const bin = mkdtempSync(join(tmpdir(), 'dsplus-path-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
// A PATH with node and nothing else: a machine with none of the system programs.
symlinkSync(process.execPath, join(bin, 'node'));

function childVitest(env: Record<string, string>): Promise<{ status: number | null; out: string }> {
  return new Promise((done, fail) => {
    const { CI: _ci, ...rest } = process.env;
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(ROOT, 'tests/support/fixtures/needs-soffice.vitest.config.ts')],
      {
        cwd: ROOT,
        env: { ...rest, PATH: bin, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, out }));
  });
}

describe('tests that need a system program', () => {
  it('finds programs on PATH only when they are executable files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-which-'));
    writeFileSync(join(dir, 'soffice'), '#!/bin/sh\n');
    expect(findOnPath('soffice', { PATH: dir })).toBeUndefined(); // not executable yet
    chmodSync(join(dir, 'soffice'), 0o755);
    expect(findOnPath('soffice', { PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'soffice'));
    expect(PROGRAMS.soffice.present({ PATH: dir })).toBe(true);
    expect(PROGRAMS.pdftotext.present({ PATH: dir })).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the Debian packages to install, once each', () => {
    expect(aptInstall(['pdftotext', 'pdftoppm', 'soffice'])).toBe('apt-get install -y fonts-noto-cjk libreoffice-impress libreoffice-writer poppler-utils');
  });

  it('are skipped on a machine without it, and the run ends with what to install', { timeout: 60_000 }, async () => {
    const r = await childVitest({});
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/1 passed \| 1 skipped/);
    expect(r.out).toContain(
      'Skipped 1 test or group needing soffice, not installed here. To run them: apt-get install -y fonts-noto-cjk libreoffice-impress libreoffice-writer',
    );
  });

  it('fail under CI instead of being skipped', { timeout: 60_000 }, async () => {
    const r = await childVitest({ CI: 'true' });
    expect(r.status).toBe(1);
    expect(r.out).toContain('soffice is not installed and CI is set, so these tests cannot be skipped: apt-get install -y');
    expect(r.out).not.toContain('Skipped 1 test');
  });
});
