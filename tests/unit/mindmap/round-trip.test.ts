import { describe, expect, it } from 'vitest';
import { fromOpml, fromXmind, mindTreeFromMarkdown, toMindMarkdown, toOpml, toXmind, type MindNode } from '../../../src/mindmap';
import { bigMarkdown, bigTree, plain } from './fixtures';

const tree = mindTreeFromMarkdown(bigMarkdown()).root;

describe('round trips from Markdown', () => {
  it('Markdown → .xmind → read back gives the same tree', async () => {
    const back = await fromXmind(await toXmind(tree));
    expect(plain(back)).toEqual(plain(bigTree()));
  });

  it('Markdown → OPML → read back gives the same tree', () => {
    expect(plain(fromOpml(toOpml(tree)))).toEqual(plain(bigTree()));
  });

  it('Markdown → our .md → read back gives the same tree', () => {
    expect(plain(mindTreeFromMarkdown(toMindMarkdown(tree)).root)).toEqual(plain(bigTree()));
  });

  it('survives titles and notes full of Markdown and XML punctuation', async () => {
    const nasty = [
      '1. not a list',
      '1、第一',
      '（2）第二',
      '① 圈号',
      '－ 全角',
      '• 圆点',
      '#标题',
      '- dash',
      '# hash',
      'a*b*c _d_ `e` [f](g) <h> &amp; ~s~ ^t^ ==m== ++i++ \\ | "q" \'a\'',
      '===',
      'C#',
      '中文，标点。「引号」',
    ];
    const t: MindNode = {
      title: 'Root <&>',
      note: nasty.join('\n'),
      children: nasty.map((title) => ({
        title: title.trim(),
        note: `${title}\n\n${title}`.trim(),
        children: [{ title: title.trim(), children: [{ title: title.trim(), children: [{ title: title.trim(), children: [] }] }] }],
      })),
    };
    expect(plain(mindTreeFromMarkdown(toMindMarkdown(t)).root)).toEqual(plain(t));
    expect(plain(fromOpml(toOpml(t)))).toEqual(plain(t));
    expect(plain(await fromXmind(await toXmind(t)))).toEqual(plain(t));
  });
});
