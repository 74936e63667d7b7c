// Mind maps at scale: a 5,000-topic map parsed from Markdown and exported to every format.
// Targets: under 1 s per format (SVG and PNG included) and under 300 MB peak. Baselines run in the
// same process: markmap-lib's own transform of the same Markdown, and JSON.stringify of the tree.
import { Transformer } from 'markmap-lib/no-plugins';
import { Resvg } from '@resvg/resvg-js';
import {
  countNodes,
  layoutMap,
  mindTreeFromMarkdown,
  pngScale,
  renderSvg,
  svgFromLayout,
  toMindMarkdown,
  toOfflineHtml,
  toOpml,
  toXmind,
  type MindNode,
} from '../src/mindmap';
import { layoutToPng } from '../src/mindmap/render-png-node';
import { readHtmlAssets } from '../src/mindmap/html-assets-node';
import { fmt, median, peakRssMB, printTable, timeRuns } from './lib';

/** 10 main topics × 25 sub-topics × 19 leaves = 5,010 topics, mixed Chinese and English, some notes. */
function bigMapMarkdown(): string {
  const lines = ['# 2026 年度规划 Annual plan', ''];
  for (let i = 0; i < 10; i++) {
    lines.push(`## 主分支 ${i + 1} Main branch ${i + 1}`, '');
    for (let j = 0; j < 25; j++) {
      lines.push(`### 子主题 ${i}.${j} Sub-topic with a longer title ${i}.${j}`, '');
      if (j % 5 === 0) lines.push(`备注：第 ${i}.${j} 项的说明 note`, '');
      for (let k = 0; k < 19; k++) lines.push(`- 叶子 ${i}.${j}.${k} leaf item`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

const md = bigMapMarkdown();
const root: MindNode = mindTreeFromMarkdown(md).root;
const assets = readHtmlAssets();
const transformer = new Transformer([]);
const RUNS = 5;

const cases: [string, () => unknown][] = [
  ['baseline: JSON.stringify(tree)', () => JSON.stringify(root)],
  ['baseline: markmap-lib transform', () => transformer.transform(md)],
  ['parse Markdown → tree', () => mindTreeFromMarkdown(md)],
  ['.md', () => toMindMarkdown(root)],
  ['.opml', () => toOpml(root)],
  ['.xmind', () => toXmind(root)],
  ['.svg (layout + draw)', () => renderSvg(root)],
  // resvg's native buffers are freed by finalizers that run after a GC, on a later tick: yield first so
  // one run's raster is gone before the next is drawn (as in a CLI run, which draws one).
  [
    '.png (layout + resvg)',
    async () => {
      await new Promise((r) => setImmediate(r));
      return layoutToPng(layoutMap(root));
    },
  ],
  ['.html (offline)', () => toOfflineHtml(root, assets)],
];

const results: { name: string; ms: number }[] = [];
for (const [name, fn] of cases) {
  const ms = median(await timeRuns(fn, RUNS));
  results.push({ name, ms });
}
const transformMs = results.find((r) => r.name.includes('markmap-lib'))?.ms ?? 1;
const jsonMs = results.find((r) => r.name.includes('JSON'))?.ms ?? 1;
console.log(`map: ${countNodes(root)} topics, ${(md.length / 1024).toFixed(0)} KB of Markdown; median of ${RUNS} runs`);
printTable(
  results.map((r) => ({
    step: r.name,
    'median ms': fmt(r.ms),
    '× markmap transform': fmt(r.ms / transformMs, 2),
    '× JSON.stringify': fmt(r.ms / jsonMs, 1),
    'under 1 s': r.ms < 1000 ? 'yes' : 'NO',
  })),
);
// The parse alone, warmed up and without a forced GC per run.
const coreParse = median(await timeRuns(() => mindTreeFromMarkdown(md), 11, 5, false));
console.log(`parse (Markdown core → map), warmed up: ${fmt(coreParse)} ms`);
const peak = peakRssMB();
console.log(`peak RSS for the 5,000-topic map: ${fmt(peak, 0)} MB (target < 300 MB: ${peak < 300 ? 'yes' : 'NO'})`);

// Chinese maps whose text is large enough to be drawn (no bars). resvg looks a font file up again for
// every glyph, so the PNG now ships its fonts: Arimo, and Noto Sans SC cut down to the map's characters
// (src/mindmap/png-fonts-node.ts). The baseline in the same process: the machine's fonts, as before.
const cjkMap = (branches: number, subs: number, leaves: number): MindNode => ({
  title: '产品路线图',
  children: Array.from({ length: branches }, (_, i) => ({
    title: `主分支 ${i + 1}`,
    children: Array.from({ length: subs }, (_, j) => ({
      title: `子主题 ${i}.${j} 说明文字`,
      children: Array.from({ length: leaves }, (_, k) => ({ title: `叶子 ${i}.${j}.${k} 内容`, children: [] })),
    })),
  })),
});
function systemFontsPng(root: MindNode): Uint8Array {
  const layout = layoutMap(root);
  const scale = pngScale(layout.width, layout.height, 2);
  const family = process.platform === 'linux' ? 'Liberation Sans' : 'Arial';
  return new Resvg(svgFromLayout(layout, { rasterScale: scale }), {
    font: { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
  })
    .render()
    .asPng();
}
const small = cjkMap(6, 8, 5);
const shippedMs = median(await timeRuns(() => layoutToPng(layoutMap(small)), 3, 1));
const systemMs = median(await timeRuns(() => systemFontsPng(small), 1, 0));
console.log(
  `.png of a ${countNodes(small)}-topic Chinese map, every label drawn: shipped fonts ${fmt(shippedMs)} ms vs the machine's fonts ${fmt(systemMs)} ms (${fmt(shippedMs / systemMs, 2)}×)`,
);
const big = cjkMap(6, 10, 11);
const bigMs = median(await timeRuns(() => layoutToPng(layoutMap(big)), 3, 1));
console.log(`.png of a ${countNodes(big)}-topic Chinese map with shipped fonts: ${fmt(bigMs)} ms (target: seconds; 115 s before)`);
console.log(`peak RSS after it: ${fmt(peakRssMB(), 0)} MB`);
