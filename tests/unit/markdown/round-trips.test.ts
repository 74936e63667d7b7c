import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeOutline } from '../../../src/outline';
import { outlineFromMarkdown } from '../../../src/outline/from-markdown';
import { toMindMarkdown } from '../../../src/mindmap';
import { mindTreeFromMarkdown } from '../../../src/mindmap/from-markdown';
import { plain } from '../mindmap/fixtures';
import { cleanModelOutput } from '../../../src/markdown';

// The editor shows serializeOutline's text and the .md export writes toMindMarkdown's: reading either back
// through the core must give the same tree, also for real documents full of HTML and odd markers.
const read = (name: string) => readFileSync(new URL(`../../fixtures/real/markdown/${name}`, import.meta.url), 'utf8');
const docs = ['ai-edu-kano.md', 'kis-flow-readme-cn.md', 'axios-readme.md', 'model-answer-outline.md'];

describe('round trips through the core', () => {
  it.each(docs)('outline: parse → serialize → parse is stable (%s)', (name) => {
    const first = outlineFromMarkdown(read(name)).value;
    const text = serializeOutline(first);
    const second = outlineFromMarkdown(text).value;
    expect(second).toEqual(first);
    expect(serializeOutline(second)).toBe(text);
  });

  it.each(docs)('mind map: tree → Markdown → tree is stable (%s)', (name) => {
    // A model answer reaches the map cleaned, as the generate flow does.
    const text = name.startsWith('model-answer') ? cleanModelOutput(read(name)).text : read(name);
    const first = mindTreeFromMarkdown(text, { fallbackTitle: 'map' }).root;
    const second = mindTreeFromMarkdown(toMindMarkdown(first), { fallbackTitle: 'map' }).root;
    expect(plain(second)).toEqual(plain(first));
  });

  it('outline text with tolerant markers serializes to plain Markdown that reads back the same', () => {
    const md = '＃ 计划\n\n##背景\n1、第一\n  - 细节 <b>重点</b>\n（2）第二<br>换行\n\n<img src="a.png" alt="图">\n\n备注：先讲背景';
    const first = outlineFromMarkdown(md).value;
    const text = serializeOutline(first);
    expect(text).toBe('# 计划\n\n## 背景\n\n1. 第一\n    - 细节 **重点**\n2. 第二换行\n\n![图](a.png)\n\n备注：先讲背景\n');
    expect(outlineFromMarkdown(text).value).toEqual(first);
  });
});
