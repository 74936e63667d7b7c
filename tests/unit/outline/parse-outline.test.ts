import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown, serializeOutline, type OutlineNode } from '../../../src/outline';
import type { AppError } from '../../../src/errors';
import { translate, type Locale } from '../../../src/locales';

// Outline Markdown (or a raw model answer) through the Markdown core. Warnings are Message data; the
// helper translates them as the pane and the CLI do.
const parse = (md: string, opts: { locale?: Locale } = {}) => {
  const r = outlineFromMarkdown(md);
  return { value: r.value, warnings: r.warnings.map((w) => translate(opts.locale ?? 'en-US', w.key, w.params)) };
};

const titles = (n: OutlineNode): unknown => ({ t: n.title, c: n.children.map(titles) });

describe('outlineFromMarkdown on raw model answers', () => {
  it('strips a <think> block, a ```markdown fence and the chat around it', () => {
    const raw = '<think>\n用户想要一个大纲，我先想想结构。\n</think>\n好的，以下是大纲：\n```markdown\n# 标题\n\n## 第一节\n- 要点\n```\n希望对你有帮助！';
    const { value } = parse(raw);
    expect(value.root.title).toBe('标题');
    expect(value.root.children.map((c) => c.title)).toEqual(['第一节']);
    expect(JSON.stringify(value)).not.toMatch(/想想|希望|以下是/);
  });

  it('keeps a code fence inside a markdown fence', () => {
    const raw = '```markdown\n# T\n## Code\n```python\nprint(1)\n```\n## Next\n- a\n```';
    const { value } = parse(raw);
    expect(value.root.children[0].blocks).toEqual([{ kind: 'code', lang: 'python', code: 'print(1)' }]);
    expect(value.root.children[1].title).toBe('Next');
  });

  it('drops an unclosed <think> up to the first heading', () => {
    const { value } = parse('<think>still thinking…\n# Deck\n## A\n- x');
    expect(value.root.title).toBe('Deck');
  });

  it('reads *, +, •, 1) and 1、 bullets, tabs and 2/4-space indents as one nested list', () => {
    const md = '# T\n## S\n* one\n\t+ one.a\n\t\t- one.a.i\n+ two\n  * two.a\n1) three\n2、四\n•五';
    const list = parse(md).value.root.children[0].blocks[0];
    expect(list.kind).toBe('list');
    if (list.kind !== 'list') return;
    expect(list.items.map((i) => i.text)).toEqual(['one', 'two', 'three', '四', '五']);
    expect(list.items[0].children[0].text).toBe('one.a');
    expect(list.items[0].children[0].children[0].text).toBe('one.a.i');
    expect(list.items[1].children[0].text).toBe('two.a');
    expect(list.items[2].ordered).toBe(true);
    expect(list.items[3].ordered).toBe(true);
  });

  it('accepts Windows line endings and full-width punctuation (＃, －, ｜, 备注：)', () => {
    const md = '＃ 年度总结\r\n\r\n＃＃ 业绩\r\n－ 收入增长\r\n｜地区｜收入｜\r\n|---|---|\r\n｜华东｜12｜\r\n\r\n备注：先讲结论。\r\n';
    const { value } = parse(md);
    expect(value.root.title).toBe('年度总结');
    const s = value.root.children[0];
    expect(s.title).toBe('业绩');
    expect(s.blocks[0]).toEqual({ kind: 'list', items: [{ text: '收入增长', ordered: false, children: [] }] });
    expect(s.blocks[1]).toEqual({ kind: 'table', header: ['地区', '收入'], rows: [['华东', '12']] });
    expect(s.notes).toEqual(['先讲结论。']);
  });

  it('attaches headings that skip a level to the nearest heading above, with a warning', () => {
    const r = parse('# T\n#### Deep\n- x\n## Next');
    expect(titles(r.value.root)).toEqual({
      t: 'T',
      c: [
        { t: 'Deep', c: [] },
        { t: 'Next', c: [] },
      ],
    });
    expect(r.warnings.join(' ')).toMatch(/skipped a level/);
  });

  it('leaves out prose after a closing rule and sign-offs', () => {
    const r = parse('# T\n## A\n- x\n\n---\n\nThis outline covers the main points. Let me know if you want changes.');
    expect(r.value.root.children[0].blocks).toHaveLength(1);
    expect(r.warnings.length).toBeGreaterThan(0);
    const zh = parse('# T\n## A\n- x\n\n如需调整，请告诉我。');
    expect(zh.value.root.children[0].blocks).toHaveLength(1);
  });

  it('strips "Slide 3:" prefixes and bold wrappers from headings', () => {
    const { value } = parse('# T\n## Slide 1: Intro\n## **幻灯片2：背景**');
    expect(value.root.children.map((c) => c.title)).toEqual(['Intro', '背景']);
  });

  it('reads Notes:, 备注： and "- 备注：" as speaker notes, not content', () => {
    const { value } = parse('# T\n## A\n- x\n\nNotes: say hello\nand wave\n\n## B\n- y\n- 备注：讲个故事');
    expect(value.root.children[0].notes).toEqual(['say hello and wave']);
    expect(value.root.children[1].notes).toEqual(['讲个故事']);
    expect(value.root.children[1].blocks).toEqual([{ kind: 'list', items: [{ text: 'y', ordered: false, children: [] }] }]);
  });

  it('reads images, quotes and setext headings', () => {
    const { value } = parse('Deck\n====\n\nSection\n-------\n![A chart](chart.png)\n\n> To be or not to be');
    expect(value.root.title).toBe('Deck');
    expect(value.root.children[0].blocks).toEqual([
      { kind: 'image', alt: 'A chart', src: 'chart.png' },
      { kind: 'quote', text: 'To be or not to be' },
    ]);
  });

  it('makes a title-less outline with several ## sections into one deck, with a warning', () => {
    const r = parse('Here is the outline:\n\n## A\n- x\n## B\n- y');
    expect(r.value.root.title).toBe('');
    expect(r.value.root.children).toHaveLength(2);
    expect(r.warnings.join(' ')).toMatch(/no single # title/);
  });

  it('turns a heading-less bullet list into sections', () => {
    const r = parse('My plan\n\n- Goals\n  - grow\n- Risks\n  - cost');
    expect(r.value.root.title).toBe('My plan');
    expect(r.value.root.children.map((c) => c.title)).toEqual(['Goals', 'Risks']);
    expect(r.value.root.children[0].blocks[0]).toEqual({ kind: 'list', items: [{ text: 'grow', ordered: false, children: [] }] });
  });

  it('gives a clear error for empty or structure-less text instead of an empty deck', () => {
    expect(() => parse('   \n ')).toThrow(expect.objectContaining({ key: 'outline.error.empty' }));
    expect(() => parse('<think>hmm</think>')).toThrow(expect.objectContaining({ key: 'outline.error.empty' }));
    try {
      parse('Just a paragraph of prose with no outline at all.');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).key).toBe('outline.error.noStructure');
    }
  });

  it('localises warnings', () => {
    const r = parse('## A\n- x\n## B\n- y', { locale: 'zh-CN' });
    expect(r.warnings.join('')).toMatch(/标题/);
  });
});

describe('serializeOutline round trip', () => {
  const samples = [
    '# 人工智能入门\n\n面向高中生\n\n## 什么是 AI\n\n### 定义\n* 机器学习\n\t* 监督学习\n1) 第一\n2) 第二\n\n备注：讲个故事\n\n#### 跳级\n\n| A | B |\n|---|---|\n| 1 | a\\|b |\n\n```python\nprint(1)\n  indented\n```\n\n> 名言\n\n![图](data:image/png;base64,AAAA)\n\n## 总结\n- 谢谢',
    '## A\n- x\n## B\n1. y\n    - z\n\nNotes: hello',
    '```md\n# Deck\n## S\n### Slide\n- a **bold** and `code`\n- b\n  continued line\n```\n',
    'Plan\n\n- Goals\n  - grow\n- Risks',
  ];
  it.each(samples)('parse → serialize → parse gives the same tree (%#)', (md) => {
    const first = parse(md).value;
    const text = serializeOutline(first);
    const second = parse(text).value;
    expect(second).toEqual(first);
    expect(serializeOutline(second)).toBe(text);
  });

  it('writes normalised heading levels and keeps code indentation', () => {
    const text = serializeOutline(parse('# T\n#### D\n```\n  x\n```').value);
    expect(text).toContain('## D');
    expect(text).toContain('```\n  x\n```');
  });
});
