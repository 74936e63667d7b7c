import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUNDLES } from '../../../taskpane/app/messages';
import { PANELS } from '../../../taskpane/panels/registry';

// The pane starts with only some message bundles (taskpane/app/messages.ts); the rest come with the lazy
// panels. A key the shell, Settings or the Ask panel uses but that is not in those bundles would show
// as a raw key (say "slides.title") on the first screen.
const ROOT = resolve(__dirname, '../../..');
const FIRST_LOAD = ['taskpane/app', 'taskpane/components', 'taskpane/hooks', 'taskpane/settings', 'taskpane/panels/ask', 'taskpane/web', 'taskpane/documents'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const known = new Set(Object.values(FIRST_LOAD_BUNDLES).flatMap((b) => Object.keys(b['en-US'])));

describe('messages on the first screen', () => {
  it('every literal key the first load translates is in a bundle it registers', () => {
    const used = new Map<string, string>();
    for (const file of FIRST_LOAD.flatMap((d) => sources(join(ROOT, d)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.set(m[1], file.slice(ROOT.length + 1));
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter(([key]) => !known.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('names every tab and host badge from the first-load bundles', () => {
    for (const p of PANELS) expect(known, p.labelKey).toContain(p.labelKey);
    for (const host of ['word', 'excel', 'powerpoint', 'standalone']) expect(known).toContain(`host.${host}`);
  });
});
