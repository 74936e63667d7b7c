import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseMarkdown, plainText, type Block, type MdDocument } from '../../../src/markdown';
import { translate } from '../../../src/locales';
import { isFailure, type AppError } from '../../../src/errors';

/** The document's shape as a reader sees it: block kinds with their text. */
function shape(doc: MdDocument | Block[]): unknown[] {
  const blocks = Array.isArray(doc) ? doc : doc.blocks;
  return blocks.map((b) => {
    switch (b.type) {
      case 'heading':
        return `h${b.level} ${plainText(b.children)}`;
      case 'paragraph':
        return `p ${plainText(b.children)}`;
      case 'notes':
        return `notes ${plainText(b.children)}`;
      case 'list':
        return { [b.ordered ? 'ol' : 'ul']: b.items.map((it) => [plainText(it.content), ...shape(it.blocks)]) };
      case 'quote':
        return { quote: shape(b.children) };
      case 'image':
        return `img ${b.src} ${b.alt}`;
      case 'code':
        return `code[${b.lang}] ${b.text}`;
      case 'table':
        return { table: [b.header, ...b.rows].map((r) => r.map((c) => plainText(c))) };
      case 'rule':
        return 'rule';
    }
  });
}

describe('parseMarkdown: what people and models type', () => {
  it('reads Chinese numbering, circled numbers, full-width digits and typographic bullets as lists', () => {
    const doc = parseMarkdown('1、第一\n2．第二\n（3）第三\n(4) 第四\n５．第五\n\n① 甲\n② 乙\n\n• 点一\n·点二\n● 点三');
    // A blank line does not end a numbered list (CommonMark), so ① continues it.
    expect(shape(doc)).toEqual([{ ol: [['第一'], ['第二'], ['第三'], ['第四'], ['第五'], ['甲'], ['乙']] }, { ul: [['点一'], ['点二'], ['点三']] }]);
  });

  it('does not read numbers inside text as list markers', () => {
    expect(shape(parseMarkdown('2023、2024年持续增长\n\n3．5倍的提升\n\n3.14 is pi'))).toEqual(['p 2023、2024年持续增长', 'p 3．5倍的提升', 'p 3.14 is pi']);
  });

  it('reads full-width ＃ headings, #标题 without a space, － ＊ ＋ bullets and ｜ tables', () => {
    const doc = parseMarkdown('＃ 年度总结\n##业绩\n－ 收入\n＊ 利润\n＋ 现金\n\n｜地区｜收入｜\n｜－－－｜－－－｜\n｜华东｜12｜');
    expect(shape(doc)).toEqual([
      'h1 年度总结',
      'h2 业绩',
      { ul: [['收入'], ['利润'], ['现金']] },
      {
        table: [
          ['地区', '收入'],
          ['华东', '12'],
        ],
      },
    ]);
    expect(shape(parseMarkdown('#hashtag at line start'))).toEqual(['p #hashtag at line start']);
  });

  it('nests by "more indented than the item above": tabs, U+3000, 2/3/4 spaces, numbered parents', () => {
    const doc = parseMarkdown('1. 父\n  - 两格子项\n- a\n\t- tab 子项\n\u3000\u3000- 全角空格子项\n- b\n    - 四格\n        - 八格');
    expect(shape(doc)).toEqual([
      { ol: [['父', { ul: [['两格子项']] }]] },
      {
        ul: [
          ['a', { ul: [['tab 子项'], ['全角空格子项']] }],
          ['b', { ul: [['四格', { ul: [['八格']] }]] }],
        ],
      },
    ]);
  });

  it('keeps an indented Chinese paragraph a paragraph, not code', () => {
    expect(shape(parseMarkdown('\u3000\u3000今天我们讨论预算。\n\n        indented text'))).toEqual(['p 今天我们讨论预算。', 'p indented text']);
  });

  it('keeps code exactly, tabs included, also inside a list item', () => {
    const doc = parseMarkdown('- step\n  ```py\n  def f():\n  \treturn 1\n  ```\n- next');
    expect(shape(doc)).toEqual([{ ul: [['step', 'code[py] def f():\n\treturn 1'], ['next']] }]);
  });

  it('accepts CRLF, a BOM, setext headings, skipped levels and a numbered list after a line of text', () => {
    expect(shape(parseMarkdown('\uFEFFDeck\r\n====\r\n\r\nPart\r\n----\r\n#### deep\r\nSteps:\r\n2. two\r\n3. three'))).toEqual([
      'h1 Deck',
      'h2 Part',
      'h4 deep',
      'p Steps:',
      { ol: [['two'], ['three']] },
    ]);
  });

  it('strips "Slide 3:" / "第3页：" prefixes and a bold wrapper from headings', () => {
    expect(shape(parseMarkdown('## Slide 3: Intro\n## 第2页：背景\n## **结论**\n## Slide 4:'))).toEqual(['h2 Intro', 'h2 背景', 'h2 结论', 'h2 Slide 4:']);
  });

  it('reads notes paragraphs, bold labels and a notes line inside a paragraph or item', () => {
    const doc = parseMarkdown('Notes: say hi\nand wave\n\n**备注：** 讲故事\n\nText\n讲稿：结尾\n\n- topic\n  Speaker notes: why');
    expect(shape(doc)).toEqual(['notes say hi and wave', 'notes 讲故事', 'p Text', 'notes 结尾', { ul: [['topic', 'notes why']] }]);
    const notes = doc.blocks[1];
    expect(notes.type === 'notes' && notes.label).toBe('备注：');
  });

  it('takes the front matter title and leaves the front matter out', () => {
    const doc = parseMarkdown('---\ntitle: "计划 2026"\ntags: [a]\n---\n# Body');
    expect(doc.title).toBe('计划 2026');
    expect(shape(doc)).toEqual(['h1 Body']);
  });
});

describe('parseMarkdown: HTML is read, never kept', () => {
  it('turns <img> (Typora zoom, README logos) into images and <br> into line breaks', () => {
    const doc = parseMarkdown(
      '<img src="img/a.png" style="zoom:50%;" />\n\n<p align="center">\n  <a href="https://x"><img src=\'logo.svg\' alt="Logo" width=200></a>\n</p>\n\n![chart](c.png)\n\nline<br>two <img src="i.png" alt="inline">',
    );
    expect(shape(doc)).toEqual(['img img/a.png ', 'img logo.svg Logo', 'img c.png chart', 'p line two inline']);
    const p = doc.blocks[3];
    expect(p.type === 'paragraph' && p.children.map((c) => c.type)).toEqual(['text', 'break', 'text', 'image']);
  });

  it('keeps the text of other tags, drops scripts, styles and comments, and never leaves markup', () => {
    const doc = parseMarkdown(
      '<div align="center"><h1>Project</h1><p>A <b>fast</b> tool &amp; more</p></div>\n\n<details>\n<summary>Details</summary>\n\nHidden\n\n</details>\n\n<script>alert(1)</script>\n<style>p{}</style>\n<!-- note -->\n\nText with <span style="color:red">red</span> and <kbd>Ctrl</kbd>',
    );
    expect(shape(doc)).toEqual(['h1 Project', 'p A fast tool & more', 'p Details', 'p Hidden', 'p Text with red and Ctrl']);
    expect(JSON.stringify(doc)).not.toMatch(/<|alert|p\{\}/);
  });

  it('reads <b>, <i> and <del> as marks', () => {
    const p = parseMarkdown('a <b>b</b> <i>c</i> <del>d</del>').blocks[0];
    expect(p.type === 'paragraph' && p.children.map((c) => c.type)).toEqual(['text', 'strong', 'text', 'em', 'text', 'del']);
  });
});

describe('parseMarkdown: limits', () => {
  const nested = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');

  it(`reads ${MAX_NESTING} levels of nested lists in full`, () => {
    let b = parseMarkdown(nested(MAX_NESTING)).blocks[0];
    let depth = 0;
    while (b?.type === 'list') {
      depth++;
      b = b.items[0].blocks[0];
    }
    expect(depth).toBe(MAX_NESTING);
  });

  it('refuses deeper lists or quotes by name, with a sentence, instead of cutting or overflowing', () => {
    for (const text of [nested(MAX_NESTING + 1), nested(2000), '>'.repeat(100_000) + ' deep']) {
      try {
        parseMarkdown(text);
        expect.unreachable();
      } catch (e) {
        expect(isFailure(e, 'markdown.error.tooDeep')).toBe(true);
        expect(translate('en-US', (e as AppError).key, (e as AppError).params)).toMatch(/more than 64 levels/);
      }
    }
  });
});
