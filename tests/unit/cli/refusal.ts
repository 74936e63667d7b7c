import { closeSync, mkdtempSync, openSync, readdirSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import type { CliRun } from './run-cli';

/**
 * A fresh folder holding the named files (and `sparse` files of the given sizes, which take no disk
 * space); returns it and a check that nothing else appeared in it.
 */
export function workdir(files: Record<string, string | Buffer> = {}, sparse: Record<string, number> = {}): { dir: string; unchanged: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dsplus-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  for (const [name, size] of Object.entries(sparse)) {
    const fd = openSync(join(dir, name), 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  }
  const before = readdirSync(dir).sort();
  return { dir, unchanged: () => expect(readdirSync(dir).sort()).toEqual(before) };
}

/** One `dsplus: …` sentence on stderr, exit 1, no stack trace and no "something went wrong". */
export function expectRefusal(r: CliRun, sentence: string | RegExp): void {
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(typeof sentence === 'string' ? new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : sentence);
  expect(r.stderr).toMatch(/^dsplus: /m);
  expect(r.stderr.match(/^dsplus: /gm)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+/m);
  expect(r.stderr).not.toMatch(/Something went wrong/);
}

/** Just over the 10 MB document limit. */
export const BIG = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
/** A provider that is not there. */
export const DOWN = { DSPLUS_BASE_URL: 'http://127.0.0.1:9' };

/**
 * A mock model server for the test file (started before, closed after its tests) and the environment
 * that points the CLI at it.
 */
export function mockLlmForFile(): { llm: () => MockLlm; env: () => Record<string, string> } {
  let server: MockLlm | undefined;
  beforeAll(async () => {
    server = await startMockLlm();
  });
  afterAll(async () => {
    await server?.close();
  });
  const llm = () => {
    if (!server) throw new Error('the mock model server is not started yet');
    return server;
  };
  return { llm, env: () => ({ DSPLUS_BASE_URL: llm().url }) };
}
