// `--web` on dsplus ask, draft and slides --topic, through the real binary against the local server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockLlm, mockSearchResults, type MockChatBody, type MockLlm } from '../../support/mock-llm';
import { runCli } from '../cli/run-cli';
import { inspectPptx } from '../slides/pptx-inspect';

let llm: MockLlm;
let dir: string;
let env: Record<string, string>;

const last = (b: MockChatBody) => String(b.messages.at(-1)?.content ?? '');

beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const system = String(body.messages[0]?.content ?? '');
    if (/search queries|搜索写查询词/.test(system))
      return { content: JSON.stringify({ queries: [/碳/.test(last(body)) ? '碳中和 入门' : 'KV cache explained'] }) };
    if (/幻灯片大纲|slide outline/.test(system))
      return {
        content:
          '# 碳中和入门\n\n## 基本概念\n\n### 什么是碳中和\n\n- 排放与吸收相抵 [1]\n- 中国承诺 2060 年前实现 [2]\n\n### 碳市场\n\n- 全国碳市场 2021 年启动 [1]',
      };
    if (/business writer|办公文档写作/.test(system)) return { content: '# Weekly report\n\nKV caching cut latency [1]. See also https://invented.example/x.' };
    return { content: 'A KV cache stores keys and values [1], so decoding reuses them [2][4].' };
  });
  dir = await mkdtemp(join(tmpdir(), 'dsplus-web-'));
  env = { DSPLUS_BASE_URL: llm.url };
});
afterAll(async () => {
  await llm.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dsplus ask --web', () => {
  it('prints the answer, then a Sources: block of [n] title — url; the citation check goes to stderr', async () => {
    const r = await runCli(['ask', '--web', '用三句话解释什么是 KV cache'], env);
    expect(r.status).toBe(0);
    const results = mockSearchResults('KV cache explained');
    expect(r.stdout).toBe(
      `A KV cache stores keys and values [1], so decoding reuses them [2][4].\n\nSources:\n[1] ${String(results[0].title)} — ${String(results[0].url)}\n[2] ${String(results[1].title)} — ${String(results[1].url)}\n`,
    );
    expect(r.stderr).toContain('Searching the web for: KV cache explained');
    expect(r.stderr).toContain('3 source(s) found.');
    expect(r.stderr).toContain('The answer cites [4], which is not one of the sources given');
    // The sources went to the model as data, the question as the user's words.
    const answer = llm.requests.at(-1)!;
    expect(last(answer)).toMatch(/^<sources>[\s\S]*<\/sources>\n\n用三句话解释什么是 KV cache$/);
  });

  it('--json carries the sources and the check', async () => {
    const r = await runCli(['ask', '--web', '--json', 'KV cache?'], env);
    const j = JSON.parse(r.stdout) as { sources: { n: number; url: string }[]; cited: number[]; check: { unknown: number[] } };
    expect(j.sources).toHaveLength(3);
    expect(j.cited).toEqual([1, 2]);
    expect(j.check.unknown).toEqual([4]);
  });

  it('nothing is searched without --web', async () => {
    const before = llm.toolRequests.length;
    const r = await runCli(['ask', 'KV cache?'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('Sources:');
    expect(llm.toolRequests.length).toBe(before);
  });

  it('without a search backend: a sentence that says where to set one, and nothing sent', async () => {
    const before = llm.requests.length;
    const r = await runCli(['ask', '--web', 'KV cache?'], { ...env, DSPLUS_PROVIDER: 'ollama', DSPLUS_API_KEY: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Search the web (--web) needs a search backend');
    expect(llm.requests.length).toBe(before);
  });
});

describe('dsplus slides --topic --web', () => {
  it('adds a sources slide listing what the slides cite', async () => {
    const out = join(dir, 'deck.pptx');
    const r = await runCli(['slides', '--topic', '碳中和入门', '--web', '-o', out], env);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Added a sources slide with 2 source(s).');
    const deck = await inspectPptx(await readFile(out));
    const sourcesSlide = deck.slides.find((s) => s.title === '参考资料');
    expect(sourcesSlide).toBeDefined();
    const text = sourcesSlide!.texts.flatMap((b) => b.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toContain('[1] 碳中和 入门 — source 1');
    expect(text).toContain('[2] 碳中和 入门 — source 2');
    expect(text).not.toContain('source 3');
    // The outline kept beside the deck has the sources slide too.
    expect(await readFile(out.replace(/\.pptx$/, '.outline.md'), 'utf8')).toContain('## 参考资料');
  });

  it('--web without --topic is explained', async () => {
    const md = join(dir, 'talk.md');
    await writeFile(md, '# T\n\n## A\n\n- b\n');
    const r = await runCli(['slides', md, '--web', '-o', join(dir, 't.pptx')], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--web searches the web for a topic');
  });
});

describe('dsplus draft --web', () => {
  it('writes the draft citing [n], with a References section, and flags an invented link', async () => {
    const brief = join(dir, 'brief.txt');
    await writeFile(brief, 'Weekly report on KV caching results.');
    const out = join(dir, 'report.md');
    const r = await runCli(['draft', '-t', 'work-report', '-b', brief, '--web', '-o', out], env);
    expect(r.status).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('KV caching cut latency [1].');
    expect(md).toMatch(/## References\n\n1\. KV cache explained — source 1\. Example 1, 2026-01-01\. <https:\/\/example\.org\//);
    expect(r.stderr).toContain('The answer contains a link that is not one of the sources: https://invented.example/x.');
  });
});
