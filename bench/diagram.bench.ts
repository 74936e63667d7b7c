// Diagrams at scale: a 300-box flowchart (a process with branches, loops back, edge labels and three
// subgraphs, Chinese and English labels) from Mermaid to .pptx and to .svg, end to end (parse, ELK
// layout, render). Target: under 1 s each. Printed, never asserted.
//
// Two situations:
// - `dsplus diagram flow.mmd -o flow.pptx` as a user runs it: a whole process each time (Node start,
//   the built CLI, ELK loading and running its code unoptimised, writing the file), at 10, 30 and 300
//   boxes; the first run after an install (no code cache yet: it compiles ELK and writes the cache) and
//   every later run (ELK's compiled code read from the cache, src/diagram/elk-node.ts);
// - a warm process (the pane redrawing as you edit), the settings before the big-graph tuning ("before":
//   ELK thoroughness 2) and now ("after") interleaved in this process.
// Earlier versions of this bench forced a full GC before each run; V8 then drops ELK's optimised code
// and every run looks like a cold one (the last table shows that method's figures for comparison).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramToSvg, layoutDiagram, parseMermaid, renderDiagramPptx } from '../src/diagram';
import type { ElkTuning } from '../src/diagram/layout-flowchart';
import { fmt, median, peakRssMB, printTable } from './lib';

const BEFORE: ElkTuning = { 'elk.layered.thoroughness': '2' };
const AFTER: ElkTuning = {};

/** A 300-box process: a main line with decisions every few steps, side branches that rejoin, loops back. */
function bigFlowchart(n = 300, groups = true): string {
  const lines = ['flowchart TD'];
  const label = (i: number) => (i % 2 ? `第 ${i} 步：核对材料并签字` : `Step ${i}: review the request`);
  for (let i = 0; i < n; i++) lines.push(i % 7 === 3 ? `  n${i}{${i % 2 ? `是否通过 ${i}？` : `Approved ${i}?`}}` : `  n${i}[${label(i)}]`);
  for (let i = 1; i < n; i++) {
    const from = i % 7 === 4 ? i - 1 : i % 5 === 0 ? Math.max(0, i - 3) : i - 1;
    lines.push(i % 7 === 4 ? `  n${from} -->|${i % 2 ? '是' : 'yes'}| n${i}` : `  n${from} --> n${i}`);
    if (i % 7 === 3 && i + 3 < n) lines.push(`  n${i} -->|${i % 2 ? '否' : 'no'}| n${i + 3}`);
    if (i % 23 === 0 && i > 10) lines.push(`  n${i} -.-> n${i - 10}`);
  }
  if (groups)
    for (const [g, a, b] of [
      ['s1', 20, 40],
      ['s2', 120, 150],
      ['s3', 240, 260],
    ] as const) {
      lines.push(`  subgraph ${g} [分组 ${g} Group]`);
      for (let i = a; i < b; i++) lines.push(`    n${i}`);
      lines.push('  end');
    }
  return lines.join('\n');
}

const src = bigFlowchart();
type Times = { wall: number; cpu: number };

async function timed(fn: () => unknown): Promise<Times> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Prints the process's own CPU time (user + system) as its last line on stderr. */
const CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write('\\ncpu-ms ' + (c.user + c.system) / 1000 + '\\n'); });")}`;

/** One whole `dsplus diagram IN -o OUT` process: its wall time (spawn included) and its own CPU time. */
function runDsplus(input: string, output: string, cacheDir: string): Times {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, join(ROOT, 'bin/dsplus.js'), 'diagram', input, '-o', output], {
    encoding: 'utf8',
    env: { ...process.env, DSPLUS_CACHE_DIR: cacheDir, DSPLUS_LANG: 'en-US' },
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(r.stderr);
  const cpu = Number(/cpu-ms ([\d.]+)\s*$/.exec(r.stderr)?.[1]);
  return { wall, cpu };
}

const med = (xs: Times[]): Times => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });

function comparisonRows(label: string, before: Times, after: Times): Record<string, string>[] {
  return [
    {
      step: label,
      'before CPU ms': fmt(before.cpu, 0),
      'after CPU ms': fmt(after.cpu, 0),
      'after/before CPU': fmt(after.cpu / before.cpu, 2),
      'before wall ms': fmt(before.wall, 0),
      'after wall ms': fmt(after.wall, 0),
      'after/before wall': fmt(after.wall / before.wall, 2),
    },
  ];
}

async function main(): Promise<void> {
  const parsed = parseMermaid(src);
  const layout = await layoutDiagram(parsed.diagram);
  const pptx = await renderDiagramPptx(layout, 'uint8array');
  console.log(
    `300-box flowchart: ${layout.nodes.length} boxes, ${layout.edges.length} lines, ${layout.groups.length} subgraphs; .pptx ${fmt(pptx.length / 1024, 0)} KB, .svg ${fmt(diagramToSvg(layout).svg.length / 1024, 0)} KB`,
  );

  // 1. `dsplus diagram` as a user runs it: a fresh process each time.
  const work = mkdtempSync(join(tmpdir(), 'dsplus-diagram-bench-'));
  const COLD = 3;
  const coldRows: Record<string, string>[] = [];
  for (const n of [10, 30, 300]) {
    const input = join(work, `flow-${n}.mmd`);
    writeFileSync(input, bigFlowchart(n, n >= 260));
    const first: Times[] = [];
    const later: Times[] = [];
    const cache = join(work, `cache-${n}`);
    for (let i = 0; i < COLD; i++) {
      rmSync(cache, { recursive: true, force: true });
      mkdirSync(cache);
      first.push(runDsplus(input, join(work, `out-${n}.pptx`), cache));
      later.push(runDsplus(input, join(work, `out-${n}.pptx`), cache));
    }
    const [f, l] = [med(first), med(later)];
    coldRows.push({
      boxes: String(n),
      'first run CPU ms': fmt(f.cpu, 0),
      'later runs CPU ms': fmt(l.cpu, 0),
      'later/first CPU': fmt(l.cpu / f.cpu, 2),
      'first run wall ms': fmt(f.wall, 0),
      'later runs wall ms': fmt(l.wall, 0),
    });
  }
  rmSync(work, { recursive: true, force: true });
  console.log(
    `\n\`dsplus diagram flow.mmd -o flow.pptx\`, a whole process each (median of ${COLD} each; target < 1000 ms): the first run after an install (no code cache yet) and later runs (ELK's code from the cache)`,
  );
  printTable(coldRows);

  // 2. Warm: interleaved runs in this process, no forced GC.
  const RUNS = 7;
  const cases: [string, (t: ElkTuning) => unknown][] = [
    ['parse + layout', (t) => layoutDiagram(parseMermaid(src).diagram, t)],
    ['Mermaid → .pptx', async (t) => renderDiagramPptx(await layoutDiagram(parseMermaid(src).diagram, t), 'uint8array')],
    ['Mermaid → .svg', async (t) => diagramToSvg(await layoutDiagram(parseMermaid(src).diagram, t))],
  ];
  for (let i = 0; i < 6; i++) for (const [, fn] of cases) await fn(i % 2 ? BEFORE : AFTER);
  const warmRows: Record<string, string>[] = [];
  for (const [name, fn] of cases) {
    const b: Times[] = [];
    const a: Times[] = [];
    for (let i = 0; i < RUNS; i++) {
      b.push(await timed(() => fn(BEFORE)));
      a.push(await timed(() => fn(AFTER)));
    }
    warmRows.push(...comparisonRows(name, med(b), med(a)));
  }
  console.log(`\nWarm process, as the pane redraws (median of ${RUNS} interleaved runs each)`);
  printTable(warmRows);
  const parts: Record<string, string | number>[] = [];
  for (const [name, fn] of [
    ['parse', () => parseMermaid(src)],
    ['render .svg (from layout)', () => diagramToSvg(layout)],
    ['render .pptx (from layout)', () => renderDiagramPptx(layout, 'uint8array')],
  ] as [string, () => unknown][]) {
    const xs: Times[] = [];
    for (let i = 0; i < RUNS; i++) xs.push(await timed(fn));
    const m = med(xs);
    parts.push({ step: name, 'median CPU ms': fmt(m.cpu, 0), 'median wall ms': fmt(m.wall, 0) });
  }
  printTable(parts);

  // 3. The earlier method, for comparison: a forced full GC before each run.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const forced: Times[] = [];
    for (let i = 0; i < 3; i++) {
      gc();
      forced.push(await timed(() => layoutDiagram(parseMermaid(src).diagram)));
    }
    const m = med(forced);
    console.log(`\nWith a forced GC before each run (the earlier method): parse + layout ${fmt(m.cpu, 0)} ms CPU, ${fmt(m.wall, 0)} ms wall`);
  }
  console.log(`peak memory (this process, Node + tsx included): ${fmt(peakRssMB(), 0)} MB`);
}

await main();
