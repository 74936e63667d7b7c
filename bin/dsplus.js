#!/usr/bin/env node
// Starts the built CLI (build/cli/: plain JavaScript made by `npm ci` through the `prepare` script, and
// shipped in the npm package). In a checkout, a build older than its sources is rebuilt first, with one
// line on stderr, so editing src/ never runs stale code. See docs/decisions/0004-built-cli.md.
import { existsSync, readFileSync, statSync } from 'node:fs';

// `dsplus profile data.csv | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const root = new URL('../', import.meta.url);
const built = new URL('build/cli/main.js', root);

/** Why the build must be (re)made before running, or '' when it is current. Only in a checkout. */
function staleBecause() {
  if (!existsSync(new URL('src/cli/main.ts', root))) return ''; // the installed package ships no sources
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('build/cli/inputs.json', root), 'utf8'));
  } catch {
    return 'dsplus is not built yet';
  }
  const builtAt = statSync(built).mtimeMs;
  for (const file of inputs) {
    const at = existsSync(new URL(file, root)) ? statSync(new URL(file, root)).mtimeMs : Infinity;
    if (at > builtAt) return `${file} changed since dsplus was built`;
  }
  return '';
}

const reason = staleBecause();
if (reason) {
  process.stderr.write(`${reason}: building it (npm run build:cli)…\n`);
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}

const { main } = await import(built.href);
process.exitCode = await main(process.argv);
