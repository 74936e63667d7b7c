// `dsplus` as people run it: whole processes, start-up included, against the plainest way to do the same
// job — `node -e "require('commander')"` for --help, a plain Node script writing the same deck with
// pptxgenjs for `slides`, pandas (vectorised, read → ten steps → write) for `clean`. The CLI runs as
// installed: bin/ and build/cli/ copied to a folder of their own (the package ships no sources), so
// node on the bin file is exactly what npm's bin shim runs. Medians of whole-process wall times.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, printTable } from './lib';
import { deckMarkdown, SMALL_DECK } from './deck-outline';
import { outlineFromMarkdown } from '../src/outline';
import { SALES_PLAN } from '../tests/fixtures/sheets/messy-sales';
import { buildCli } from '../scripts/build-cli.mjs';
import { aptInstall, pandasPython } from '../tests/support/requires-program';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..');
const ROWS = Number(process.env.CLI_BENCH_ROWS ?? 200_000);
const work = mkdtempSync(join(tmpdir(), 'dsplus-cli-bench-'));

// The package as npm installs it: bin/ and build/cli/, dependencies beside it. The plain scripts live
// in a folder of their own that sees the same node_modules.
await buildCli();
mkdirSync(join(work, 'bare'));
symlinkSync(join(ROOT, 'node_modules'), join(work, 'bare/node_modules'), 'dir');
const pkg = join(work, 'app/node_modules/deepseek-plus-office');
mkdirSync(pkg, { recursive: true });
cpSync(join(ROOT, 'bin'), join(pkg, 'bin'), { recursive: true });
cpSync(join(ROOT, 'build/cli'), join(pkg, 'build/cli'), { recursive: true });
writeFileSync(join(pkg, 'package.json'), readFileSync(join(ROOT, 'package.json')));
symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
const DSPLUS = join(pkg, 'bin/dsplus.js');

/** Wall time of one whole process, in ms; throws if it fails. */
function run(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: join(work, 'bare'),
    encoding: 'utf8',
    env: { ...process.env, DSPLUS_CONFIG: '/nonexistent', NO_COLOR: '1' },
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${(r.stderr || r.error?.message || '').trim()}`);
  return ms;
}

type Cmd = [string, string[]];

/**
 * Median wall times of ours and the baseline over `runs` runs each, after one warm-up each (file cache,
 * not the process: every run is a new one). The two alternate, so a busy moment on this shared machine
 * falls on both sides alike.
 */
function timed(ours: Cmd, base: Cmd, runs: number): [number, number] {
  run(...ours);
  run(...base);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(run(...ours));
    b.push(run(...base));
  }
  return [median(a), median(b)];
}

/**
 * A plain Node script writing the same slides with pptxgenjs: a title slide, one slide per section and per
 * outline slide (title, bullets, a table as a table, speaker notes), a closing slide — the same text,
 * without our masters, themes, fitting or package repairs.
 */
function bareDeckScript(md: string): string {
  const outline = outlineFromMarkdown(md).value;
  const slides: Array<{ title: string; lines: string[]; table: string[][] | null; notes: string }> = [];
  const walk = (nodes: typeof outline.root.children) => {
    for (const n of nodes) {
      const lines = n.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
      const t = n.blocks.find((b) => b.kind === 'table');
      slides.push({ title: n.title, lines, table: t && t.kind === 'table' ? [t.header, ...t.rows] : null, notes: n.notes.join('\n') });
      walk(n.children);
    }
  };
  walk(outline.root.children);
  const file = join(work, 'bare', `deck-${slides.length}.mjs`);
  writeFileSync(
    file,
    `import PptxGenJS from 'pptxgenjs';
import { writeFileSync } from 'node:fs';
const slides = ${JSON.stringify(slides)};
const pptx = new PptxGenJS();
pptx.layout = 'LAYOUT_WIDE';
pptx.addSlide().addText(${JSON.stringify(outline.root.title)}, { x: 0.6, y: 2.5, w: 12.1, h: 1.5, fontSize: 40 });
for (const s of slides) {
  const slide = pptx.addSlide();
  slide.addText(s.title, { x: 0.6, y: 0.35, w: 12.1, h: 1.1, fontSize: 32 });
  if (s.lines.length) slide.addText(s.lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })), { x: 0.6, y: 1.6, w: 12.1, h: 5.1, fontSize: 20 });
  if (s.table) slide.addTable(s.table.map((row) => row.map((text) => ({ text }))), { x: 0.6, y: 1.6, w: 12.1, fontSize: 16 });
  if (s.notes) slide.addNotes(s.notes);
}
pptx.addSlide().addText('谢谢 Thank you', { x: 0.6, y: 2.5, w: 12.1, h: 1.5, fontSize: 40 });
writeFileSync(process.argv[2], await pptx.write({ outputType: 'nodebuffer' }));
`,
  );
  return file;
}

const rows: Record<string, string>[] = [];
const add = (figure: string, ours: number, base: number, baseline: string, target: string) =>
  rows.push({ figure, 'dsplus ms': fmt(ours, 0), 'baseline ms': fmt(base, 0), baseline, ratio: `${fmt(ours / base, 2)}×`, target });

try {
  // --help
  add(
    'dsplus --help',
    ...timed([process.execPath, [DSPLUS, '--help']], [process.execPath, ['-e', "require('commander')"]], 9),
    `node -e "require('commander')"`,
    '≤ 3×',
  );

  // slides: 3 slides, then 200
  const small = join(work, 'small.md');
  const big = join(work, 'big.md');
  writeFileSync(small, SMALL_DECK);
  writeFileSync(big, deckMarkdown());
  const bareSmall = bareDeckScript(SMALL_DECK);
  add(
    'dsplus slides, 3-slide outline',
    ...timed([process.execPath, [DSPLUS, 'slides', small, '-o', join(work, 'small.pptx')]], [process.execPath, [bareSmall, join(work, 'bare-small.pptx')]], 7),
    'plain Node + pptxgenjs, same slides',
    '≤ 2×',
  );
  const bareBig = bareDeckScript(deckMarkdown());
  add(
    'dsplus slides, 200-slide outline',
    ...timed(
      [process.execPath, [DSPLUS, 'slides', big, '-o', join(work, 'big.pptx'), '--no-agenda']],
      [process.execPath, [bareBig, join(work, 'bare-big.pptx')]],
      5,
    ),
    'plain Node + pptxgenjs, same slides',
    '≤ 2×',
  );

  // clean: 200,000 rows × 10 columns, the ten-step plan, CSV in and out
  const csv = join(work, 'sales.csv');
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'sheets-generate.ts'), csv, String(ROWS)], { stdio: 'inherit', cwd: ROOT });
  if (gen.status !== 0) throw new Error('could not generate the sheet');
  const plan = join(work, 'plan.json');
  writeFileSync(plan, JSON.stringify(SALES_PLAN));
  const clean: Cmd = [process.execPath, [DSPLUS, 'clean', csv, '--plan', plan, '-o', join(work, 'clean.csv')]];
  const python = pandasPython();
  if (python) {
    add(
      `dsplus clean, ${ROWS.toLocaleString('en-US')} rows × 10, ten steps, CSV → CSV`,
      ...timed(clean, [python, [join(here, 'sheets_pandas.py'), 'clean', csv, join(work, 'clean-pandas.csv')]], 3),
      'pandas, vectorised, read → steps → write',
      '≤ 0.5×',
    );
  } else {
    run(...clean);
    const once = median([run(...clean), run(...clean), run(...clean)]);
    rows.push({
      figure: `dsplus clean, ${ROWS.toLocaleString('en-US')} rows × 10`,
      'dsplus ms': fmt(once, 0),
      'baseline ms': '—',
      baseline: `pandas not installed (${aptInstall(['pandas'])})`,
      ratio: '—',
      target: '≤ 0.5×',
    });
  }
  console.log("Whole processes, wall time, medians (node on the installed package's bin file):");
  printTable(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
