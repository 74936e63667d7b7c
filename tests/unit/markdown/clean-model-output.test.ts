import { describe, expect, it } from 'vitest';
import { cleanModelOutput } from '../../../src/markdown';

const keys = (raw: string) => cleanModelOutput(raw).removed.map((m) => m.key);

describe('cleanModelOutput: one cleaner for every model answer', () => {
  it('drops a closed <think> block and says so', () => {
    const r = cleanModelOutput('<think>\n先想想结构。\n</think>\n\n# 标题\n- 点');
    expect(r.text).toBe('# 标题\n- 点');
    expect(r.removed).toEqual([{ key: 'markdown.clean.think' }]);
  });

  it('drops an unclosed <think> up to the first heading, or everything while the model is still thinking', () => {
    expect(cleanModelOutput('<think>still thinking…\n# Deck\n## A').text).toBe('# Deck\n## A');
    expect(cleanModelOutput('<think>still thinking # not a heading').text).toBe('');
  });

  it('unwraps a ```markdown fence and the chat around it, keeping inner code fences', () => {
    const r = cleanModelOutput('好的，以下是大纲：\n```markdown\n# T\n## Code\n```python\nprint(1)\n```\n## Next\n- a\n```\n希望对你有帮助！');
    expect(r.text).toBe('# T\n## Code\n```python\nprint(1)\n```\n## Next\n- a');
    expect(keys('好的，以下是大纲：\n```markdown\n# T\n```\n希望对你有帮助！')).toEqual(['markdown.clean.fence', 'markdown.clean.chatter']);
  });

  it('unwraps an unlabelled fence only when it holds the document', () => {
    expect(cleanModelOutput('```\n# T\n- a\n```').text).toBe('# T\n- a');
    expect(cleanModelOutput('```\nnpm install\n```\n\n# T').text).toBe('```\nnpm install\n```\n\n# T');
  });

  it('leaves a code fence that comes after the document started', () => {
    const md = '# T\n\n```markdown\n# inner\n```';
    expect(cleanModelOutput(md).text).toBe(md);
  });

  it('drops a chat preamble but keeps a title line before a list', () => {
    expect(cleanModelOutput('Sure! Here is your mind map:\n\n# 主题\n- 点').text).toBe('# 主题\n- 点');
    expect(cleanModelOutput('好的，下面为您整理会议纪要。\n# 纪要').text).toBe('# 纪要');
    expect(cleanModelOutput('Weekend\n- hike\n- read').text).toBe('Weekend\n- hike\n- read');
  });

  it('drops sign-offs and prose after a closing rule, never content', () => {
    expect(cleanModelOutput('# T\n- x\n\n---\n\nThis outline covers the main points. Let me know if you want changes.').text).toBe('# T\n- x');
    expect(cleanModelOutput('# T\n- x\n\n如需调整，请告诉我。\n\n希望对你有帮助！').text).toBe('# T\n- x');
    const content = '# T\n\n## 总结\n\n希望工程是一个公益项目。\n\n- 要点';
    expect(cleanModelOutput(content).text).toBe(content);
    const noteAfter = '# A\n- b\n  Notes: c';
    expect(cleanModelOutput(noteAfter).text).toBe(noteAfter);
    expect(keys('# T\n\n以上就是全部内容。')).toEqual(['markdown.clean.chatter']);
  });

  it('returns plain Markdown untouched, with nothing reported', () => {
    const md = '# 计划\n\n## 目标\n\n- 增长\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(cleanModelOutput(md)).toEqual({ text: md, removed: [] });
  });
});
