import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm, type MockReply } from '../support/mock-llm';

// Issue #14: long work says what is happening in words (and the tokens so far), and Stop stays in view
// while the user scrolls, in every job that talks to a model.
let e2e: E2E;
let llm: MockLlm;
let reply: () => MockReply = () => ({ content: 'ok' });

beforeAll(async () => {
  llm = await startMockLlm(() => reply());
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

const SLOW = (content: string): MockReply => ({ content, chunkSize: 3, chunkDelayMs: 25 });

async function open(tab: string, locale: string, extra: Record<string, unknown> = {}): Promise<Page> {
  const { page } = await e2e.open({ locale, storage: settingsStorage(llm.url, extra), viewport: { width: 320, height: 560 } });
  await page.getByRole('tab', { name: tab }).click();
  return page;
}

/** The Stop button is inside the window, whatever the scroll position of the pane's content. */
async function inView(button: Locator, page: Page): Promise<boolean> {
  const box = await button.boundingBox();
  const vp = page.viewportSize();
  return Boolean(box && vp && box.y >= 0 && box.y + box.height <= vp.height && box.x >= 0 && box.x + box.width <= vp.width);
}

async function scrollPane(page: Page, to: 'top' | 'bottom') {
  await page.evaluate((where) => {
    const main = document.querySelector('main');
    if (main) main.scrollTop = where === 'top' ? 0 : main.scrollHeight;
  }, to);
}

browser.describe('progress in words, Stop always in view', () => {
  it('slides: the outline being written shows its length and tokens; Stop stays in view at the bottom and at the top, and stops', async () => {
    const page = await open('幻灯片', 'zh-CN');
    reply = () => SLOW('# 新大纲\n\n## 第一部分\n- ' + '内容'.repeat(500));
    await page.getByRole('textbox', { name: /^主题/ }).fill('远程办公');
    await page.getByRole('button', { name: '生成大纲' }).click();
    const bar = page.getByRole('region', { name: '正在进行的任务' });
    await bar.getByText(/正在撰写大纲… \d+ 字/).waitFor();
    await bar.getByText(/已收到约 \d+ 个 token/).waitFor();
    const stop = bar.getByRole('button', { name: '停止' });
    for (const where of ['bottom', 'top'] as const) {
      await scrollPane(page, where);
      await expect(inView(stop, page)).resolves.toBe(true);
    }
    await screenshot(page, 'progress-slides-320-zh');
    expect(await axeSerious(page)).toEqual([]);
    // One Stop only: the form's own button is not a second one.
    await expect(page.getByRole('button', { name: '停止' }).count()).resolves.toBe(1);
    await stop.click();
    await page.getByText('已取消').first().waitFor();
    await expect(bar.count()).resolves.toBe(0);
  });

  it('mind map from a topic and a draft report: words, tokens and a Stop that cancels', async () => {
    const page = await open('Mind map', 'en-US');
    await page.getByRole('combobox', { name: 'Make the map from' }).selectOption({ label: 'A topic' });
    await page.getByRole('textbox', { name: 'Topic' }).fill('Onboarding');
    reply = () => SLOW('# Onboarding\n' + '- step\n'.repeat(300));
    await page.getByRole('button', { name: 'Generate map' }).click();
    const bar = page.getByRole('region', { name: 'Job in progress' });
    await bar.getByText('Writing…').waitFor();
    await bar.getByText(/about \d+ tokens so far/).waitFor();
    await scrollPane(page, 'bottom');
    await expect(inView(bar.getByRole('button', { name: 'Stop' }), page)).resolves.toBe(true);
    await bar.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Cancelled').first().waitFor();
    await expect(bar.count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Writing' }).click();
    await page.getByRole('tab', { name: 'Draft' }).click();
    await page.getByRole('textbox', { name: /^Task/ }).fill('Quarterly report on the help desk');
    reply = () => SLOW('# Report\n\n' + 'The help desk answered more tickets. '.repeat(80));
    await page.getByRole('button', { name: 'Write draft' }).click();
    await bar.getByText(/about \d+ tokens so far/).waitFor();
    await screenshot(page, 'progress-draft-320-en');
    expect(await axeSerious(page)).toEqual([]);
    await bar.getByRole('button', { name: 'Stop' }).click();
    await expect(bar.count()).resolves.toBe(0);
  });

  it('Ask: the dock says thinking, then writing with tokens; the cost line is in ¥ with its price period in Chinese and in $ in English', async () => {
    const page = await open('问答', 'zh-CN', { provider: 'deepseek', fastModel: 'deepseek-flash', deepModel: 'deepseek-v4-pro' });
    reply = () => ({ content: '回答。'.repeat(300), reasoning: '想一想。'.repeat(60), chunkSize: 4, chunkDelayMs: 20 });
    await page.getByLabel('你的问题').fill('问题');
    await page.getByRole('button', { name: '发送' }).click();
    const bar = page.getByRole('region', { name: '正在进行的任务' });
    await bar.getByText('正在撰写…').waitFor();
    await bar.getByText(/已收到约 \d+ 个 token/).waitFor();
    await bar.waitFor({ state: 'detached', timeout: 60_000 });
    const usage = page.getByTestId('ask-usage');
    await expect(usage.innerText()).resolves.toMatch(/¥\d[\d.]*（(高峰时段|闲时)）/);

    const en = await open('Ask', 'en-US', { provider: 'deepseek', fastModel: 'deepseek-flash', deepModel: 'deepseek-v4-pro' });
    reply = () => ({ content: 'An answer.' });
    await en.getByLabel('Your question').fill('Question');
    await en.getByRole('button', { name: 'Send' }).click();
    await expect(en.getByTestId('ask-usage').innerText()).resolves.toMatch(/\$\d[\d.]* \((peak hours|off-peak)\)/);
  });
});
