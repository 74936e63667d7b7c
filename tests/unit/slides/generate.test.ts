// Model-backed steps against the local model server (tests/support/mock-llm.ts): nothing leaves 127.0.0.1.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineFromMarkdown } from '../../../src/outline';
import { addGeneratedNotes, markdownToDeck, outlineFromDocument, outlineFromTopic, CONDENSE_ABOVE_TOKENS } from '../../../src/slides';
import { registerSlides } from '../../../src/cli/commands/slides';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { inspectPptx } from './pptx-inspect';

const OUTLINE =
  '<think>plan</think>\n```markdown\n# 碳中和入门\n\n给中学生的十分钟介绍\n\n## 为什么\n### 气候变化\n- 全球升温\n- 极端天气\n\n## 怎么做\n### 个人行动\n- 节约用电\n- 绿色出行\n```\n以上大纲供参考。';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: OUTLINE, chunkSize: 7 }));
});
afterAll(async () => {
  await llm.close();
});

describe('outline from a topic', () => {
  it('streams the answer as it grows and asks with topic, audience, count, language and style', async () => {
    // A pause between chunks so they arrive in separate reads (the client merges deltas of one read).
    llm.setHandler(() => ({ content: OUTLINE, chunkSize: 7, chunkDelayMs: 5 }));
    const seen: number[] = [];
    const before = llm.requests.length;
    const r = await outlineFromTopic(
      llm.settings,
      { topic: '碳中和', audience: '中学生', slides: 6, lang: 'zh', style: 'teaching' },
      { mode: 'fast', onText: (t) => seen.push(t.length) },
    );
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const ask = llm.requests[before].messages.at(-1)!.content;
    expect(ask).toContain('碳中和');
    expect(ask).toContain('中学生');
    expect(ask).toContain('6');
    expect(ask).toMatch(/教学风格/);
    const deck = await markdownToDeck(r.text);
    expect(deck.value.slides.map((s) => s.title)).toEqual(['碳中和入门', '为什么', '气候变化', '怎么做', '个人行动', '谢谢！']);
  });
});

describe('outline from a document', () => {
  it('answers a short document in one streamed request', async () => {
    llm.setHandler(() => ({ content: OUTLINE }));
    const before = llm.requests.length;
    const r = await outlineFromDocument(llm.settings, '# 报告\n\n碳排放在 2030 年前达峰。', { lang: 'zh' }, { mode: 'fast' });
    expect(llm.requests.length - before).toBe(1);
    expect(r.chunks).toBe(1);
    expect(llm.requests[before].messages.at(-1)!.content).toContain('2030 年前达峰');
  });

  it('condenses a long document with map-reduce before writing the outline', async () => {
    llm.setHandler((body) => {
      const ask = body.messages.at(-1)!.content;
      if (ask.startsWith('这是一份长文档')) return { content: '- 要点' };
      if (ask.startsWith('把以下按顺序排列的要点合并')) return { content: '# 摘要\n- 合并后的要点' };
      return { content: OUTLINE };
    });
    const para = '碳中和是指企业、团体或个人测算在一定时间内直接或间接产生的温室气体排放总量，通过植树造林、节能减排等形式抵消。';
    const doc = Array.from({ length: 400 }, (_, i) => `## 第${i + 1}节\n\n${para}`).join('\n\n');
    const before = llm.requests.length;
    const progress: string[] = [];
    const r = await outlineFromDocument(llm.settings, doc, { lang: 'zh' }, { mode: 'fast', onProgress: (p) => progress.push(p.phase) });
    const asked = llm.requests.slice(before).map((b) => b.messages.at(-1)!.content);
    expect(r.chunks).toBeGreaterThan(1);
    expect(asked.filter((a) => a.includes('提炼要点')).length).toBe(r.chunks);
    expect(asked.at(-1)).toContain('合并后的要点');
    expect(asked.at(-1)!.length).toBeLessThan(doc.length / 4);
    expect(progress).toContain('map');
    expect(CONDENSE_ABOVE_TOKENS).toBeGreaterThan(0);
    expect(outlineFromMarkdown(r.text).value.root.title).toBe('碳中和入门');
  });
});

describe('generated speaker notes', () => {
  it('fills notes for slides that have none and keeps the ones written by hand', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({
        notes: [
          { index: 1, notes: '先讲全球升温的数据。' },
          { index: 2, notes: '请同学分享做法。' },
        ],
      }),
    }));
    const outline = outlineFromMarkdown('# T\n## A\n### One\n- x\n### Two\n- y\n\n备注：手写的备注').value;
    const r = await addGeneratedNotes(llm.settings, outline, { lang: 'zh', mode: 'fast' });
    expect(r.outline.root.children[0].children[0].notes).toEqual(['先讲全球升温的数据。']);
    expect(r.outline.root.children[0].children[1].notes).toEqual(['手写的备注']);
    expect(outline.root.children[0].children[0].notes).toEqual([]);
    const deck = await markdownToDeck('# T\n## A\n### One\n- x', {});
    expect(deck.value.slides[2].notes).toBe('');
  });
});

describe('dsplus slides', () => {
  async function run(args: string[], env: Record<string, string | undefined>) {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    const program = new Command('dsplus').exitOverride();
    registerSlides(program);
    try {
      await program.parseAsync(['node', 'dsplus', 'slides', ...args]);
    } finally {
      process.env = saved;
    }
  }

  it('--topic writes the outline beside the deck and a deck with those slides', async () => {
    llm.setHandler(() => ({ content: OUTLINE }));
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    await run(['--topic', '碳中和', '--slides', '5', '--audience', '中学生', '-o', join(dir, 'deck.pptx'), '--theme', 'china-red'], {
      DSPLUS_BASE_URL: llm.url,
      DSPLUS_API_KEY: 'sk-mock',
      DSPLUS_MODEL: 'mock-flash',
    });
    const outline = readFileSync(join(dir, 'deck.outline.md'), 'utf8');
    expect(outline.startsWith('# 碳中和入门')).toBe(true);
    expect(outline).not.toContain('<think>');
    const { slides } = await inspectPptx(new Uint8Array(readFileSync(join(dir, 'deck.pptx'))));
    expect(slides.map((s) => s.title)).toContain('个人行动');
  });

  it('renders an outline file with no provider configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-slides-'));
    const md = join(dir, 'talk.md');
    (await import('node:fs')).writeFileSync(md, '# Talk\n\n## One\n- a\n\nNotes: hi\n\n## Two\n- b\n');
    await run([md, '--lang', 'en'], { DSPLUS_API_KEY: '', DEEPSEEK_API_KEY: '', DSPLUS_BASE_URL: 'https://api.deepseek.com' });
    expect(existsSync(join(dir, 'talk.pptx'))).toBe(true);
    const { slides } = await inspectPptx(new Uint8Array(readFileSync(join(dir, 'talk.pptx'))));
    expect(slides.map((s) => s.title)).toEqual(['Talk', 'One', 'Two', 'Thank you']);
    expect(slides[1].notes).toBe('hi');
  });

  it('says a .docx needs a provider when none is configured', async () => {
    await expect(run(['report.docx'], { DSPLUS_API_KEY: '', DEEPSEEK_API_KEY: '', DSPLUS_BASE_URL: 'https://api.deepseek.com' })).rejects.toMatchObject({
      key: 'slides.cli.needsProvider',
    });
  });
});
