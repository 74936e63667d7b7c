// With a model, a long prose paragraph under a slide becomes at most six bullets written by the model and
// the paragraph goes whole into the notes; without one it is split at sentence ends. Played by the mock
// model server (tests/support/mock-llm.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToDeck } from '../../../src/slides';
import { longParagraphCount, summariseLongParagraphs } from '../../../src/slides/workflow';
import { startMockLlm, type MockLlm, type MockReply } from '../../support/mock-llm';
import { runCli } from '../cli/run-cli';
import { inspectPptx } from './pptx-inspect';

const LONG =
  '远程办公之后，团队的沟通方式发生了很大的变化。过去大家习惯在工位旁边直接讨论问题，现在所有的讨论都要通过文字或者视频会议完成。为了让信息不丢失，我们要求每个决定都写进共享文档，并在周报中列出负责人和截止日期。与此同时，我们把每天的站会改成了异步的文字站会，每个人在上午十点前写下昨天完成的工作、今天的计划和遇到的阻碍。三个月下来，会议时间减少了百分之四十，代码评审的平均等待时间从两天缩短到半天。';

const OUTLINE = `# 远程办公复盘

团队三个月的经验

## 沟通

### 我们改了什么

${LONG}

短段落保持原样。

### 结果

- 会议减少
`;

const BULLETS = [
  '决定都写进共享文档',
  '周报列出负责人与截止日期',
  '站会改为异步文字站会',
  '上午十点前写完昨日、今日与阻碍',
  '会议时间减少 40%',
  '评审等待从两天缩短到半天',
  '多余的第七条',
];

let llm: MockLlm;
let reply: () => MockReply = () => ({ content: JSON.stringify({ bullets: BULLETS }) });
beforeAll(async () => {
  llm = await startMockLlm(() => reply());
});
afterAll(async () => {
  await llm.close();
});

describe('long paragraphs summarised by the model', () => {
  it('finds only the long paragraph under a slide, not the subtitle or a short paragraph', () => {
    expect(longParagraphCount(OUTLINE)).toBe(1);
    expect(longParagraphCount('Just prose, not an outline.')).toBe(0);
  });

  it('turns it into at most six bullets, keeps it whole in the notes, and leaves the rest as written', async () => {
    const before = llm.requests.length;
    const progress: string[] = [];
    const r = await summariseLongParagraphs(llm.settings, OUTLINE, { lang: 'zh', onProgress: (p) => progress.push(`${p.done}/${p.total}`) });
    expect(llm.requests.length - before).toBe(1);
    expect(JSON.stringify(llm.requests.at(-1)!.messages)).toContain('代码评审的平均等待时间');
    expect(progress).toEqual(['0/1', '1/1']);
    expect(r.summarised).toBe(1);
    expect(r.warnings).toEqual([]);

    const deck = (await markdownToDeck(r.markdown)).value;
    const slide = deck.slides.find((s) => s.title === '我们改了什么')!;
    const body = slide.elements.flatMap((e) => (e.type === 'text' && e.slot === 'body' ? e.paragraphs.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(body).toEqual([...BULLETS.slice(0, 6), '短段落保持原样。']);
    expect(slide.notes).toContain(LONG);
    expect(deck.slides.find((s) => s.layout === 'title')?.elements.some((e) => e.type === 'text' && e.slot === 'subtitle')).toBe(true);
  });

  it('without a model the same paragraph is split at its sentence ends, whole in the notes', async () => {
    const deck = (await markdownToDeck(OUTLINE)).value;
    const slide = deck.slides.find((s) => s.title === '我们改了什么')!;
    const body = slide.elements.flatMap((e) => (e.type === 'text' && e.slot === 'body' ? e.paragraphs.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(body.length).toBeGreaterThan(2);
    expect(body.join('')).toContain('三个月下来，会议时间减少了百分之四十');
    expect(slide.notes).toContain(LONG);
  });

  it('Stop cancels the request in flight and changes nothing', async () => {
    reply = () => ({ content: JSON.stringify({ bullets: BULLETS }), chunkSize: 2, chunkDelayMs: 200 });
    const ctrl = new AbortController();
    const run = summariseLongParagraphs(llm.settings, OUTLINE, { lang: 'zh', signal: ctrl.signal });
    await expect.poll(() => llm.requests.length > 0).toBe(true);
    ctrl.abort();
    await expect(run).rejects.toThrow();
    reply = () => ({ content: JSON.stringify({ bullets: BULLETS }) });
  });

  it('an answer that is not bullets leaves the paragraph to the sentence split, and a sentence says so', async () => {
    reply = () => ({ content: 'Sorry, I cannot help with that.' });
    const r = await summariseLongParagraphs(llm.settings, OUTLINE, { lang: 'zh' });
    expect(r.summarised).toBe(0);
    expect(r.markdown).toBe(OUTLINE);
    expect(r.warnings.map((w) => w.key)).toEqual(['slides.summarise.kept', 'llm.error.invalidOutput']);
    reply = () => ({ content: JSON.stringify({ bullets: BULLETS }) });
  });

  it('dsplus slides with a model summarises and saves the outline beside the deck; --no-summarize does not ask', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarise-'));
    const md = join(dir, 'talk.md');
    writeFileSync(md, OUTLINE);
    const env = { DSPLUS_BASE_URL: llm.url };
    const before = llm.requests.length;
    const r = await runCli(['slides', md, '-o', join(dir, 'talk.pptx')], env);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/The model summarised 1 long paragraph\(s\) into bullets/);
    expect(llm.requests.length - before).toBe(1);
    expect(readFileSync(join(dir, 'talk.outline.md'), 'utf8')).toContain('- 会议时间减少 40%');
    const { slides } = await inspectPptx(new Uint8Array(readFileSync(join(dir, 'talk.pptx'))));
    expect(slides.find((s) => s.title === '我们改了什么')?.notes).toContain(LONG);

    const again = await runCli(['slides', md, '--no-summarize', '-o', join(dir, 'plain.pptx')], env);
    expect(again.status).toBe(0);
    expect(llm.requests.length - before).toBe(1);
  });
});
