import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { expectRefusal, mockLlmForFile, workdir } from './refusal';

// A stream that drops after the server answered is said as exactly that — never "could not reach the
// host" — and nothing is written from what arrived.

const { llm, env } = mockLlmForFile();
const CUT = 'The connection dropped while the answer was arriving; nothing was written. Try again.';

describe('a cut stream', () => {
  it('right after the headers (no text yet): the cut, not "Could not reach"', { timeout: 90_000 }, async () => {
    llm().setHandler(() => ({ cutAfterChunks: 1, content: '{"title":"x"}' }));
    const w = workdir({ 'n.txt': '周会：张三周五前提交预算说明。' });
    const r = await runCli(['minutes', join(w.dir, 'n.txt'), '-o', join(w.dir, 'm.md')], env());
    expectRefusal(r, CUT);
    expect(r.stderr).not.toContain('Could not reach');
    w.unchanged();
  });

  it('mid-answer: a mind map is not drawn from the first half of a cut answer', { timeout: 90_000 }, async () => {
    llm().setHandler(() => ({ cutAfterChunks: 6, content: '# Map\n\n## A\n- one\n- two\n## B\n- three\n'.repeat(4) }));
    const w = workdir();
    const r = await runCli(['mindmap', '--topic', 'x', '-o', join(w.dir, 'm.xmind')], env());
    expectRefusal(r, CUT);
    w.unchanged();
  });
});
