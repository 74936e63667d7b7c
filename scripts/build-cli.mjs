// Builds the `dsplus` CLI from TypeScript to plain JavaScript in build/cli/ with esbuild: one entry
// (main.js) that registers the commands, and one chunk per command's work, because each command loads
// its work with `await import()` — so `dsplus --help` reads main.js and little else. npm packages stay
// external: Node loads them from node_modules when (and only when) a chunk imports them.
// Run by `npm ci` (the `prepare` script), `npm pack`, `npm test` (tests/support/build-cli.ts) and by
// bin/dsplus.js in a checkout whose sources are newer than the build. See docs/decisions/0004-built-cli.md.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'build/cli');
/** The sources the build read (repo-relative), so a checkout can tell when the build is stale. */
export const INPUTS = join(OUT, 'inputs.json');

/** Kept in step with PNG_FONT_FILES in src/mindmap/png-fonts-node.ts (a unit test compares them). */
export const PNG_FONT_FILES = [
  'arimo/400Regular/Arimo_400Regular.ttf',
  'arimo/700Bold/Arimo_700Bold.ttf',
  'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
];

/** Builds into a fresh folder, then swaps it in, so a CLI starting meanwhile never sees half a build. */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify(inputs.map((f) => relative(ROOT, join(ROOT, f)))));
  // npm packages the build left for Node to load (package.json's dependencies must hold each of them).
  const external = new Set();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const imp of out.imports)
      if (imp.external && !imp.path.startsWith('node:'))
        external.add(
          imp.path
            .split('/')
            .slice(0, imp.path.startsWith('@') ? 2 : 1)
            .join('/'),
        );
  }
  writeFileSync(join(tmp, 'packages.json'), JSON.stringify([...external].sort()));
  // The mind-map PNG draws with fonts we ship, not the machine's (src/mindmap/png-fonts-node.ts): the four
  // .ttf files travel with the build, so an installed dsplus needs no font package.
  mkdirSync(join(tmp, 'fonts'), { recursive: true });
  const resolveFont = createRequire(join(ROOT, 'package.json')).resolve;
  for (const rel of PNG_FONT_FILES) {
    try {
      copyFileSync(resolveFont(`@expo-google-fonts/${rel}`), join(tmp, 'fonts', rel.replace(/^.*\//, '')));
    } catch {
      // Installed without devDependencies: the CLI then finds the fonts in node_modules, or uses the system's.
    }
  }
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  return { inputs, external: [...external].sort() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const { inputs } = await buildCli();
  console.log(`dsplus built into ${relative(process.cwd(), OUT) || OUT}/ from ${inputs.length} files in ${Math.round(performance.now() - t0)} ms`);
}
