import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';

// `dsplus diagram` keeps ELK's compiled code in the cache folder (src/diagram/elk-node.ts), so the
// next process starts faster. What a user can see: the cache file appears once, later runs draw the
// same diagram without rewriting it, and a damaged or unusable cache changes nothing but the time.

const MERMAID = 'flowchart TD\n  A[提交申请] --> B{超过 5000 元？}\n  B -->|是| C[总经理审批]\n  B -->|否| D[部门经理审批]\n  C --> E((结束))\n  D --> E\n';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dsplus-elk-cache-'));
  const input = join(dir, 'flow.mmd');
  writeFileSync(input, MERMAID);
  return { dir, input, cache: join(dir, 'cache') };
}

async function draw(input: string, out: string, cache: string): Promise<string> {
  const r = await runCli(['diagram', input, '-o', out], { DSPLUS_CACHE_DIR: cache });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(out, 'utf8');
}

const cacheFiles = (cache: string) => readdirSync(join(cache, 'code')).map((f) => join(cache, 'code', f));

describe('ELK code cache of the CLI', () => {
  it('the first run writes the cache; the next run uses it as it is and draws the same diagram', { timeout: 60_000 }, async () => {
    const { dir, input, cache } = setup();
    const first = await draw(input, join(dir, 'a.svg'), cache);
    const [file] = cacheFiles(cache);
    expect(file).toMatch(/elkjs-[\d.]+-node[\d.]+-\w+\.v8cache$/);
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(100_000);
    const second = await draw(input, join(dir, 'b.svg'), cache);
    expect(second).toBe(first);
    expect(first).toContain('总经理审批');
    // Accepted by V8, so not made again.
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
    expect(cacheFiles(cache)).toEqual([file]);
  });

  it('a damaged cache file only costs time: the diagram is the same and the file is made anew', { timeout: 60_000 }, async () => {
    const { dir, input, cache } = setup();
    const good = await draw(input, join(dir, 'a.svg'), cache);
    const [file] = cacheFiles(cache);
    writeFileSync(file, Buffer.from('not V8 code at all '.repeat(100)));
    expect(await draw(input, join(dir, 'b.svg'), cache)).toBe(good);
    expect(statSync(file).size).toBeGreaterThan(100_000);
  });

  it('a cache folder that cannot be made does not stop the diagram', { timeout: 60_000 }, async () => {
    const { dir, input } = setup();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the cache folder would go');
    const out = await draw(input, join(dir, 'c.svg'), blocker);
    expect(out).toContain('部门经理审批');
  });
});
