import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanModelOutput, parseMarkdown, plainText, type Block, type Inline, type MdDocument } from '../../../src/markdown';
import { outlineFromMarkdown } from '../../../src/outline/from-markdown';
import { mindTreeFromMarkdown } from '../../../src/mindmap/from-markdown';
import { wordBlocksFromMarkdown } from '../../../src/writing/from-markdown';
import { countNodes } from '../../../src/mindmap';

// Real documents (tests/fixtures/real/SOURCES.md): what a user would notice — sections, pictures,
// no HTML showing up as text, no paragraph gone.
const read = (name: string) => readFileSync(new URL(`../../fixtures/real/markdown/${name}`, import.meta.url), 'utf8');

interface Census {
  headings: Array<[number, string]>;
  images: string[];
  tables: number;
  code: string[];
  text: string;
}

function census(doc: MdDocument): Census {
  const c: Census = { headings: [], images: [], tables: 0, code: [], text: '' };
  const inl = (l: Inline[]) => {
    for (const n of l) {
      if (n.type === 'image') c.images.push(n.src);
      if ('children' in n) inl(n.children);
    }
    c.text += plainText(l) + '\n';
  };
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'heading') c.headings.push([b.level, plainText(b.children)]);
      if (b.type === 'image') c.images.push(b.src);
      if (b.type === 'code') c.code.push(b.text);
      if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'notes') inl(b.children);
      if (b.type === 'quote') walk(b.children);
      if (b.type === 'list')
        for (const it of b.items) {
          inl(it.content);
          walk(it.blocks);
        }
      if (b.type === 'table') {
        c.tables++;
        for (const r of [b.header, ...b.rows]) for (const cell of r) inl(cell);
      }
    }
  };
  walk(doc.blocks);
  return c;
}

/** Every run of six or more Chinese characters outside code in the source is somewhere in the tree's text. */
function lostChinese(src: string, text: string): string[] {
  const flat = text.replace(/\s+/g, '');
  const outside = src.replace(/```[\s\S]*?```/g, '').replace(/<[^>]*>/g, ' ');
  return (outside.match(/[\u4e00-\u9fff，。、“”（）：；！？《》]{6,}/g) ?? []).filter((run) => !flat.includes(run));
}

const HTML_TEXT = /<\/?(?:img|div|p|br|td|tr|th|table|a|picture|source|h\d|span|b|sup|center)\b/i;

describe('real documents through the core', () => {
  it('Chinese course notes (ai-edu, KANO): 6 headings, the 6 figures inside <div align=center>, the table, every paragraph, no HTML', () => {
    const src = read('ai-edu-kano.md');
    const doc = parseMarkdown(src);
    const c = census(doc);
    expect(c.headings.map(([l]) => l)).toEqual([1, 2, 2, 2, 2, 3]);
    expect(c.images).toEqual(['Slide3', 'Slide4', 'Slide5', 'Slide6', 'Slide7', 'Slide8'].map((s) => `Images/${s}.JPG`));
    expect(c.tables).toBe(1);
    expect(lostChinese(src, c.text)).toEqual([]);
    expect(c.text).not.toMatch(HTML_TEXT);

    const outline = outlineFromMarkdown(src);
    expect(outline.value.root.title).toBe('7.1 KANO模型');
    expect(outline.value.root.children.map((s) => s.title)).toEqual(['7.1.1 惊喜型功能', '7.1.2 期望型功能', '7.1.3 基本型功能', '7.1.4 无差异功能']);
    expect(outline.value.root.children[3].children.map((s) => s.title)).toEqual(['7.1.5 反向型功能']);
    const pictures = JSON.stringify(outline.value).match(/"kind":"image"/g) ?? [];
    expect(pictures).toHaveLength(6);
    expect(outline.warnings).toEqual([]);
    expect(JSON.stringify(outline.value)).not.toMatch(HTML_TEXT);

    const map = mindTreeFromMarkdown(src).root;
    expect(map.title).toBe('7.1 KANO模型');
    // The five table rows are topics under the title, beside the four sections.
    expect(map.children.map((t) => t.title).slice(0, 2)).toEqual([
      '1 · Attractive Quality · 惊喜型功能，兴奋点 · 快上线，麻利儿的',
      '2 · One-dimensional Quality · 期望型功能，痒点 · 点个赞，越多越好',
    ]);
    expect(map.children).toHaveLength(9);

    const word = wordBlocksFromMarkdown(src);
    expect(word.filter((b) => b.type === 'heading')).toHaveLength(6);
    expect(JSON.stringify(word)).not.toMatch(HTML_TEXT);
  });

  it('Chinese README (kis-flow): 1、 paragraphs become a numbered list, <img> in headings and table cells are pictures, no HTML', () => {
    const src = read('kis-flow-readme-cn.md');
    const c = census(parseMarkdown(src));
    expect(c.headings.filter(([l]) => l === 2)).toHaveLength(6);
    expect(c.images.length).toBe(src.match(/<img\b|!\[/g)?.length);
    expect(c.code).toHaveLength(14);
    expect(c.text).toContain('一个KisFlow可以由任意KisFunction组成，且KisFlow可以动态的调整长度。');
    expect(lostChinese(src, c.text)).toEqual([]);
    expect(c.text).not.toMatch(HTML_TEXT);
    const doc = parseMarkdown(src);
    const numbered = doc.blocks.find((b) => b.type === 'list' && b.ordered);
    const items = numbered?.type === 'list' ? numbered.items.map((it) => plainText(it.content)) : [];
    expect(items).toHaveLength(3);
    // Each item is the whole line after its "N、" marker, <br /> gone.
    items.forEach((text, i) => expect(src).toContain(`${i + 1}、${text.split(' ')[0]}`));
  });

  it('English README (axios): sections, the support table, every code block, the HTML header read as text and pictures', () => {
    const src = read('axios-readme.md');
    const c = census(parseMarkdown(src));
    expect(c.headings.filter(([l]) => l === 2).map(([, t]) => t)).toEqual(
      expect.arrayContaining(['Table of Contents', 'Features', 'Browser Support', 'Installing', 'Interceptors', 'License']),
    );
    expect(c.code).toHaveLength((src.match(/^ *```/gm)?.length ?? 0) / 2);
    expect(c.tables).toBeGreaterThanOrEqual(1);
    expect(c.text).toContain('Promise based HTTP client for the browser and node.js');
    expect(c.images).toContain('https://axios-http.com/assets/logo.svg');
    expect(c.text).not.toMatch(HTML_TEXT);
    const map = mindTreeFromMarkdown(src, { fallbackTitle: 'axios' });
    expect(map.root.title).toBe('axios');
    expect(countNodes(map.root)).toBeGreaterThan(100);
  });

  it('a model answer: reasoning, chat and fence gone; 4 slides with notes, a table and code', () => {
    const raw = read('model-answer-outline.md');
    const r = outlineFromMarkdown(raw);
    expect(r.warnings.map((w) => w.key)).toEqual(['markdown.clean.think', 'markdown.clean.fence', 'markdown.clean.chatter']);
    const root = r.value.root;
    expect(root.title).toBe('新员工入职培训');
    expect(root.children.map((s) => s.title)).toEqual(['公司介绍', '制度与流程', '常用工具', '答疑']);
    expect(root.children[0].blocks[0]).toEqual({
      kind: 'list',
      items: ['公司使命与愿景', '发展历程', '组织架构'].map((text) => ({ text, ordered: true, children: [] })),
    });
    expect(root.children[0].notes).toEqual(['用两分钟讲公司故事，不要念幻灯片。']);
    expect(root.children[1].blocks.map((b) => b.kind)).toEqual(['list', 'table']);
    expect(root.children[2].blocks.map((b) => b.kind)).toEqual(['list', 'code']);
    expect(root.children[3].notes).toEqual(['留出十分钟提问']);
    expect(JSON.stringify(r.value)).not.toMatch(/用户需要|以下是|希望对你有帮助|```/);

    const map = mindTreeFromMarkdown(cleanModelOutput(raw).text).root;
    expect(map.title).toBe('新员工入职培训');
    expect(map.children.map((t) => t.title)).toEqual(['公司介绍', '制度与流程', '常用工具', '答疑']);
  });
});
