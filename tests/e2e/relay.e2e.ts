import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious, browser, screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { createRelayHandler, type RelayHandler } from '../../src/relay/handler';
import { listenRelay, type RelayServer } from '../../src/relay/listen';
import type { LlmSettings } from '../../src/llm/settings';
import { WEEKLY_MEETING } from '../support/minutes-record';

// The built pane "through the local relay": the relay is mounted on the pane's own origin (/relay, as
// `npm start` serves it) and holds the only key; the browser never sees it. A second relay on its own
// port plays `dsplus relay` for the cross-origin case.
const UPSTREAM_KEY = 'sk-relay-held-key-5e8d2b71';
const BROWSER_KEY = 'sk-test-0000000000001234';

const MINUTES = WEEKLY_MEETING;

let e2e: E2E;
let llm: MockLlm;
let sameOrigin: RelayHandler;
let separate: RelayServer;
let upstream: LlmSettings;

beforeAll(async () => {
  llm = await startMockLlm(
    (body) => {
      const all = body.messages.map((m) => String(m.content)).join('\n');
      if (all.includes('会议秘书') || all.includes('meeting secretary')) return { content: JSON.stringify(MINUTES) };
      return { content: `Relayed: ${String(body.messages.at(-1)?.content)}`, chunkSize: 4 };
    },
    { requireKey: UPSTREAM_KEY },
  );
  upstream = { ...llm.settings, apiKey: UPSTREAM_KEY };
  sameOrigin = createRelayHandler({ upstream: () => ({ settings: upstream }), allowedOrigins: [], loopbackPeersOnly: true });
  e2e = await startE2E({ '/relay': sameOrigin });
  // `dsplus relay --allow-origin <the pane's origin>`
  separate = await listenRelay(createRelayHandler({ upstream: () => ({ settings: upstream }), allowedOrigins: [e2e.baseUrl] }), { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await e2e?.close();
  await separate?.close();
  sameOrigin?.close();
  await llm?.close();
});

/** Every answer the page received from the relay, recorded so none can be checked for the key. */
function recordRelayTraffic(page: Page) {
  const bodies: Promise<string>[] = [];
  const requestHeaders: Record<string, string>[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/relay/') || r.url().startsWith(separate.urls[0].replace('/v1', ''))) requestHeaders.push(r.headers());
  });
  page.on('response', (r) => {
    if (r.url().includes('/relay/') || r.url().startsWith(separate.urls[0].replace('/v1', ''))) bodies.push(r.text().catch(() => ''));
  });
  return { bodies, requestHeaders };
}

async function storedSettings(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`));
}

async function switchToRelay(page: Page, relayURL?: string) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: /Through the local relay/ }).check();
  await expect(page.getByLabel('API key').count()).resolves.toBe(0);
  if (relayURL) await page.getByLabel('Relay URL').fill(relayURL);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByTestId('connection-ok').waitFor();
}

browser.describe('the pane through the local relay', () => {
  it('same-origin relay: Settings keeps no key, Ask and minutes run, the key never reaches the browser', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    const traffic = recordRelayTraffic(page);
    expect((await storedSettings(page)).join('\n')).toContain(BROWSER_KEY);

    await switchToRelay(page);
    await expect(page.getByLabel('Relay URL').inputValue()).resolves.toBe(`${e2e.baseUrl}/relay/v1`);
    await page
      .getByTestId('relay-reaches')
      .filter({ hasText: `The relay reaches DeepSeek (official) (${llm.url.replace('http://', '')}).` })
      .waitFor();
    // The form took the relay's provider and models, and says so.
    await expect(page.getByLabel(/^Provider/).inputValue()).resolves.toBe('deepseek');
    await expect(page.getByLabel('Model for 快速 (fast)').inputValue()).resolves.toBe('deepseek-flash');
    await page.getByText('Provider and models now match the relay’s. Save to keep them.').waitFor();
    await screenshot(page, 'relay-settings');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    const stored = (await storedSettings(page)).join('\n');
    expect(stored).not.toContain(BROWSER_KEY);
    expect(stored).not.toContain('sk-');
    expect(stored).toContain('"connection":"relay"');
    expect(stored).toContain('"apiKey":""');

    await page.getByRole('tab', { name: 'Ask' }).click();
    await page.getByLabel('Your question').fill('hello through the relay');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('ask-answer').last().filter({ hasText: 'Relayed: hello through the relay' }).waitFor();
    await page.getByTestId('ask-usage').waitFor();
    await screenshot(page, 'relay-ask');

    await page.getByRole('tab', { name: 'Writing' }).click();
    await page.getByLabel('Text', { exact: true }).fill('周会 2026-03-02\n参会：张三、李四\n上线定在3月15日。张三周五前提交预算说明。');
    await page.getByRole('button', { name: 'Write minutes' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: '产品周会' }).waitFor();
    await screenshot(page, 'relay-minutes');

    // The provider saw the relay's key on every call; the browser sent none and got none back.
    expect(llm.requestHeaders.length).toBeGreaterThanOrEqual(2);
    expect(llm.requestHeaders.every((h) => h.authorization === `Bearer ${UPSTREAM_KEY}`)).toBe(true);
    expect(traffic.requestHeaders.length).toBeGreaterThan(0);
    for (const h of traffic.requestHeaders) {
      expect(h.authorization).toBeUndefined();
      expect(JSON.stringify(h)).not.toContain('sk-');
    }
    for (const body of await Promise.all(traffic.bodies)) expect(body).not.toContain(UPSTREAM_KEY);
    expect((await storedSettings(page)).join('\n')).not.toContain('sk-');
  });

  it('a separate relay (dsplus relay --allow-origin …) answers across origins', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('radio', { name: /Through the local relay/ }).check();
    await page.getByLabel('Relay URL').fill(separate.urls[0]);
    // Tested before it is saved (from a frame that reaches only the relay's address); the form then follows
    // the relay's provider and models, and saving reloads the pane so that it may reach the relay.
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByTestId('connection-ok').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByRole('tab', { name: 'Ask' }).click();
    await page.getByLabel('Your question').fill('across origins');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('ask-answer').last().filter({ hasText: 'Relayed: across origins' }).waitFor();
  });

  it('in zh-CN (dark), the relay choice, its hint and what Test connection found read in Chinese', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', dark: true, storage: settingsStorage(llm.url) });
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await page.getByRole('radio', { name: /通过本地中转/ }).check();
    await page.getByText('本浏览器不保存任何密钥', { exact: false }).waitFor();
    await page.getByRole('button', { name: '测试连接' }).click();
    await page.getByTestId('relay-reaches').filter({ hasText: '中转连接到 DeepSeek 官方' }).waitFor();
    await screenshot(page, 'relay-settings-zh-dark');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('a relay that does not allow the pane’s origin gets the sentence with the command that does', async () => {
    const strict = await listenRelay(createRelayHandler({ upstream: () => ({ settings: upstream }) }), { port: 0, host: '127.0.0.1' });
    try {
      const { page } = await e2e.open({
        locale: 'en-US',
        storage: settingsStorage(strict.urls[0], {
          provider: 'deepseek',
          connection: 'relay',
          apiKey: '',
          fastModel: 'deepseek-v4-flash',
          deepModel: 'deepseek-v4-flash',
        }),
      });
      await page.getByRole('tab', { name: 'Ask' }).click();
      await page.getByLabel('Your question').fill('hello');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('alert').filter({ hasText: 'does not allow this add-in' }).waitFor();
      await page.getByText(`Restart it with: npx dsplus relay --provider deepseek --allow-origin ${e2e.baseUrl}`).waitFor();
      await screenshot(page, 'relay-origin-refused');
    } finally {
      await strict.close();
    }
  });
});
