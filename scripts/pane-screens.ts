// Screenshots of the built pane at the widths Office gives a task pane, in both languages and both themes,
// for looking at (docs/gallery/, issue #14). Standalone, no network; each view opened as a user would.
//   npx tsx scripts/pane-screens.ts [dist] [out-dir] [view ...]
// A view is 'home', 'settings' or a panel id ('ask', 'slides', 'word', 'sheets', 'mindmap', 'diagram').
// Prints, per shot, whether the page scrolls sideways (it must not).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/e2e';
import { startStaticServer } from '../tests/support/static-server';

const [dist = 'dist', out = 'test-output/screens', ...views] = process.argv.slice(2);
const VIEWS = views.length ? views : ['home', 'ask', 'slides', 'word', 'sheets', 'mindmap', 'diagram', 'settings'];
// THEMES=light limits the run to one theme.
const THEMES = (process.env.THEMES ?? 'light,dark').split(',');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(resolve(dist));
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  for (const width of [320, 350]) {
    for (const locale of ['zh-CN', 'en-US']) {
      for (const dark of THEMES.map((x) => x === 'dark')) {
        for (const view of VIEWS) {
          const context = await browser.newContext({ locale, viewport: { width, height: 700 }, colorScheme: dark ? 'dark' : 'light' });
          await context.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort('internetdisconnected')));
          if (view !== 'home') await context.addInitScript((id) => sessionStorage.setItem('dsplus.tab', id), view);
          const page = await context.newPage();
          await page.goto(`${server.url}/taskpane/index.html`);
          await page.locator('main section, main form').first().waitFor({ timeout: 20_000 });
          await page.waitForTimeout(300);
          // The page itself, and anything in the pane whose right edge passes the pane's (the pane's <main>
          // clips it, so the page alone would not scroll) outside a box meant to scroll sideways (a drawing's
          // own SVG clips what it draws).
          // (A string: tsx would wrap named inner functions in a helper the page does not have.)
          const sideways = await page.evaluate(`(() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) return true;
            const scrolls = (el) => {
              for (let e = el.parentElement; e && e.tagName !== 'MAIN'; e = e.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true;
              return false;
            };
            return [...document.querySelectorAll('main *')].some((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el) && !el.closest('svg'));
          })()`);
          const file = join(out, `${view}-${width}-${locale}${dark ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`${file}${sideways ? '  SCROLLS SIDEWAYS' : ''}`);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
