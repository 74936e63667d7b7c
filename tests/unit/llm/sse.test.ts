import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../src/llm/sse';

describe('SseParser', () => {
  const wire = ': keep-alive\n\ndata: {"a":1}\n\r\ndata: line1\ndata: line2\n\nevent: x\ndata:{"b":2}\n\n: keep-alive\n\ndata: [DONE]\n\n';

  it('yields event data, ignoring comments and other fields, however the text is cut', () => {
    for (let cut = 0; cut <= wire.length; cut++) {
      const p = new SseParser();
      const out = [...p.push(wire.slice(0, cut)), ...p.push(wire.slice(cut)), ...p.flush()];
      expect(out).toEqual(['{"a":1}', 'line1\nline2', '{"b":2}', '[DONE]']);
    }
  });

  it('an unterminated last event still counts at the end of the body', () => {
    const p = new SseParser();
    expect(p.push('data: tail')).toEqual([]);
    expect(p.flush()).toEqual(['tail']);
  });
});
