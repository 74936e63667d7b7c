// The pane's first load. On disk: the initial chunk and each panel's lazy chunks (Vite's build manifest).
// In Chromium (bench/pane-load.ts): cold loads of the built pane in standalone mode, counting what the
// browser really fetched before the panel took input — bytes (gzip), first contentful paint, time to the
// first usable control and the JS heap — for the first screen (the home view of jobs) and for each panel
// opened directly.
// Target: under 200 KB gzip loaded before the first panel is interactive. Builds first.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmt, median, printTable } from './lib';
import { coldLoad, launch, type LoadSample } from './pane-load';
import { aptInstall, PROGRAMS } from '../tests/support/requires-program';

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024;

/** A chunk plus everything it statically imports (what the browser must fetch before it runs). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const i of manifest[key]?.imports ?? []) closure(i, seen);
  return seen;
}
const files = (keys: Iterable<string>) => [...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]);

console.log('On disk (Vite manifest):');
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.includes('taskpane/index.html'))!;
const initial = closure(entry);
const initialKB = files(initial).reduce((s, f) => s + gz(f), 0);
const rows: Record<string, string>[] = [{ chunk: 'initial (taskpane entry + static imports)', 'gzip KB': fmt(initialKB) }];
for (const [key, c] of Object.entries(manifest)) {
  if (!c.isDynamicEntry) continue;
  const own = [...closure(key)].filter((k) => !initial.has(k));
  rows.push({ chunk: `lazy: ${c.src ?? key}`, 'gzip KB': fmt(files(own).reduce((s, f) => s + gz(f), 0)) });
}
printTable(rows);

if (!PROGRAMS.chromium.present()) {
  console.log(`\nIn the browser: skipped, Chromium is not installed (${aptInstall(['chromium'])}).`);
} else {
  const RUNS = 5;
  const browser = await launch();
  try {
    const tabs: Array<{ label: string; tab?: string }> = [
      { label: 'first load (home view)' },
      { label: 'opened on Ask', tab: 'ask' },
      { label: 'opened on Slides', tab: 'slides' },
      { label: 'opened on Writing', tab: 'word' },
      { label: 'opened on Data', tab: 'sheets' },
      { label: 'opened on Mind map', tab: 'mindmap' },
    ];
    await coldLoad(browser, 'dist'); // warm the browser process, not the page (every load has a fresh context)
    const results: Array<{ label: string; samples: LoadSample[]; kb: number }> = [];
    for (const t of tabs) {
      const samples: LoadSample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await coldLoad(browser, 'dist', t.tab));
      const kb = median(samples.map((s) => s.files.reduce((a, f) => a + f.gzip, 0))) / 1024;
      results.push({ label: t.label, samples, kb });
    }
    console.log(
      `\nIn Chromium, standalone, cold loads (median of ${RUNS}; bytes as gzip -9 of what the browser fetched before the panel took input; office.js from Microsoft's CDN is not counted and is cut off here):`,
    );
    printTable(
      results.map(({ label, samples, kb }) => ({
        pane: label,
        files: String(median(samples.map((s) => s.files.length))),
        'KB gzip': fmt(kb),
        'KB raw': fmt(median(samples.map((s) => s.files.reduce((a, f) => a + f.raw, 0))) / 1024),
        'FCP ms': fmt(median(samples.map((s) => s.fcp)), 0),
        'usable ms': fmt(median(samples.map((s) => s.usable)), 0),
        'heap MiB': fmt(median(samples.map((s) => s.heap)) / 1048576),
        'files after 1st paint': String(median(samples.map((s) => s.afterPaint.length))),
      })),
    );
    const first = results[0];
    const heaviest = results.slice(1).reduce((a, b) => (b.kb > a.kb ? b : a));
    console.log(
      `first screen: ${fmt(first.kb)} KB gzip before interactive (${fmt(first.kb / 200, 2)}× the 200 KB budget) → ${first.kb < 200 ? 'within budget' : 'OVER budget'}; files fetched after first paint: ${median(first.samples.map((s) => s.afterPaint.length))}`,
    );
    console.log(`heaviest panel: ${heaviest.label}, ${fmt(heaviest.kb)} KB gzip before it takes input`);
  } finally {
    await browser.close();
  }
}
