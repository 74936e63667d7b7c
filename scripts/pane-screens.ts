// Screenshots of the built pane at the widths Office gives a task pane, in both languages and both themes,
// for looking at (docs/gallery/, issue #14). Standalone, no network; each view opened as a user would.
//   npx tsx scripts/pane-screens.ts [dist] [out-dir] [view ...]
// A view is 'home', 'settings' or a panel id ('ask', 'slides', 'writing', 'sheets', 'mindmap', 'diagram').
// Prints, per shot, what sticks out sideways and text cut off (neither may happen), text shortened on purpose
// and labels that wrap (to look at). scripts/pane-screens-jobs.ts shoots each view with a result.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/e2e';
import { startStaticServer } from '../tests/support/static-server';
import { shotLine, shotReport } from '../tests/support/pane-fit';

const [dist = 'dist', out = 'test-output/screens', ...views] = process.argv.slice(2);
const VIEWS = views.length ? views : ['home', 'ask', 'slides', 'writing', 'sheets', 'mindmap', 'diagram', 'settings'];
// THEMES=light limits the run to one theme.
const THEMES = (process.env.THEMES ?? 'light,dark').split(',');
mkdirSync(out, { recursive: true });
const server = await startStaticServer(resolve(dist));
let problems = 0;
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
          // What sticks out of the pane (outside a box meant to scroll sideways), and text cut off
          // (tests/support/pane-fit.ts). tsx keeps function names with a helper (__name) the page lacks.
          await page.evaluate('window.__name = (f) => f');
          const report = await shotReport(page);
          problems += report.issues.length;
          const file = join(out, `${view}-${width}-${locale}${dark ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(shotLine(file, report));
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${problems} problems.`);
process.exitCode = problems ? 1 : 0;
