// Cold loads of the built pane in headless Chromium (playwright-core, the e2e flags), standalone mode:
// what the browser fetched before the panel could take input (from its resource timing log, so it counts
// what really loads, not chunks on disk), first contentful paint, the moment the panel's first control is
// in the page, and the JS heap after load. Used by bundle.bench.ts.
import { chromium, type Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/e2e';
import { startStaticServer } from '../tests/support/static-server';

export interface LoadSample {
  /** ms from navigation start */
  fcp: number;
  usable: number;
  /** JS heap in use after load and a garbage collection, bytes */
  heap: number;
  /** what our origin served before the panel was usable */
  files: { path: string; raw: number; gzip: number; end: number }[];
  /** requests that went elsewhere (office.js from Microsoft's CDN, aborted here: no internet) */
  elsewhere: string[];
  /** files fetched after first paint and before the panel was usable (a second round) */
  afterPaint: string[];
}

/**
 * Records when the panel's first control can be used: a section inside <main> with an enabled control and
 * no spinner, timed at the first frame after it is in the page (when it is painted and can take input).
 */
const WATCH_USABLE = `(() => {
  const ready = () => {
    const main = document.querySelector('main');
    const section = main && main.querySelector('section[aria-label]');
    if (!section || main.querySelector('[role="progressbar"]')) return false;
    return Boolean(section.querySelector('textarea:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), button:not([disabled])'));
  };
  let seen = false;
  const obs = new MutationObserver(() => {
    if (seen || !ready()) return;
    seen = true;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__usable = performance.now(); }, 0));
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** One cold load (fresh browser context: empty cache and storage) of the pane opened on `tab`. */
export async function coldLoad(browser: Browser, dist: string, tab?: string): Promise<LoadSample> {
  const server = await startStaticServer(dist);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 860 } });
  try {
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      elsewhere.push(url);
      return route.abort('internetdisconnected');
    });
    await context.addInitScript(WATCH_USABLE);
    if (tab) await context.addInitScript((id) => sessionStorage.setItem('dsplus.tab', id), tab);
    const page = await context.newPage();
    await page.goto(`${server.url}/taskpane/index.html`);
    await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
    const t = await page.evaluate(() => ({
      usable: (window as unknown as { __usable: number }).__usable,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
        name: e.name,
        end: (e as PerformanceResourceTiming).responseEnd,
      })),
    }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const files = t.entries
      .filter((e) => e.name.startsWith(server.url) && e.end <= t.usable)
      .map((e) => {
        const path = new URL(e.name).pathname;
        const body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
        return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, end: e.end };
      });
    const afterPaint = files.filter((f) => f.end > t.fcp).map((f) => f.path);
    return { fcp: t.fcp, usable: t.usable, heap: usedSize, files, elsewhere, afterPaint };
  } finally {
    await context.close();
    await server.close();
  }
}
