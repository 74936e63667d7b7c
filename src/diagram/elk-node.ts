import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { writeAtomic } from '../files/write-atomic-node';
import type { ElkApi, ElkLoader } from './elk-loader';

// Node only (the CLI): ELK with a V8 code cache. elkjs is 1.6 MB of GWT-compiled JavaScript; a fresh
// process spends a quarter of a second compiling it and the functions a layout calls, every run. V8
// can keep that bytecode on disk (`vm.Script` cachedData, the mechanism behind Node 22's
// module.enableCompileCache, which Node 20 lacks): the first layout of a process writes it, later
// processes start from it. Loading through require/vm also skips the ESM loader's scan of the bundle
// for named exports. Anything wrong with the cache (missing, from another Node, unwritable, corrupt)
// only costs the time it would have saved: V8 checks the data and we compile afresh.

const requireHere = createRequire(import.meta.url);

/** One cache file per elkjs version, Node version and CPU: V8 rejects data made by another V8. */
export function elkCacheFile(dir: string): string {
  const { version } = requireHere('elkjs/package.json') as { version: string };
  return join(dir, `elkjs-${version}-node${process.versions.node}-${process.arch}.v8cache`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Whole or not at all (a half-written cache would only be rejected); a cache that cannot be written is skipped. */
async function writeCache(file: string, dir: string, data: Buffer): Promise<void> {
  try {
    mkdirSync(dir, { recursive: true });
    await writeAtomic(file, data);
  } catch {
    /* no folder to hold it: the next process compiles afresh */
  }
}

/** A loader for useElkLoader(): ELK compiled from the code cache in `dir`, refreshed when missing or stale. */
export function cachedElkLoader(dir: string): ElkLoader {
  return async () => {
    const path = requireHere.resolve('elkjs/lib/elk.bundled.js');
    const file = elkCacheFile(dir);
    const cachedData = readCache(file);
    // The bundle is a UMD module: given `module`, it puts ELK on module.exports.
    const script = new Script(`(function (module, exports, require) {${readFileSync(path, 'utf8')}\n})`, { filename: path, cachedData });
    const mod: { exports: unknown } = { exports: {} };
    (script.runInThisContext() as (m: unknown, e: unknown, r: NodeRequire) => void)(mod, mod.exports, createRequire(path));
    const Elk = mod.exports as new () => ElkApi;
    const api = new Elk();
    if (cachedData && !script.cachedDataRejected) return api;
    // After the first layout the cache holds the functions a layout needs, not only the top level.
    let pending = true;
    return {
      layout: async (g) => {
        const out = await api.layout(g);
        if (pending) {
          pending = false;
          await writeCache(file, dir, script.createCachedData());
        }
        return out;
      },
    };
  };
}
