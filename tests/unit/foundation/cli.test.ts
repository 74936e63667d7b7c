import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/dsplus.js', ...args], { encoding: 'utf8', env: { ...process.env, DSPLUS_LANG: 'en-US' } });

describe('dsplus', () => {
  it('lists every command in --help and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const c of ['ask', 'doctor', 'slides', 'mindmap', 'minutes', 'draft', 'proofread', 'profile', 'clean', 'analyze'])
      expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
  });

  it('reports an unknown command on stderr with a non-zero exit code', () => {
    const r = run('slidez');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command 'slidez'/);
    expect(r.stdout).toBe('');
  });
});
