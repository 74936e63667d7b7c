import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown } from '../../../src/outline/from-markdown';
import { mindTreeFromMarkdown } from '../../../src/mindmap/from-markdown';
import { wordBlocksFromMarkdown } from '../../../src/writing/from-markdown';

// Where the old parsers disagreed, the core gives every feature the tolerant reading (docs/markdown.md
// lists each change).
const CHINESE_NOTES =
  '＃ 周报\n\n##进展\n1、完成接口联调\n2、修复登录问题\n（3）上线灰度\n\n## 风险\n－ 人手不足\n• 依赖延期\n\n<img src="img/burndown.png" style="zoom:50%;" />';

describe('one tolerance for slides, mind maps and Word', () => {
  it('slides: Chinese numbering, full-width markers, #标题 and <img> as structure', () => {
    const root = outlineFromMarkdown(CHINESE_NOTES).value.root;
    expect(root.title).toBe('周报');
    expect(root.children.map((s) => s.title)).toEqual(['进展', '风险']);
    expect(root.children[0].blocks[0]).toEqual({
      kind: 'list',
      items: ['完成接口联调', '修复登录问题', '上线灰度'].map((text) => ({ text, ordered: true, children: [] })),
    });
    expect(root.children[1].blocks).toEqual([
      { kind: 'list', items: ['人手不足', '依赖延期'].map((text) => ({ text, ordered: false, children: [] })) },
      { kind: 'image', alt: '', src: 'img/burndown.png' },
    ]);
  });

  it('mind maps: the same items are topics (the old parser made them one note of raw text and dropped the picture)', () => {
    const root = mindTreeFromMarkdown(CHINESE_NOTES).root;
    expect(root.children[0].children.map((t) => t.title)).toEqual(['完成接口联调', '修复登录问题', '上线灰度']);
    expect(root.children[1].children.map((t) => t.title)).toEqual(['人手不足', '依赖延期']);
    expect(root.children[1].note).toBe('burndown.png');
  });

  it('Word: real headings and lists, the picture as a Markdown picture, no HTML text', () => {
    const blocks = wordBlocksFromMarkdown(CHINESE_NOTES);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'list', 'heading', 'list', 'paragraph']);
    // No alt text: the file name stands for it, so Word shows words where the picture was, not an empty line.
    expect(blocks[5]).toEqual({ type: 'paragraph', text: '![burndown.png](img/burndown.png)' });
    expect(JSON.stringify(blocks)).not.toContain('<img');
  });
});
