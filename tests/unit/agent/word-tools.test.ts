import { describe, expect, it } from 'vitest';
import { wordHost, type WordBackend, type WordParagraph } from '../../../src/agent/word';
import type { ReadTool, WriteTool, ToolContext } from '../../../src/agent/tool';

const PARAS: WordParagraph[] = [
  { text: '年度报告', style: 'Title', isListItem: false, inTable: false },
  { text: '一、概况', style: 'Heading1', isListItem: false, inTable: false },
  { text: '收入增长百分之十，成本增长百分之五。', style: 'Normal', isListItem: false, inTable: false },
  { text: '1.1 细节', style: 'Heading2', isListItem: false, inTable: false },
  { text: '百分之十来自新客户。', style: 'Normal', isListItem: false, inTable: false },
  { text: '二、计划', style: 'Heading1', isListItem: false, inTable: false },
  { text: '继续扩张。', style: 'Normal', isListItem: false, inTable: false },
];

function backend(): WordBackend & { calls: string[] } {
  const calls: string[] = [];
  const fail = async () => {
    throw new Error('not used');
  };
  return {
    calls,
    paragraphs: async () => PARAS,
    replace: fail,
    undoReplace: fail,
    insertMarkdownAfter: fail,
    removeInserted: fail,
    insertPictureAfter: fail,
    addComment: fail,
    deleteComment: fail,
    setStyle: fail,
    restoreStyle: fail,
  };
}

const ctx: ToolContext = { locale: 'zh-CN', noteRead: () => undefined };
const host = wordHost(backend());
const read = (name: string, a: unknown) => (host.tools.find((t) => t.name === name) as ReadTool).run(a, ctx) as Promise<Record<string, unknown>>;
const propose = (name: string, a: unknown) => (host.tools.find((t) => t.name === name) as WriteTool).propose(a, ctx);

describe('Word tools', () => {
  it('reads the outline as headings with paragraph numbers and levels', async () => {
    expect(await read('read_outline', {})).toEqual({
      paragraphs: 7,
      headings: [
        { paragraph: 1, level: 0, text: '年度报告' },
        { paragraph: 2, level: 1, text: '一、概况' },
        { paragraph: 4, level: 2, text: '1.1 细节' },
        { paragraph: 6, level: 1, text: '二、计划' },
      ],
    });
  });

  it('reads the section under a heading, down to the next heading of its level', async () => {
    const r = await read('read_section', { heading: 2 });
    expect((r.paragraphs as { paragraph: number }[]).map((p) => p.paragraph)).toEqual([2, 3, 4, 5]);
  });

  it('finds text with its paragraph and occurrence, and proposes a tracked replacement as a text diff', async () => {
    const r = await read('find_text', { text: '百分之十' });
    expect(r.matches).toEqual([
      { paragraph: 3, occurrence: 1, context: '收入增长百分之十，成本增长百分之五。' },
      { paragraph: 5, occurrence: 1, context: '百分之十来自新客户。' },
    ]);
    const p = await propose('replace_text', { paragraph: 3, find: '百分之五', replace: '5%', occurrence: 1 });
    expect(p.preview).toEqual({ kind: 'text', before: '收入增长百分之十，成本增长百分之五。', after: '收入增长百分之十，成本增长5%。' });
    await expect(propose('replace_text', { paragraph: 7, find: '百分之五', replace: '5%', occurrence: 1 })).rejects.toMatchObject({
      key: 'agent.error.notInParagraph',
    });
    await expect(propose('set_style', { paragraph: 9, style: 'Heading2' })).rejects.toMatchObject({
      key: 'agent.error.noParagraph',
      params: { paragraph: 9, count: 7 },
    });
  });
});
