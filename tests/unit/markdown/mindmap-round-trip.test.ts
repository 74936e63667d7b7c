import { describe, expect, it } from 'vitest';
import { fromOpml, fromXmind, toMindMarkdown, toOpml, toXmind, type MindNode } from '../../../src/mindmap';
import { mindTreeFromMarkdown as parseMindMarkdown } from '../../../src/mindmap/from-markdown';
import { bigMarkdown, bigTree, plain } from '../mindmap/fixtures';

// The old round-trip suite (tests/unit/mindmap/round-trip.test.ts) with the core as the Markdown reader.

const tree = parseMindMarkdown(bigMarkdown()).root;

describe('round trips from Markdown', () => {
  it('Markdown → .xmind → read back gives the same tree', async () => {
    const back = await fromXmind(await toXmind(tree));
    expect(plain(back)).toEqual(plain(bigTree()));
  });

  it('Markdown → OPML → read back gives the same tree', () => {
    expect(plain(fromOpml(toOpml(tree)))).toEqual(plain(bigTree()));
  });

  it('Markdown → our .md → read back gives the same tree', () => {
    expect(plain(parseMindMarkdown(toMindMarkdown(tree)).root)).toEqual(plain(bigTree()));
  });

  it('survives titles and notes full of Markdown and XML punctuation', async () => {
    const nasty = ['1. not a list', '- dash', '# hash', 'a*b*c _d_ `e` [f](g) <h> &amp; ~s~ ^t^ ==m== ++i++ \\ | "q" \'a\'', '===', 'C#', '中文，标点。「引号」'];
    const t: MindNode = {
      title: 'Root <&>',
      note: nasty.join('\n'),
      children: nasty.map((title) => ({ title: title.trim(), note: `${title}\n\n${title}`.trim(), children: [{ title: title.trim(), children: [{ title: title.trim(), children: [{ title: title.trim(), children: [] }] }] }] })),
    };
    expect(plain(parseMindMarkdown(toMindMarkdown(t)).root)).toEqual(plain(t));
    expect(plain(fromOpml(toOpml(t)))).toEqual(plain(t));
    expect(plain(await fromXmind(await toXmind(t)))).toEqual(plain(t));
  });
});
