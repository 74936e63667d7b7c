import { describe, expect, it } from 'vitest';
import { inlineToMarkdown, markdownPlainText, markdownRuns, parseInlineMarkdown, parseMarkdown, plainText } from '../../../src/markdown';
import { escapeLineStart } from '../../../src/markdown/inline-text';

describe('inline helpers for renderers', () => {
  it('gives plain text with marks, entities and HTML gone, CJK lines joined without a space', () => {
    expect(markdownPlainText('产品 **路线图** `v2` [链接](http://x) &amp; <span>ü</span>')).toBe('产品 路线图 v2 链接 & ü');
    expect(markdownPlainText('第一行\n第二行\nand English')).toBe('第一行第二行 and English');
    expect(markdownPlainText('a\nb', 'newline')).toBe('a\nb');
    expect(plainText(parseInlineMarkdown('x<br>y ![alt](p.png)'), 'newline')).toBe('x\ny alt');
  });

  it('gives runs with bold, italic, strike, code and link targets', () => {
    expect(markdownRuns('a **b *c*** ~~d~~ `e` [f](http://g)')).toEqual([
      { text: 'a ' },
      { text: 'b ', bold: true },
      { text: 'c', bold: true, italic: true },
      { text: ' ' },
      { text: 'd', strike: true },
      { text: ' ' },
      { text: 'e', code: true },
      { text: ' ' },
      { text: 'f', href: 'http://g' },
    ]);
    expect(markdownRuns('**粗**\n体', 'join')).toEqual([{ text: '粗', bold: true }, { text: '体' }]);
  });

  it('writes inline Markdown back readably, escaping only what would change the meaning', () => {
    for (const s of ['snake_case_name and 2 * 3', 'a **b** *c* ~~d~~ `e` [f](http://g) ![h](i.png)', '``code with ` tick``', 'x & y']) {
      expect(inlineToMarkdown(parseInlineMarkdown(s))).toBe(s);
    }
    for (const s of ['\\*not emphasis\\*', '&lt;b&gt;', '\\[not a link\\](x)', '1 \\< 2 \\> 0 \\<tag\\>']) {
      const nodes = parseInlineMarkdown(s);
      expect(parseInlineMarkdown(inlineToMarkdown(nodes))).toEqual(nodes);
    }
  });
});

describe('escapeLineStart: text that would open a block reads back as text', () => {
  it.each(['1. not a list', '- dash', '# hash', '> quote', '---', '1、第一', '（2）第二', '• 点', '① 甲', '＃ 标题', '#标题', '1.第一', '－ 全角'])(
    '%s',
    (text) => {
      const md = escapeLineStart(inlineToMarkdown(parseInlineMarkdown(text)), true);
      const doc = parseMarkdown(md);
      expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph']);
      const p = doc.blocks[0];
      expect(p.type === 'paragraph' && plainText(p.children)).toBe(text);
    },
  );

  it('leaves ordinary text and a backslash the user typed alone', () => {
    expect(escapeLineStart('普通文字 1. x', true)).toBe('普通文字 1. x');
    const p = parseMarkdown('\\文档\\报告').blocks[0];
    expect(p.type === 'paragraph' && plainText(p.children)).toBe('\\文档\\报告');
  });
});
