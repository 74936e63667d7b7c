import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUNDLES } from '../../../taskpane/app/messages';
import { PANELS } from '../../../taskpane/panels/registry';
import { JOBS } from '../../../taskpane/app/jobs';

// The pane starts with only some message bundles (taskpane/app/messages.ts); the rest come with the lazy
// panels (Ask and Settings too). A key the shell or the home view uses but that is not in those bundles
// would show as a raw key (say "job.slides") on the first screen.
const ROOT = resolve(__dirname, '../../..');
const FIRST_LOAD = ['taskpane/app', 'taskpane/hooks'];

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
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter(([key]) => !known.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('names every tab, host badge and home-view job from the first-load bundles', () => {
    for (const p of PANELS) expect(known, p.labelKey).toContain(p.labelKey);
    // Job names are built from their ids (t(`job.${id}`)), so the literal scan above does not see them.
    for (const j of JOBS) for (const key of [`job.${j.id}`, `job.${j.id}.hint`]) expect(known).toContain(key);
    for (const host of ['word', 'excel', 'powerpoint', 'standalone']) expect(known).toContain(`host.${host}`);
  });
});
