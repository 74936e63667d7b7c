// What the outline step does when the model does not deliver an outline: a refusal, an empty answer,
// a stream cut halfway, a Stop. Against the local model server; nothing leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import { outlineFromDocument, outlineFromTopic } from '../../../src/slides';
import type { AppError } from '../../../src/errors';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});

const topic = { topic: '远程办公', lang: 'zh' as const };
const caught = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('an answer that is not an outline', () => {
  it('says the model refused, quoting it, instead of asking the user to add headings', async () => {
    llm.setHandler(() => ({ content: '抱歉，我无法回答这个问题。' }));
    const e = await caught(outlineFromTopic(llm.settings, topic, { mode: 'fast' }));
    expect(e).toMatchObject({ key: 'slides.error.noOutline' });
    const sentence = translate('zh-CN', (e as AppError).key, (e as AppError).params);
    expect(sentence).toContain('模型没有写出大纲');
    expect(sentence).toContain('抱歉，我无法回答这个问题。');
  });

  it('says so when the answer is empty, from a document too', async () => {
    llm.setHandler(() => ({ content: '' }));
    const e = await caught(outlineFromDocument(llm.settings, '# 报告\n\n正文', { lang: 'zh' }, { mode: 'fast' }));
    expect(e).toMatchObject({ key: 'slides.error.emptyAnswer' });
  });

  it('rejects half an outline when the stream is cut, so it never replaces the user’s text', async () => {
    llm.setHandler(() => ({ cutAfterChunks: 4, content: '# 新大纲\n\n## 第一部分\n- 内容内容内容内容内容内容内容内容内容内容', chunkSize: 4 }));
    const seen: string[] = [];
    const e = await caught(outlineFromTopic(llm.settings, topic, { mode: 'fast', onText: (t) => seen.push(t) }));
    expect(seen.length).toBeGreaterThan(0);
    expect(e).toMatchObject({ key: 'slides.error.cut' });
    expect(translate('en-US', (e as AppError).key, (e as AppError).params)).toMatch(/none of it was used/);
  });

  it('ends a stopped request with an abort, not with the partial text', async () => {
    llm.setHandler(() => ({ content: '# 大纲\n\n## 一\n- ' + '内容'.repeat(200), chunkSize: 4, chunkDelayMs: 10 }));
    const ctrl = new AbortController();
    const e = await caught(outlineFromTopic(llm.settings, topic, { mode: 'fast', signal: ctrl.signal, onText: (t) => t.length > 20 && ctrl.abort() }));
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).name).toBe('AbortError');
  });

  it('still returns a real outline wrapped in chat', async () => {
    llm.setHandler(() => ({ content: '好的，以下是大纲：\n\n# 远程办公\n\n## 习惯\n- 异步站会' }));
    const r = await outlineFromTopic(llm.settings, topic, { mode: 'fast' });
    expect(r.text).toContain('# 远程办公');
  });
});
