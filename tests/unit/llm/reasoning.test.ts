import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, splitThink, ThinkSplitter, type ChatEvent } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('reasoning normalisation', () => {
  it.each([
    ['reasoning_content (DeepSeek, SiliconFlow)', { reasoningField: 'reasoning_content' as const }],
    ['reasoning (OpenRouter, Ollama, vLLM ≥0.11)', { reasoningField: 'reasoning' as const }],
    ['<think> inside content (NIM, Azure, R1 distills)', { thinkTags: true }],
  ])('%s → reasoning events; the answer holds no <think>', async (_name, opts) => {
    for (const chunkSize of [1, 3, 7]) {
      llm = await startMockLlm(() => ({ reasoning: '用户问 1+1。答案是 2。', content: '1+1 = 2。', chunkSize, ...opts }));
      const events: ChatEvent[] = [];
      const r = await completeChat(llm.settings, { messages: [{ role: 'user', content: '1+1?' }], mode: 'deep' }, (e) => events.push(e));
      expect(r.text).toBe('1+1 = 2。');
      expect(r.reasoning).toBe('用户问 1+1。答案是 2。');
      const content = events
        .filter((e) => e.type === 'content')
        .map((e) => (e as { delta: string }).delta)
        .join('');
      expect(content).not.toMatch(/think>/);
      await llm.close();
      llm = undefined;
    }
  });

  it('the splitter handles tags cut at every position', () => {
    const text = '<think>\nstep one\n</think>\n\nThe answer.';
    for (let cut = 1; cut < text.length; cut++) {
      const s = new ThinkSplitter();
      const a = s.push(text.slice(0, cut));
      const b = s.push(text.slice(cut));
      const c = s.flush();
      expect(a.content + b.content + c.content).toBe('The answer.');
      expect((a.reasoning + b.reasoning + c.reasoning).trim()).toBe('step one');
    }
  });

  it('text without tags passes through; an unclosed think block is reasoning', () => {
    expect(splitThink('a < b and c > d')).toEqual({ reasoning: '', content: 'a < b and c > d' });
    expect(splitThink('<think>still thinking')).toEqual({ reasoning: 'still thinking', content: '' });
  });

  it('reasoning from earlier turns is never sent back, and same-role neighbours are merged', async () => {
    llm = await startMockLlm();
    await completeChat(llm.settings, {
      mode: 'deep',
      messages: [
        { role: 'user', content: 'Q1' },
        { role: 'assistant', content: 'A1', reasoning: 'secret chain of thought' },
        { role: 'user', content: 'Q2 part 1' },
        { role: 'user', content: 'Q2 part 2' },
      ],
    });
    const sent = llm.requests[0].messages;
    expect(JSON.stringify(sent)).not.toContain('secret chain of thought');
    expect(sent.map((m) => Object.keys(m).sort().join(','))).toEqual(['content,role', 'content,role', 'content,role']);
    expect(sent[2].content).toBe('Q2 part 1\n\nQ2 part 2');
  });
});
