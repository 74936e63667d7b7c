// 200-slide deck from Outline Markdown in Node: parse → fit → pptxgenjs → package fix (DEFLATE by zlib, as the CLI does).
// Baseline, in the same process: a bare pptxgenjs deck with the same titles and bullets, no masters,
// no fitting, no post-processing. Targets: median under 2 s, peak memory under 300 MB.
import PptxGenJS from 'pptxgenjs';
import { fmt, median, peakRssMB, printTable, timeRuns } from './lib';
import { outlineFromMarkdown } from '../src/outline';
import { buildDeck } from '../src/slides/build-deck';
import { buildPptx, renderPptx } from '../src/slides/render-pptx';
import { fixPackage } from '../src/slides/package-fix';
import { THEMES } from '../src/slides/themes';
import { deckMarkdown } from './deck-outline';
import { nodeDeflate } from '../src/slides/node-deflate';

const startRss = peakRssMB();
const md = deckMarkdown();
const OPTS = { theme: 'business', agenda: false } as const;
const outline = outlineFromMarkdown(md).value;
const deckSlides = buildDeck(outline, OPTS).value.slides.length;

async function ours(): Promise<number> {
  const parsed = outlineFromMarkdown(md);
  const deck = buildDeck(parsed.value, OPTS);
  const bytes = await renderPptx(deck.value, nodeDeflate);
  return bytes.length;
}

/** The same text through pptxgenjs with nothing of ours: one text box per slide, default output. */
async function bare(): Promise<number> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  for (const section of outline.root.children) {
    for (const n of section.children) {
      const slide = pptx.addSlide();
      slide.addText(n.title, { x: 0.6, y: 0.35, w: 12.1, h: 1.1, fontSize: 32 });
      const lines = n.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : b.kind === 'table' ? b.rows.map((r) => r.join('  ')) : []));
      slide.addText(
        lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
        { x: 0.6, y: 1.6, w: 12.1, h: 5.1, fontSize: 20 },
      );
      slide.addNotes(n.notes.join('\n'));
    }
  }
  const out = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return out.length;
}

const oursSize = await ours();
const bareSize = await bare();
const oursMs = await timeRuns(ours, 5, 1);
const bareMs = await timeRuns(bare, 5, 1);
const phases = await (async () => {
  const t0 = performance.now();
  const parsed = outlineFromMarkdown(md);
  const t1 = performance.now();
  const deck = buildDeck(parsed.value, OPTS);
  const t2 = performance.now();
  const raw = (await buildPptx(deck.value).write({ outputType: 'uint8array' })) as Uint8Array;
  const t3 = performance.now();
  await fixPackage(raw, THEMES.business, 'uint8array', { native: nodeDeflate });
  const t4 = performance.now();
  return { parse: t1 - t0, fit: t2 - t1, pptxgenjs: t3 - t2, fix: t4 - t3 };
})();

console.log(`Markdown: ${(md.length / 1024).toFixed(0)} KB, ${deckSlides} slides in our deck`);
printTable([
  { run: 'ours: parse+fit+pptxgenjs+fix (DEFLATE)', 'median ms': fmt(median(oursMs)), 'min ms': fmt(Math.min(...oursMs)), 'file KB': fmt(oursSize / 1024, 0) },
  { run: 'baseline: bare pptxgenjs, same text', 'median ms': fmt(median(bareMs)), 'min ms': fmt(Math.min(...bareMs)), 'file KB': fmt(bareSize / 1024, 0) },
]);
console.log(
  `ratio ours/baseline: ${fmt(median(oursMs) / median(bareMs), 2)}×   phases (one run): parse ${fmt(phases.parse)} ms, fit ${fmt(phases.fit)} ms, pptxgenjs ${fmt(phases.pptxgenjs)} ms, package fix + DEFLATE ${fmt(phases.fix)} ms`,
);
console.log(
  `peak RSS: ${fmt(peakRssMB(), 0)} MB (of which ${fmt(startRss, 0)} MB is Node + tsx before any work)   targets: median < 2000 ms, peak < 300 MB → ${median(oursMs) < 2000 && peakRssMB() < 300 ? 'met' : 'NOT met'}`,
);

// The Markdown core's parse alone, warmed up (markdown-it's first runs are JIT-compiling), no forced GC per run.
const coreParseMs = median(await timeRuns(() => outlineFromMarkdown(md), 31, 20, false));
console.log(`parse (Markdown core → Outline), warmed up: ${fmt(coreParseMs)} ms`);
