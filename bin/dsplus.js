#!/usr/bin/env node
// Thin shell: runs the TypeScript CLI through tsx, so `npx dsplus` works right after `npm ci` with no build.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv);
