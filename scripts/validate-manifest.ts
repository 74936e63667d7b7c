// `npm run validate`: the offline manifest check (office-addin-manifest validate needs Microsoft's web service).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkManifest } from './manifest/check-manifest';

const file = resolve(process.argv[2] ?? 'manifest.xml');
const problems = checkManifest(readFileSync(file, 'utf8'), dirname(file));
if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
} else {
  console.log(`${file}: valid (offline checks: structure and element order, GUID Id, hosts, https URLs, resource ids, icon files and sizes)`);
}
