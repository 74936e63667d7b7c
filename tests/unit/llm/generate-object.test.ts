import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractJson, generateObject, InvalidOutputError } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const Minutes = z.object({ title: z.string(), decisions: z.array(z.string()) });
const messages = [{ role: 'user' as const, content: '整理会议纪要' }];

describe('extractJson', () => {
  it('finds JSON as the whole text, in a fence, or inside prose, after a think block', () => {
    expect(extractJson('{"a":1}')).toEqual({ a: 1 });
    expect(extractJson('Here:\n```json\n{"a":2}\n```\nDone.')).toEqual({ a: 2 });
    expect(extractJson('好的，结果是 {"a":"}{"} 。以上。')).toEqual({ a: '}{' });
    expect(extractJson('<think>{"no":1}</think>\n[1,2]')).toEqual([1, 2]);
    expect(extractJson('no json here')).toBeUndefined();
  });
});

describe('generateObject', () => {
  it('uses JSON mode on DeepSeek, with the word "json" in the prompt, and validates', async () => {
    llm = await startMockLlm(() => ({ content: '{"title":"周会","decisions":["上线"]}' }));
    const r = await generateObject(llm.settings, { schema: Minutes, messages, mode: 'fast' });
    expect(r.object).toEqual({ title: '周会', decisions: ['上线'] });
    expect(llm.requests[0].response_format).toEqual({ type: 'json_object' });
    expect(JSON.stringify(llm.requests[0].messages).toLowerCase()).toContain('json');
  });

  it('works with a reasoner without JSON mode: extraction from a fence after <think>', async () => {
    llm = await startMockLlm(() => ({ reasoning: '想一想', thinkTags: true, content: '结果如下：\n```json\n{"title":"T","decisions":[]}\n```' }));
    const r = await generateObject({ ...llm.settings, provider: 'nvidia' }, { schema: Minutes, messages, mode: 'deep' });
    expect(r.object.title).toBe('T');
    expect(llm.requests[0].response_format).toBeUndefined();
  });

  it('one repair round quotes the validation error, then succeeds', async () => {
    llm = await startMockLlm((_b, i) => ({ content: i === 0 ? '{"title":"T"}' : '{"title":"T","decisions":["a"]}' }));
    const r = await generateObject(llm.settings, { schema: Minutes, messages, mode: 'fast' });
    expect(r.object.decisions).toEqual(['a']);
    expect(llm.requests).toHaveLength(2);
    const repair = llm.requests[1].messages.at(-1)?.content ?? '';
    expect(repair).toContain('decisions');
    expect(r.warnings).toEqual([{ key: 'llm.warning.repaired' }]);
  });

  it('a second invalid answer is an InvalidOutputError (no third request)', async () => {
    llm = await startMockLlm(() => ({ content: 'Sorry, I cannot.' }));
    const err = await generateObject(llm.settings, { schema: Minutes, messages, mode: 'fast' }).catch((e: unknown) => e);
    expect(InvalidOutputError.isInstance(err)).toBe(true);
    expect(llm.requests).toHaveLength(2);
  });
});
