import { describe, expect, it } from 'vitest';
import { cleanMermaidAnswer, parseMermaid } from '../../../src/diagram';

describe('cleanMermaidAnswer', () => {
  it('takes the Mermaid out of a chatty answer with a fence', () => {
    const answer =
      '<think>用户要一个审批流程。</think>好的！下面是报销审批流程图：\n\n```mermaid\nflowchart TD\n  A[提交] --> B{超过5000?}\n  B -->|是| C[总经理]\n```\n\n说明：菱形表示判断。希望对你有帮助！';
    const src = cleanMermaidAnswer(answer);
    expect(src).toBe('flowchart TD\n  A[提交] --> B{超过5000?}\n  B -->|是| C[总经理]');
    expect(parseMermaid(src).warnings).toEqual([]);
  });
  it('takes an unlabelled fence that holds a diagram, front matter included', () => {
    expect(cleanMermaidAnswer('Here you go:\n```\n---\ntitle: T\n---\ngraph LR\n  a-->b\n```')).toBe('---\ntitle: T\n---\ngraph LR\n  a-->b');
  });
  it('cuts chatter around an unfenced diagram', () => {
    expect(cleanMermaidAnswer('Sure, here it is.\ntimeline\n  2020 : A\n  2021 : B\n\nLet me know if you need changes.')).toBe(
      'timeline\n  2020 : A\n  2021 : B',
    );
  });
  it('shows nothing while the model is still thinking, and a fence still streaming', () => {
    expect(cleanMermaidAnswer('<think>first I')).toBe('');
    expect(cleanMermaidAnswer('好的：\n```mermaid\nflowchart TD\n  A --> B')).toBe('flowchart TD\n  A --> B');
  });
});
