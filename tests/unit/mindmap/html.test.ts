import { describe, expect, it } from 'vitest';
import { toOfflineHtml } from '../../../src/mindmap';
import { readHtmlAssets } from '../../../src/mindmap/html-assets-node';
import { bigTree } from './fixtures';

describe('offline HTML export', () => {
  const html = toOfflineHtml(bigTree(5), readHtmlAssets(), { lang: 'zh-CN', labels: { fit: '适应窗口', zoomIn: '放大', zoomOut: '缩小' } });

  it('inlines d3 and markmap-view instead of loading them from a CDN', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/jsdelivr|unpkg|npmmirror/);
    expect(html).toContain('d3js.org'); // d3's own banner: the library itself is in the page
    expect(html.match(/<script\b/g)?.length).toBe(html.match(/<\/script>/g)?.length);
  });

  it('carries the map title, the topics and the toolbar labels', () => {
    expect(html).toContain('<title>年度计划 Annual plan</title>');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('适应窗口');
    // Topic text is HTML-escaped inside the JSON markmap-view reads.
    expect(html).toContain('1 &lt; 2');
  });

  it('cannot be broken out of by a topic title', () => {
    const evil = toOfflineHtml({ title: '</script><script>alert(1)</script>', children: [] }, readHtmlAssets());
    expect(evil).not.toContain('<script>alert(1)');
  });
});
