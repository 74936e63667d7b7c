// Bundle sizes: the initial chunk a user downloads before the pane appears, and each host panel's
// lazy chunk. Target: initial under 200 KB gzip. Reads Vite's build manifest (builds first if needed).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmt, printTable } from './lib';

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

if (!existsSync('dist/.vite/manifest.json')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
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

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.includes('taskpane/index.html'))!;
const initial = closure(entry);
const initialKB = files(initial).reduce((s, f) => s + gz(f), 0);
const rows: Record<string, string>[] = [{ chunk: 'initial (taskpane entry + static imports)', 'gzip KB': fmt(initialKB), 'vs 200 KB budget': fmt(initialKB / 200, 2) + '×' }];
for (const [key, c] of Object.entries(manifest)) {
  if (!c.isDynamicEntry) continue;
  const own = [...closure(key)].filter((k) => !initial.has(k));
  rows.push({ chunk: `lazy: ${c.src ?? key}`, 'gzip KB': fmt(files(own).reduce((s, f) => s + gz(f), 0)), 'vs 200 KB budget': '' });
}
printTable(rows);
console.log(initialKB < 200 ? 'initial chunk within budget' : 'initial chunk OVER the 200 KB budget');
