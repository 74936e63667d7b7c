// A 50-slide outline rendered into a real template of 20 layouts (two masters) vs the same outline in a
// built-in theme, in the same process: read the template → match layouts → fit into its placeholders →
// write the slides into its package (Node's zlib for new parts, as the CLI does). Target: ≤ 1.5× the built-in theme. Printed, never asserted.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmt, median, peakRssMB, printTable } from './lib';
import { markdownToDeck } from '../src/slides/markdown-to-deck';
import { renderPptx } from '../src/slides/render-pptx';
import { nodeDeflate } from '../src/slides/node-deflate';
import { readTemplate } from '../src/slides/template/read-template';
import { templateSlides } from '../src/slides/template/template-slides';

const TEMPLATE = resolve('tests/fixtures/real/templates/automizer-additional-master.pptx');

// 6 sections × (1 section slide + 7 content slides) + title + agenda + closing ≈ 50 slides.
function makeMarkdown(): string {
  const out = ['# 年度经营回顾 Annual Review', '', '面向管理层的汇报 · For the leadership team', ''];
  for (let s = 1; s <= 6; s++) {
    out.push(`## 第 ${s} 部分 Section ${s}`, '', `本部分的要点 · What this part covers`, '');
    for (let k = 1; k <= 7; k++) {
      out.push(`### 议题 ${s}.${k} Topic ${s}.${k}`, '');
      if (k === 3) {
        out.push('| 地区 Region | 收入 Revenue | 增长 Growth |', '|---|---|---|');
        for (let r = 1; r <= 5; r++) out.push(`| 区域 ${r} | ${(r * 1.7).toFixed(1)} 亿 | ${r * 3}% |`);
      } else if (k === 5) {
        out.push('- 方案一 Option A', '  - 投入低 low cost', '  - 见效慢 slow', '- 方案二 Option B', '  - 投入高 higher cost', '  - 见效快 fast');
      } else {
        for (let b = 1; b <= 4; b++) out.push(`- 要点 ${b}：收入同比增长 ${b * 3}%，主要来自企业客户 (revenue up ${b * 3}%)`);
        out.push('  - 细节：续约率提高，获客成本下降');
      }
      out.push('', `备注：第 ${s}.${k} 页的讲稿。`, '');
    }
  }
  out.push('## 谢谢', '', '欢迎提问');
  return out.join('\n');
}

const startRss = peakRssMB();
const md = makeMarkdown();
const bytes = new Uint8Array(readFileSync(TEMPLATE));

async function inTemplate(): Promise<{ slides: number; size: number }> {
  const template = await readTemplate(bytes, 'automizer-additional-master.pptx');
  const r = await templateSlides({ markdown: md, template, native: nodeDeflate });
  return { slides: r.deck.slides.length, size: r.bytes.length };
}

async function inTheme(): Promise<{ slides: number; size: number }> {
  const d = await markdownToDeck(md, { theme: 'business' });
  // As the CLI renders a built-in theme: Node's zlib compresses the package.
  const out = await renderPptx(d.value, nodeDeflate);
  return { slides: d.value.slides.length, size: out.length };
}

/** Wall and CPU time per run (median of `runs` after one warm-up): on a shared, loaded machine the CPU
 * time is the steadier measure of our own work. */
async function time(fn: () => Promise<unknown>, runs = 9): Promise<{ wall: number[]; cpu: number[] }> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const info = (await readTemplate(bytes, 'x')).info;
const a = await inTemplate();
const b = await inTheme();
const templateT = await time(inTemplate);
const themeT = await time(inTheme);
const phases = await (async () => {
  const t0 = performance.now();
  const template = await readTemplate(bytes, 'x');
  const t1 = performance.now();
  await templateSlides({ markdown: md, template, native: nodeDeflate });
  const t2 = performance.now();
  return { read: t1 - t0, fitAndWrite: t2 - t1 };
})();

console.log(
  `Template: ${info.layouts.length} layouts in ${info.masters.length} masters (${(bytes.length / 1024).toFixed(0)} KB); outline: ${a.slides} slides in the template, ${b.slides} in the theme`,
);
const row = (run: string, t: { wall: number[]; cpu: number[] }, size: number) => ({
  run,
  'wall median ms': fmt(median(t.wall)),
  'wall min ms': fmt(Math.min(...t.wall)),
  'CPU median ms': fmt(median(t.cpu)),
  'file KB': fmt(size / 1024, 0),
});
printTable([row('into the template: read + match + fit + write', templateT, a.size), row('built-in theme: fit + pptxgenjs + package fix', themeT, b.size)]);
const ratio = median(templateT.wall) / median(themeT.wall);
const cpuRatio = median(templateT.cpu) / median(themeT.cpu);
console.log(
  `ratio template/theme: ${fmt(ratio, 2)}× wall, ${fmt(cpuRatio, 2)}× CPU (target ≤ 1.5×: ${cpuRatio <= 1.5 ? 'met' : 'NOT met'} by CPU time)   phases (one run): read template ${fmt(phases.read)} ms, match + fit + write ${fmt(phases.fitAndWrite)} ms   load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`,
);
console.log(`peak RSS: ${fmt(peakRssMB(), 0)} MB (of which ${fmt(startRss, 0)} MB is Node + tsx before any work)`);
