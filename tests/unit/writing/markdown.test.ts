import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { wordBlocksFromMarkdown } from '../../../src/writing/from-markdown';
import { cleanModelOutput, markdownRuns } from '../../../src/markdown';
import { markdownToHtml } from '../../../src/writing/markdown-to-html';
import { markdownToDocx } from '../../../src/writing/markdown-to-docx';
import { htmlToInlineMarkdown } from '../../../src/writing/html-inline';
import { paragraphsToMarkdown } from '../../../src/writing/word-markdown';

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

const parseInline = (text: string) => markdownRuns(text, 'newline');

describe('Word blocks from the Markdown core', () => {
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

  it('keeps link targets in the runs, so Word can make them hyperlinks', () => {
    expect(parseInline('[the site](http://x)')).toEqual([{ text: 'the site', href: 'http://x' }]);
    expect(parseInline('a **bold *both* bold** end')).toEqual([
      { text: 'a ' },
      { text: 'bold ', bold: true },
      { text: 'both', bold: true, italic: true },
      { text: ' bold', bold: true },
      { text: ' end' },
    ]);
  });

  it('renders HTML that Word maps onto headings, lists and tables, escaping text and running no markup', () => {
    const html = markdownToHtml(SAMPLE + '\nif a < b & c\n\n<script>x</script>');
    expect(html).toContain('<h1>季度报告</h1>');
    expect(html).toContain('<b>加粗</b>');
    expect(html).toContain('<ul><li>第一项<ul><li>子项 A</li></ul></li><li>第二项</li></ul>');
    expect(html).toContain('<ol><li>步骤一</li><li>步骤二</li></ol>');
    expect(html).toMatch(/<table[^>]*>.*<th[^>]*>事项<\/th>/);
    expect(html).toContain('if a &lt; b &amp; c');
    expect(html).not.toMatch(/<script|>x</);
  });

  it('writes a .docx that mammoth reads back with headings, lists, table and emphasis', async () => {
    const bytes = await markdownToDocx(SAMPLE);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<h1>季度报告</h1>');
    expect(value).toContain('<h2>进展</h2>');
    expect(value).toContain('<strong>加粗</strong>');
    expect(value).toContain('<em>斜体</em>');
    expect(value).toMatch(/<table>.*预算.*张三.*<\/table>/);
    expect(value).toMatch(/<ul><li>第一项/);
    expect(value).toMatch(/<ol><li>步骤一<\/li><li>步骤二<\/li><\/ol>/);
  });
});

describe('Word paragraphs → Markdown', () => {
  it('maps built-in heading styles, list levels, tables and emphasis', () => {
    const md = paragraphsToMarkdown(
      [
        { text: 'Plan', styleBuiltIn: 'Title' },
        { text: 'Goals', styleBuiltIn: 'Heading1' },
        { text: 'Ship it', styleBuiltIn: 'ListParagraph', isListItem: true, listLevel: 0, listString: '•' },
        { text: 'by May', styleBuiltIn: 'ListParagraph', isListItem: true, listLevel: 1, listString: 'a.' },
        { text: 'Whole bold', styleBuiltIn: 'Normal', bold: true, italic: false },
        { text: 'mixed', styleBuiltIn: 'Normal', bold: null, inlineMarkdown: 'a **mixed** line' },
        { text: 'A', tableNestingLevel: 1 },
        { text: 'B', tableNestingLevel: 1 },
        { text: '自定义标题', styleBuiltIn: 'Other', style: '标题 2' },
      ],
      [
        [
          ['A', 'B'],
          ['1', '2'],
        ],
      ],
    );
    expect(md).toBe(
      [
        '# Plan',
        '',
        '## Goals',
        '',
        '- Ship it',
        '  1. by May',
        '',
        '**Whole bold**',
        '',
        'a **mixed** line',
        '',
        '| A | B |\n| --- | --- |\n| 1 | 2 |',
        '',
        '### 自定义标题',
      ].join('\n'),
    );
  });

  it('reads emphasis from both desktop and web HTML', () => {
    expect(
      htmlToInlineMarkdown('<html><head><style>p{}</style></head><body><p class=MsoNormal>plain <b><span>bold</span></b> and <i>it</i></p></body></html>'),
    ).toBe('plain **bold** and *it*');
    expect(htmlToInlineMarkdown('<p><span style="font-weight:700">粗体</span>正文<span style="font-style:italic;font-weight:bold">两者</span></p>')).toBe(
      '**粗体**正文**_两者_**',
    );
  });
});
