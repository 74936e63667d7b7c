// Diagrams at scale: a 300-box flowchart (a process with branches, loops back, edge labels and three
// subgraphs, Chinese and English labels) from Mermaid to .pptx and to .svg, end to end (parse, ELK
// layout, render). Target: under 1 s each. Printed with the split between layout and rendering, and the
// peak memory of this process.
import { diagramToSvg, layoutDiagram, parseMermaid, renderDiagramPptx } from '../src/diagram';
import { fmt, median, peakRssMB, printTable } from './lib';

/** Wall time and this process's CPU time per run (after one warm-up): on a shared 2-core machine the
 * wall clock includes other processes' turns, the CPU time does not. */
async function measure(fn: () => unknown, runs: number): Promise<{ wall: number; cpu: number }> {
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
  return { wall: median(wall), cpu: median(cpu) };
}

/** A 300-box process: a main line with decisions every few steps, side branches that rejoin, loops back. */
function bigFlowchart(n = 300): string {
  const lines = ['flowchart TD'];
  const label = (i: number) => (i % 2 ? `第 ${i} 步：核对材料并签字` : `Step ${i}: review the request`);
  for (let i = 0; i < n; i++) lines.push(i % 7 === 3 ? `  n${i}{${i % 2 ? `是否通过 ${i}？` : `Approved ${i}?`}}` : `  n${i}[${label(i)}]`);
  for (let i = 1; i < n; i++) {
    const from = i % 7 === 4 ? i - 1 : i % 5 === 0 ? Math.max(0, i - 3) : i - 1;
    lines.push(i % 7 === 4 ? `  n${from} -->|${i % 2 ? '是' : 'yes'}| n${i}` : `  n${from} --> n${i}`);
    if (i % 7 === 3 && i + 3 < n) lines.push(`  n${i} -->|${i % 2 ? '否' : 'no'}| n${i + 3}`);
    if (i % 23 === 0 && i > 10) lines.push(`  n${i} -.-> n${i - 10}`);
  }
  for (const [g, a, b] of [['s1', 20, 40], ['s2', 120, 150], ['s3', 240, 260]] as const) {
    lines.push(`  subgraph ${g} [分组 ${g} Group]`);
    for (let i = a; i < b; i++) lines.push(`    n${i}`);
    lines.push('  end');
  }
  return lines.join('\n');
}

const src = bigFlowchart();
const parsed = parseMermaid(src);
const layout = await layoutDiagram(parsed.diagram);
const RUNS = 5;

const cases: [string, () => unknown][] = [
  ['parse Mermaid', () => parseMermaid(src)],
  ['layout (ELK layered, orthogonal)', () => layoutDiagram(parsed.diagram)],
  ['render .svg (from layout)', () => diagramToSvg(layout)],
  ['render .pptx (from layout)', () => renderDiagramPptx(layout, 'uint8array')],
  ['Mermaid → .svg (end to end)', async () => diagramToSvg(await layoutDiagram(parseMermaid(src).diagram))],
  ['Mermaid → .pptx (end to end)', async () => renderDiagramPptx(await layoutDiagram(parseMermaid(src).diagram), 'uint8array')],
];

const rows: Record<string, string | number>[] = [];
for (const [name, fn] of cases) {
  const m = await measure(fn, RUNS);
  rows.push({ step: name, 'median wall ms': fmt(m.wall, 0), 'median CPU ms': fmt(m.cpu, 0), target: name.includes('end to end') ? '< 1000' : '' });
}
const pptx = await renderDiagramPptx(layout, 'uint8array');
console.log(`300-box flowchart: ${layout.nodes.length} boxes, ${layout.edges.length} lines, ${layout.groups.length} subgraphs; .pptx ${fmt(pptx.length / 1024, 0)} KB, .svg ${fmt(diagramToSvg(layout).svg.length / 1024, 0)} KB`);
printTable(rows);
console.log(`peak memory (this process, Node + tsx included): ${fmt(peakRssMB(), 0)} MB`);
