#!/usr/bin/env node
// Thin shell: runs the TypeScript CLI through tsx, so `npx dsplus` works right after `npm ci` with no build.
import { tsImport } from 'tsx/esm/api';

// `dsplus profile data.csv | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv);
