import { describe, expect, it } from 'vitest';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { readMapInput, toMindMarkdown, toOpml, toXmind, toMarkmapNode } from '../../../src/mindmap';

describe('map input files', () => {
  it('reads a .docx by its heading styles (mammoth)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '项目计划', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '范围 Scope', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '只做移动端。' }),
            new Paragraph({ text: '时间 Timeline', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '第一阶段', heading: HeadingLevel.HEADING_3 }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = await readMapInput('plan.docx', bytes);
    expect(r.root).toEqual({
      title: '项目计划',
      children: [
        { title: '范围 Scope', note: '只做移动端。', children: [] },
        { title: '时间 Timeline', children: [{ title: '第一阶段', children: [] }] },
      ],
    });
  });

  it('reads .xmind and .opml files as maps, and names a title-less Markdown map after the file', async () => {
    const tree = { title: 'R', children: [{ title: 'A', note: 'n', children: [] }] };
    expect((await readMapInput('m.xmind', await toXmind(tree))).root).toEqual(tree);
    expect((await readMapInput('m.opml', new TextEncoder().encode(toOpml(tree)))).root).toEqual(tree);
    const md = await readMapInput('周报.md', new TextEncoder().encode('- a\n- b\n'));
    expect(md.root.title).toBe('周报');
    expect(toMindMarkdown(md.root)).toContain('# 周报');
  });

  it('gives markmap-view escaped titles and notes as tooltips', () => {
    expect(toMarkmapNode({ title: 'a<b>', note: 'say "hi"', children: [] }).content).toBe('<span title="say &quot;hi&quot;">a&lt;b&gt;</span>');
  });
});
