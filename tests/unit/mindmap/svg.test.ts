// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { countNodes, estimateWidth, layoutMap, renderSvg, svgFromLayout, wrapText, type LaidOutNode } from '../../../src/mindmap';
import { bigTree, wideTree } from './fixtures';

// Fonts the project pins (npm packages), loaded explicitly: the measurement is the same on every machine,
// whatever fonts it has installed. Arimo has Arial's metrics, which the layout assumes for Latin text;
// Noto Sans SC is the CJK face.
const fontFile = createRequire(import.meta.url).resolve;
const PINNED_FONTS = [
  fontFile('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
  fontFile('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
  fontFile('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
];

function parseSvg(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function all(n: LaidOutNode, out: LaidOutNode[] = []): LaidOutNode[] {
  out.push(n);
  n.children.forEach((c) => all(c, out));
  return out;
}

describe('SVG export', () => {
  it('draws every topic as plain <text>, never <foreignObject>', () => {
    const tree = bigTree(30);
    const { svg } = renderSvg(tree);
    const doc = parseSvg(svg);
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/<(script|style)/);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toHaveLength(countNodes(tree));
    expect(texts).toContain('年度计划 Annual plan');
    expect(texts).toContain('主题 30 topic_29');
    expect(texts.some((t) => t?.includes('1 < 2'))).toBe(true);
  });

  it('lays nodes out without any two boxes overlapping, inside the canvas', () => {
    const layout = layoutMap(wideTree(7, 5, 4));
    const nodes = all(layout.root);
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.h).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        if (overlap) throw new Error(`"${a.node.title}" overlaps "${b.node.title}"`);
      }
  });

  it('balances main topics on both sides of the centre, or keeps them right like markmap', () => {
    const both = layoutMap(wideTree(6, 2, 0));
    expect(both.root.children.filter((c) => c.side === 1)).toHaveLength(3);
    const right = layoutMap(wideTree(6, 2, 0), { direction: 'right' });
    expect(right.root.children.every((c) => c.side === 1)).toBe(true);
  });

  it('wraps long titles, counting Chinese characters as full width', () => {
    expect(estimateWidth('中文', 10)).toBe(20);
    expect(estimateWidth('ii', 10)).toBeLessThan(estimateWidth('WW', 10) / 3);
    const lines = wrapText('这是一个非常非常长的中文主题标题，需要在合适的位置换行才能放进节点里', 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateWidth(l, 10)).toBeLessThanOrEqual(100);
    expect(wrapText('alpha beta gamma delta', 60, 10)).toEqual(['alpha beta', 'gamma delta']);
  });

  it('estimates widths close to what the fonts really measure', () => {
    // resvg's box is the ink, without the first and last glyphs' side bearings, so short strings differ most.
    const measure = (s: string, bold: boolean) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="6000" height="200"><text x="0" y="150" font-size="100" font-weight="${bold ? 700 : 400}" font-family="Arimo, 'Noto Sans SC'">${s}</text></svg>`;
      return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: PINNED_FONTS, defaultFontFamily: 'Arimo' } }).getBBox()?.width ?? 0;
    };
    for (const bold of [false, true]) {
      for (const s of ['Mind map export', 'WWW', '产品路线图', 'Q3 产品路线图 (draft)', 'The quick brown fox jumps over the lazy dog 0123456789']) {
        const real = measure(s, bold);
        expect(real, `resvg drew nothing for "${s}"`).toBeGreaterThan(0);
        expect(Math.abs(estimateWidth(s, 100, bold) - real) / real, `"${s}"${bold ? ' bold' : ''}`).toBeLessThan(0.08);
      }
    }
  });

  it('draws bars instead of text that would be unreadably small in a raster', () => {
    const layout = layoutMap(wideTree(2, 2, 2));
    expect(svgFromLayout(layout, { rasterScale: 0.1 })).not.toContain('<text');
    expect(svgFromLayout(layout, { rasterScale: 1 }).match(/<text/g)).toHaveLength(layout.count);
  });
});
