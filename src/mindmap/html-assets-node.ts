import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { HtmlAssets } from './export-html';

let cached: HtmlAssets | null = null;

/** Node only: the browser builds of d3 and markmap-view, straight from the installed packages. */
export function readHtmlAssets(): HtmlAssets {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // d3's exports hide package.json; its entry point sits in dist/ beside the minified browser build.
  const d3Dist = dirname(require.resolve('d3'));
  const viewDir = require.resolve('markmap-view/package.json').replace(/package\.json$/, '');
  cached = {
    d3: readFileSync(join(d3Dist, 'd3.min.js'), 'utf8'),
    markmapView: readFileSync(`${viewDir}dist/browser/index.js`, 'utf8'),
  };
  return cached;
}
