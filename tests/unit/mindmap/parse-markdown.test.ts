import { describe, expect, it } from 'vitest';
import { Transformer } from 'markmap-lib/no-plugins';
import { mindTreeFromMarkdown, treeDepth } from '../../../src/mindmap';
import { cleanModelOutput } from '../../../src/markdown';
import { bigMarkdown, bigTree, plain } from './fixtures';

// Markdown → mind map through the Markdown core; warnings compared by their message keys.
const readMap = (md: string, opts: { fallbackTitle?: string } = {}) => {
  const r = mindTreeFromMarkdown(md, opts);
  return { root: r.root, warnings: r.warnings.map((w) => w.key) };
};
const clean = (raw: string) => cleanModelOutput(raw).text;

const parse = (md: string, fallbackTitle?: string) => readMap(md, { fallbackTitle }).root;

describe('mindTreeFromMarkdown', () => {
  it('reads the big fixture exactly: Chinese text, notes, 8 levels, 2,000 siblings', () => {
    const root = parse(bigMarkdown());
    expect(plain(root)).toEqual(plain(bigTree()));
    expect(treeDepth(root)).toBe(8);
  });

  it('gives plain text where markmap gives numeric entities and HTML', () => {
    const md = '# 产品 **路线图** `v2` [链接](http://x) &amp; ü\n## 市场';
    // markmap-lib itself returns entities and tags, which is why its content is never used as text.
    expect(new Transformer([]).transform(md).root.content).toContain('&#x4ea7;');
    expect(parse(md).title).toBe('产品 路线图 v2 链接 & ü');
  });

  it('keeps list items that sit beside sub-headings (markmap drops them)', () => {
    const md = '# R\n## S\n- kept item\n### Sub\n- leaf\n';
    expect(new Transformer([]).transform(md).root.children[0].children).toHaveLength(1);
    expect(plain(parse(md))).toEqual({
      title: 'R',
      children: [
        {
          title: 'S',
          children: [
            { title: 'kept item', children: [] },
            { title: 'Sub', children: [{ title: 'leaf', children: [] }] },
          ],
        },
      ],
    });
  });

  it('attaches a heading that skips a level to the nearest heading above', () => {
    const root = parse('# R\n#### deep\n## two\n');
    expect(root.children.map((c) => c.title)).toEqual(['deep', 'two']);
  });

  it('turns paragraphs into notes, stripping a Notes:/备注： label', () => {
    const root = parse('# R\n## A\nNotes: first\n\nsecond line\n- item\n\n  备注：项目备注\n');
    expect(root.children[0].note).toBe('first\n\nsecond line');
    expect(root.children[0].children[0].note).toBe('项目备注');
  });

  it('makes the front matter title, then the file name, the centre when there is no single # title', () => {
    expect(parse('---\ntitle: "计划"\n---\n## a\n## b\n').title).toBe('计划');
    const r = readMap('- a\n- b\n', { fallbackTitle: 'notes' });
    expect(r.root.title).toBe('notes');
    expect(r.warnings).toContain('mindmap.warn.noRoot');
    expect(parse('# A\n# B\n', 'f').children.map((c) => c.title)).toEqual(['A', 'B']);
  });

  it('takes a first line before a list as the central topic, as XMind does', () => {
    expect(plain(parse('Weekend\n- hike\n- read\n'))).toEqual({
      title: 'Weekend',
      children: [
        { title: 'hike', children: [] },
        { title: 'read', children: [] },
      ],
    });
  });

  it('maps table rows to topics and code to notes', () => {
    const root = parse('# R\n## T\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n```\nx = 1\n```\n');
    expect(root.children[0].children.map((c) => c.title)).toEqual(['1 · 2', '3 · 4']);
    expect(root.children[0].note).toBe('x = 1');
  });

  it('turns prose without structure into one topic per paragraph, with a warning', () => {
    const r = readMap('Trip\n\nBook flights.\n\nPack light.');
    expect(plain(r.root)).toEqual({
      title: 'Trip',
      children: [
        { title: 'Book flights.', children: [] },
        { title: 'Pack light.', children: [] },
      ],
    });
    expect(r.warnings).toEqual(['mindmap.warn.prose']);
  });

  it('rejects text with nothing to draw', () => {
    expect(() => parse('   \n\n')).toThrow(expect.objectContaining({ key: 'mindmap.error.empty' }));
  });

  it('accepts * and + bullets and ordered lists', () => {
    expect(parse('# R\n* a\n  + b\n1. c\n').children.map((c) => c.title)).toEqual(['a', 'c']);
  });
});

describe('cleanModelOutput for maps', () => {
  it('drops reasoning, an outer fence and chatter around the map', () => {
    const raw = '<think>let me think</think>Sure! Here is your map:\n```markdown\n# 主题\n## 分支\n- 点\n```\nHope this helps!';
    expect(clean(raw)).toBe('# 主题\n## 分支\n- 点');
  });

  it('hides an unfinished <think> while streaming', () => {
    expect(clean('<think>still thinking # not a heading')).toBe('');
  });

  it('keeps a note line that follows the last list item', () => {
    expect(clean('# A\n- b\n  Notes: c\n')).toBe('# A\n- b\n  Notes: c');
  });
});
