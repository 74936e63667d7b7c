import { describe, expect, it } from 'vitest';
import { parseMarkdownBlocks, parseInline as oldParseInline } from '../../../src/docs/markdown-blocks';
import { wordBlocksFromMarkdown } from '../../../src/docs/from-markdown';
import { cleanModelOutput, markdownRuns } from '../../../src/markdown';

// The old Word block parser's suite (tests/unit/docs/markdown.test.ts, "Markdown blocks") run against the
// core, plus a side-by-side check that the Word writers would receive the very same blocks.
const parseInline = (text: string) => markdownRuns(text, 'newline');

const SAMPLE = `# 季度报告

导语**加粗**和*斜体*。

## 进展
- 第一项
  - 子项 A
- 第二项
1. 步骤一
2. 步骤二

| 事项 | 负责人 |
| --- | --- |
| 预算 | 张三 |
| 招聘 \\| 培训 | 李四 |
`;

describe('Word blocks from the core', () => {
  it('reads headings, nested lists, ordered lists and tables', () => {
    const blocks = wordBlocksFromMarkdown(SAMPLE);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'table']);
    const [bullets, numbered] = [blocks[3], blocks[4]];
    expect(bullets?.type === 'list' && bullets.items.map((i) => [i.level, i.ordered, i.text])).toEqual([
      [0, false, '第一项'],
      [1, false, '子项 A'],
      [0, false, '第二项'],
    ]);
    expect(numbered?.type === 'list' && numbered.items.map((i) => [i.level, i.ordered, i.text])).toEqual([
      [0, true, '步骤一'],
      [0, true, '步骤二'],
    ]);
    const table = blocks[5];
    expect(table?.type === 'table' && table.rows).toEqual([
      ['预算', '张三'],
      ['招聘 | 培训', '李四'],
    ]);
  });

  it('accepts an answer wrapped in <think> and a markdown fence (after the one cleaner)', () => {
    const blocks = wordBlocksFromMarkdown(cleanModelOutput('<think>plan</think>\n```markdown\n# T\n\ntext\n```').text);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'T' },
      { type: 'paragraph', text: 'text' },
    ]);
  });

  it('splits emphasis but leaves snake_case alone', () => {
    expect(parseInline('a **b** *c* snake_case_name `x`')).toEqual([
      { text: 'a ' },
      { text: 'b', bold: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' snake_case_name ' },
      { text: 'x', code: true },
    ]);
  });

  const same = [
    SAMPLE,
    '# Minutes\n\nAttendees: Ann, Bob\nsecond line\n\n## Decisions\n\n1. Ship **v2** by May\n2. Hire *two* engineers\n\n---\n\n> Quote line one\n> line two\n\n```\ncode\n```\n',
    '# 会议纪要\n\n## 行动项\n\n| 任务 | 负责人 | 截止 |\n| --- | --- | --- |\n| 预算 | 张三 | 5月 |\n\n- 项目 A\n  - 子项\n    - 孙项\n- 项目 B\n',
  ];
  it.each(same)('gives the Word writers exactly the blocks the old parser gave (%#)', (md) => {
    expect(wordBlocksFromMarkdown(md)).toEqual(parseMarkdownBlocks(md));
  });

  it('gives the same runs as the old inline parser for ordinary emphasis, and now keeps link targets', () => {
    for (const s of ['导语**加粗**和*斜体*。', 'a **bold *both* bold** end', 'see [the site](http://x) and `code`', 'line one\nline two']) {
      expect(parseInline(s).map(({ href: _href, ...r }) => r)).toEqual(oldParseInline(s));
    }
    expect(parseInline('[the site](http://x)')).toEqual([{ text: 'the site', href: 'http://x' }]);
  });
});
