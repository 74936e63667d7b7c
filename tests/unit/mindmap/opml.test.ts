// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fromOpml, toOpml } from '../../../src/mindmap';
import { bigTree } from './fixtures';

describe('OPML 2.0', () => {
  it('is well-formed XML with one outline per topic and notes in _note', () => {
    const xml = toOpml(bigTree(20), new Date('2026-01-02T03:04:05Z'));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(doc.querySelector('head > title')?.textContent).toBe('年度计划 Annual plan');
    const outlines = doc.querySelectorAll('body outline');
    expect(outlines).toHaveLength(1 + 3 + 1 + 5 + 20 + 2 + 1);
    expect(outlines[0].getAttribute('_note')).toBe('中心主题的备注');
    // A DOM reader sees the note's line breaks too (they are written as &#10;).
    const deep = Array.from(outlines).find((o) => o.getAttribute('text')?.startsWith('第8层'));
    expect(deep?.getAttribute('_note')).toBe('第八层的备注：两段。\n\n第二段 second paragraph');
  });

  it('reads outlines written by other tools', () => {
    const xml = `<?xml version="1.0"?>
<!-- exported -->
<opml version="1.0"><head><title>Trip &amp; plan</title></head>
<body>
  <outline text='Day 1' note="bring > 2 bags"><outline text="Museum" type="link" url="http://x"/></outline>
  <outline title="Day 2"/>
</body></opml>`;
    expect(fromOpml(xml)).toEqual({
      title: 'Trip & plan',
      children: [
        {
          title: 'Day 1',
          note: 'bring > 2 bags',
          children: [{ title: 'Museum', children: [], href: 'http://x', attributes: { type: 'link', url: 'http://x' } }],
        },
        { title: 'Day 2', children: [] },
      ],
    });
  });

  it('rejects files that are not OPML', () => {
    expect(() => fromOpml('<html><body>hi</body></html>')).toThrow(expect.objectContaining({ key: 'mindmap.error.opml' }));
    expect(() => fromOpml('<opml version="2.0"><body></body></opml>')).toThrow(expect.objectContaining({ key: 'mindmap.error.opml' }));
  });
});
