// The e2e harness: the built pane (dist/) served on 127.0.0.1, driven by playwright-core in Debian's
// Chromium. Standalone mode by default; `host: 'word' | 'excel' | 'powerpoint'` serves an Office.js host
// double (tests/support/office-double/) in place of Microsoft's CDN script. Nothing reaches the internet:
// every request that is not to 127.0.0.1 is aborted.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer, type Mounted } from './static-server';
import { chromiumPath, requires } from './requires-program';

export const CHROMIUM = chromiumPath() ?? '/usr/bin/chromium';
/** Every e2e suite is a `browser.describe`: without Chromium it is skipped visibly (and fails under CI). */
export const browser = requires('chromium');
export const OUT_DIR = resolve('test-output/e2e');
/** Headless Chromium as the tests (and the pane-load bench) run it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const DIST = resolve('dist');

export type DoubleHost = 'word' | 'excel' | 'powerpoint';

export interface PaneOptions {
  host?: DoubleHost;
  /** Browser language (standalone) or Office display language (host double). */
  locale?: string;
  dark?: boolean;
  /** Requirement sets the double reports, e.g. { PowerPointApi: '1.5' }. */
  requirementSets?: Record<string, string>;
  /** localStorage entries to seed before the pane starts (e.g. settings pointing at the mock model server). */
  storage?: Record<string, string>;
  /** Extra state for a host double (e.g. the document's paragraphs), exposed as window.__OFFICE_DOUBLE__.state. */
  doubleState?: unknown;
  viewport?: { width: number; height: number };
  /**
   * Standalone only: how Microsoft's CDN answers for office.js — 'fail' (no network, the default) or
   * 'hang' (never answers, as on a slow or filtered network).
   */
  officeJs?: 'fail' | 'hang';
  /**
   * Host double only: open the pane as Office does, with `_host_Info` in the URL (the default), or
   * without it, so the pane first paints standalone and must switch once Office.onReady names the host.
   */
  hostInfoInUrl?: boolean;
}

export interface E2E {
  browser: Browser;
  baseUrl: string;
  open(opts?: PaneOptions): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** `mounts`: handlers served on the pane's own origin, e.g. `{ '/relay': relayHandler }` as `npm start` does. */
export async function startE2E(mounts: Record<string, Mounted> = {}): Promise<E2E> {
  if (!existsSync(join(DIST, 'taskpane/index.html'))) throw new Error('dist/ is missing: run `npm run test:e2e` (it builds first).');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startStaticServer(DIST, mounts);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];

  async function open(opts: PaneOptions = {}) {
    const locale = opts.locale ?? 'en-US';
    const context = await browser.newContext({
      locale,
      viewport: opts.viewport ?? { width: 420, height: 860 },
      colorScheme: opts.dark ? 'dark' : 'light',
      acceptDownloads: true,
    });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) {
        if (!opts.host) return opts.officeJs === 'hang' ? undefined : route.abort('internetdisconnected');
        return route.fulfill({ contentType: 'text/javascript', body: officeDoubleScript(opts.host) });
      }
      if (/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(url)) return route.continue();
      return route.abort('internetdisconnected');
    });
    const config = {
      host: opts.host ? { word: 'Word', excel: 'Excel', powerpoint: 'PowerPoint' }[opts.host] : null,
      displayLanguage: locale,
      dark: Boolean(opts.dark),
      requirementSets: opts.requirementSets ?? {},
      state: opts.doubleState ?? null,
    };
    await context.addInitScript(
      ({ storage, config }) => {
        (window as unknown as { __OFFICE_DOUBLE__: unknown }).__OFFICE_DOUBLE__ = config;
        if (storage && !sessionStorage.getItem('__seeded')) {
          for (const [k, v] of Object.entries(storage)) localStorage.setItem(k, v);
          sessionStorage.setItem('__seeded', '1');
        }
      },
      { storage: opts.storage ?? null, config },
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Office opens the pane with `_host_Info` (host, platform, version, locale) in the query string.
    const hostInfo = opts.host && opts.hostInfoInUrl !== false ? `?_host_Info=${config.host}$Win32$16.01$${locale}$$$$0` : '';
    await page.goto(`${server.url}/taskpane/index.html${hostInfo}`, opts.officeJs === 'hang' ? { waitUntil: 'domcontentloaded' } : undefined);
    await page.getByRole('tablist').waitFor();
    return { page, context };
  }

  return {
    browser,
    baseUrl: server.url,
    open,
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** core.js, the host's shared models (`<host>-*.js`, e.g. word-document.js) and the host's part, in place of office.js. */
function officeDoubleScript(host: DoubleHost): string {
  const dir = resolve('tests/support/office-double');
  const part = join(dir, `${host}.js`);
  const models = readdirSync(dir)
    .filter((f) => f.startsWith(`${host}-`) && f.endsWith('.js'))
    .sort();
  return [join(dir, 'core.js'), ...models.map((f) => join(dir, f)), ...(existsSync(part) ? [part] : [])].map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Settings that point the pane at a local model server (the mock in tests/support/mock-llm.ts). */
export function settingsStorage(baseURL: string, extra: Record<string, unknown> = {}): Record<string, string> {
  return {
    'dsplus.settings.v1': JSON.stringify({
      locale: 'auto',
      llm: {
        provider: 'custom',
        baseURL,
        apiKey: 'sk-test-0000000000001234',
        fastModel: 'mock-flash',
        deepModel: 'mock-reasoner',
        maskSensitive: true,
        ...extra,
      },
    }),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  // Checked as the user sees it once it has settled: a button that has just become enabled is still fading
  // from grey to its colour for a few frames, and axe would measure the contrast of that in-between colour.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((r) => setTimeout(r, 2000)),
    ]),
  );
  // Evaluated through the DevTools protocol: the pane's Content-Security-Policy (rightly) refuses an
  // inline <script>, which is what addScriptTag would insert.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster (Fluent's focus manager) inserts aria-hidden <i data-tabster-dummy> sentinels that hand focus
    // on to the real element; axe counts them as focusable hidden content. They are not user content.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
