import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { generateMindMarkdown, mindTreeFromMarkdown, fromXmind } from '../../../src/mindmap';
import { mindmapAction } from '../../../src/cli/actions/mindmap';

const ANSWER =
  '<think>x</think>好的，以下是导图：\n```markdown\n# 远程办公\n## 工具\n- 视频会议\n- 文档协作\n## 挑战\n- 沟通\n  备注：时区不同\n```\n希望有帮助！';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: ANSWER, chunkSize: 5 }));
});
afterAll(async () => {
  await llm.close();
});

describe('generateMindMarkdown', () => {
  it('streams cleaned Markdown as it arrives and returns the map', async () => {
    const seen: string[] = [];
    const r = await generateMindMarkdown(llm.settings, { topic: '远程办公', locale: 'zh-CN', onText: (md) => seen.push(md) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.some((s) => s.startsWith('# 远程办公') && !s.includes('## 挑战'))).toBe(true);
    expect(r.markdown).toBe('# 远程办公\n## 工具\n- 视频会议\n- 文档协作\n## 挑战\n- 沟通\n  备注：时区不同');
    const root = mindTreeFromMarkdown(r.markdown).root;
    expect(root.children[1].children[0]).toEqual({ title: '沟通', note: '时区不同', children: [] });
    const sent = llm.requests.at(-1)!;
    expect(sent.messages[0].content).toContain('XMind');
    expect(sent.messages.at(-1)!.content).toContain('远程办公');
  });

  it('sends the document as source material', async () => {
    await generateMindMarkdown(llm.settings, { source: '第一章 介绍……', locale: 'en-US' });
    expect(llm.requests.at(-1)!.messages.at(-1)!.content).toContain('第一章 介绍');
  });

  it('fails with a sentence when the answer has no map in it', async () => {
    llm.setHandler(() => ({ content: 'I cannot help with that.' }));
    await expect(generateMindMarkdown(llm.settings, { topic: 'x', locale: 'en-US' })).rejects.toMatchObject({ key: 'mindmap.error.modelOutput' });
    llm.setHandler(() => ({ content: ANSWER, chunkSize: 5 }));
  });
});

describe('dsplus mindmap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mindmap-cli-'));

  it('turns a Markdown file into .xmind without a provider', async () => {
    writeFileSync(join(dir, 'plan.md'), '# 计划\n## 一\n- a\n## 二\n');
    await mindmapAction(join(dir, 'plan.md'), { output: join(dir, 'plan.xmind') });
    const root = await fromXmind(readFileSync(join(dir, 'plan.xmind')));
    expect(root.children.map((c) => c.title)).toEqual(['一', '二']);
  });

  it('says which input file it cannot read', async () => {
    await expect(mindmapAction(join(dir, 'missing.md'), { output: join(dir, 'x.svg') })).rejects.toMatchObject({ key: 'files.error.notFound' });
  });

  it('rejects an output extension it cannot write, before doing any work', async () => {
    await expect(mindmapAction(join(dir, 'plan.md'), { output: join(dir, 'plan.docx') })).rejects.toMatchObject({ key: 'mindmap.error.format' });
  });

  /** Runs with a provider environment that ignores the user's own config file. */
  async function withProviderEnv(run: () => Promise<void>, extra: Record<string, string> = {}): Promise<void> {
    const env = { ...process.env };
    Object.assign(process.env, {
      DSPLUS_CONFIG: join(dir, 'no-config.json'),
      DSPLUS_PROVIDER: 'deepseek',
      DSPLUS_API_KEY: 'sk-mock',
      DSPLUS_MODEL: '',
      ...extra,
    });
    try {
      await run();
    } finally {
      process.env = env;
    }
  }

  it('generates from --topic with the model and keeps the Markdown beside the output', async () => {
    await withProviderEnv(() => mindmapAction(undefined, { output: join(dir, 'remote.svg'), topic: '远程办公' }), { DSPLUS_BASE_URL: llm.url });
    expect(readFileSync(join(dir, 'remote.svg'), 'utf8')).toContain('视频会议');
    expect(readFileSync(join(dir, 'remote.md'), 'utf8')).toContain('## 工具');
  });

  it('takes the provider from --base-url and --model like every other command', async () => {
    await withProviderEnv(() => mindmapAction(undefined, { output: join(dir, 'flags.opml'), topic: '远程办公', baseUrl: llm.url, model: 'model-from-flag' }), {
      DSPLUS_BASE_URL: 'http://127.0.0.1:9',
    });
    expect(llm.requests.at(-1)!.model).toBe('model-from-flag');
    expect(readFileSync(join(dir, 'flags.opml'), 'utf8')).toContain('文档协作');
  });

  it('--generate on an .xmind sends its outline to the model as source material', async () => {
    await withProviderEnv(() => mindmapAction(join(dir, 'plan.xmind'), { output: join(dir, 'summary.md'), generate: true }), { DSPLUS_BASE_URL: llm.url });
    expect(llm.requests.at(-1)!.messages.at(-1)!.content).toContain('计划');
  });
});
