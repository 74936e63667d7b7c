import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, presetFor, ToolCallAssembler, type ChatMessage, type ToolDefinition } from '../../../src/llm';
import { buildChatBody } from '../../../src/llm/providers/build-body';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const weather: ToolDefinition = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

describe('streamed tool calls', () => {
  it('are assembled across chunks by index, interleaved or not', () => {
    const a = new ToolCallAssembler();
    a.push([{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }]);
    a.push([{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{"tz"' } }]);
    a.push([{ index: 0, function: { arguments: '{"city":' } }]);
    a.push([{ index: 1, function: { arguments: ':"Asia/Shanghai"}' } }]);
    a.push([{ index: 0, function: { arguments: '"杭州"}' } }]);
    expect(a.calls()).toEqual([
      { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"杭州"}' } },
      { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{"tz":"Asia/Shanghai"}' } },
    ]);
    // A provider that repeats the name in every fragment does not get it doubled.
    const b = new ToolCallAssembler();
    b.push([{ index: 0, id: 'x', function: { name: 'f', arguments: '{' } }]);
    b.push([{ index: 0, function: { name: 'f', arguments: '}' } }]);
    expect(b.calls()[0].function).toEqual({ name: 'f', arguments: '{}' });
  });

  it('come back from a real stream as done.toolCalls with finishReason tool_calls', async () => {
    const args = JSON.stringify({ city: '北京', unit: 'celsius', days: [1, 2, 3] });
    llm = await startMockLlm(() => ({
      content: '',
      reasoning: '要查天气。',
      chunkSize: 3,
      interleaveToolCalls: true,
      toolCalls: [
        { id: 'call_1', name: 'get_weather', arguments: args },
        { id: 'call_2', name: 'get_weather', arguments: '{"city":"上海"}' },
      ],
    }));
    const r = await completeChat(llm.settings, { messages: [{ role: 'user', content: '北京和上海天气' }], mode: 'deep', tools: [weather], toolChoice: 'auto' });
    expect(r.finishReason).toBe('tool_calls');
    expect(r.toolCalls?.map((c) => [c.id, c.function.name, JSON.parse(c.function.arguments)])).toEqual([
      ['call_1', 'get_weather', { city: '北京', unit: 'celsius', days: [1, 2, 3] }],
      ['call_2', 'get_weather', { city: '上海' }],
    ]);
    expect(llm.requests[0].tools).toEqual([weather]);
    expect(llm.requests[0].tool_choice).toBe('auto');
  });
});

describe('sending a tool-calling turn back', () => {
  const turn: ChatMessage[] = [
    { role: 'user', content: '北京天气' },
    {
      role: 'assistant',
      content: '',
      reasoning: '',
      toolCalls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"北京"}' } }],
    },
    { role: 'tool', toolCallId: 'call_1', content: '{"temp":3}' },
  ];

  it('keeps the assistant turn’s reasoning_content for DeepSeek, even when it is empty', async () => {
    llm = await startMockLlm(() => ({ content: '北京 3 度。' }));
    const r = await completeChat(llm.settings, {
      messages: [...turn, { role: 'assistant', content: '北京 3 度。', reasoning: 'old thoughts' }, { role: 'user', content: '明天呢' }],
      mode: 'deep',
      tools: [weather],
    });
    expect(r.text).toBe('北京 3 度。');
    const sent = llm.requests[0].messages;
    expect(sent[1]).toEqual({
      role: 'assistant',
      content: '',
      reasoning_content: '',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"北京"}' } }],
    });
    expect(sent[2]).toEqual({ role: 'tool', content: '{"temp":3}', tool_call_id: 'call_1' });
    // An ordinary assistant turn still never carries its reasoning back.
    expect(sent[3]).toEqual({ role: 'assistant', content: '北京 3 度。' });
  });

  it('with its reasoning when there is some; never to providers that reject reasoning_content', () => {
    const withThoughts = turn.map((m) => (m.toolCalls ? { ...m, reasoning: '先查北京。' } : m));
    const ds = buildChatBody(presetFor('deepseek'), { model: 'm', mode: 'deep', messages: withThoughts, stream: true });
    expect(ds.messages[1].reasoning_content).toBe('先查北京。');
    const qianfan = buildChatBody(presetFor('qianfan'), { model: 'm', mode: 'deep', messages: withThoughts, stream: true });
    expect(qianfan.messages[1]).not.toHaveProperty('reasoning_content');
    expect(qianfan.messages[1].tool_calls).toHaveLength(1);
  });

  it('masked values in tool arguments are restored in the calls the model returns', async () => {
    llm = await startMockLlm((body) => {
      const q = String(body.messages.at(-1)?.content);
      const placeholder = /\[PHONE_1\]/.exec(q)?.[0] ?? 'none';
      return { content: '', toolCalls: [{ id: 'c', name: 'call', arguments: JSON.stringify({ phone: placeholder }) }] };
    });
    const r = await completeChat(
      { ...llm.settings, maskSensitive: true },
      { messages: [{ role: 'user', content: '打给 13812345678' }], mode: 'fast', tools: [weather] },
    );
    expect(String(llm.requests[0].messages[0].content)).not.toContain('13812345678');
    expect(JSON.parse(r.toolCalls![0].function.arguments)).toEqual({ phone: '13812345678' });
  });
});
