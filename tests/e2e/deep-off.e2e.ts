import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';

// Custom with "the same model" for deep thinking: every panel's 深度思考 is shown off and disabled with the
// sentence why right under it and the way to Settings, and what the jobs send goes to the fast model.
let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

/** Custom, one model for both modes (what "the same model" saves). */
const same = () => settingsStorage(llm.url, { deepModel: 'mock-flash' });
const EN_HINT = 'Deep thinking needs a reasoning model picked in Settings: this provider now uses the fast model for both.';
const ZH_HINT = '深度思考需要在设置里选一个推理模型：现在这个服务商的两种模式用的是同一个快速模型。';

async function expectOff(page: Page, name: string, hint: string): Promise<void> {
  const sw = page.getByRole('switch', { name });
  await sw.waitFor();
  await expect(sw.isDisabled()).resolves.toBe(true);
  await expect(sw.isChecked()).resolves.toBe(false);
  // The sentence is visible text right there (not a tooltip), and the switch is described by it.
  const describedBy = await sw.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toContain(hint);
  await expect(page.getByText(hint).isVisible()).resolves.toBe(true);
}

browser.describe('deep thinking with no deep model (Custom, the same model)', () => {
  it('Slides, Mind map, Diagram and Ask show it off with the reason; jobs go to the fast model; the link opens Settings', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: same(), viewport: { width: 320, height: 900 } });

    await page.getByRole('tab', { name: 'Slides' }).click();
    await expectOff(page, 'Deep thinking', EN_HINT);
    await screenshot(page, 'deep-off-slides-320-en');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('textbox', { name: /^Topic/ }).fill('Rain gardens for a school');
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Write outline' }).click();
    await expect.poll(() => llm.requests.slice(before).some((b) => JSON.stringify(b.messages).includes('Rain gardens for a school'))).toBe(true);
    expect(llm.requests.slice(before).map((b) => b.model)).toEqual(expect.arrayContaining(['mock-flash']));
    expect(llm.requests.slice(before).every((b) => b.model === 'mock-flash')).toBe(true);

    await page.getByRole('tab', { name: /Mind map/ }).click();
    await page.getByRole('combobox', { name: 'Make the map from' }).selectOption({ label: 'A topic' });
    await expectOff(page, 'Deep thinking', EN_HINT);
    await screenshot(page, 'deep-off-mindmap-320-en');

    await page.getByRole('tab', { name: 'Diagram' }).click();
    await expectOff(page, 'Deep thinking', EN_HINT);
    await screenshot(page, 'deep-off-diagram-320-en');

    await page.getByRole('tab', { name: 'Ask' }).click();
    const deepChoice = page.getByRole('radio', { name: 'Deep thinking' });
    await expect(deepChoice.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('radiogroup').getAttribute('aria-describedby')).resolves.toBeTruthy();
    await expect(page.getByText(EN_HINT).isVisible()).resolves.toBe(true);
    // A library prompt made for deep thinking would switch it on: here the question stays 快速.
    await page.getByRole('button', { name: 'Prompt library' }).click();
    await page.getByRole('combobox', { name: 'Family' }).selectOption({ label: 'Personalization' });
    await page.getByRole('button', { name: 'Study plan · Deep thinking' }).click();
    await expect(page.getByRole('textbox', { name: 'Your question' }).inputValue()).resolves.toContain('week-by-week');
    await expect(deepChoice.isChecked()).resolves.toBe(false);
    await expect(page.getByRole('radio', { name: 'Fast' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'deep-off-ask-320-en');
    expect(await axeSerious(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open Settings' }).click();
    await page.getByText('Model provider').first().waitFor();
  });

  it('Agent (in Word, zh-CN) shows it off with the Chinese sentence', async () => {
    const { page } = await e2e.open({ host: 'word', locale: 'zh-CN', storage: same(), viewport: { width: 320, height: 900 } });
    await page.getByRole('tab', { name: '智能体' }).click();
    await expectOff(page, '深度思考', ZH_HINT);
    await screenshot(page, 'deep-off-agent-320-zh');
  });

  it('a job kept with deep thinking on, set up with Custom and "the same model", comes back with it off and sends a fast request', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 350, height: 900 } });
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('textbox', { name: /^Topic/ }).fill('Bike lanes downtown');
    await page.getByRole('switch', { name: 'Deep thinking' }).check();
    await page.getByRole('button', { name: 'Connect a model' }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /Another provider/ }).check();
    await card.getByRole('combobox', { name: 'Provider' }).selectOption({ label: 'Custom (OpenAI-compatible)' });
    await card.getByLabel('Address (base URL)').fill(llm.url);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByTestId('connection-ok').waitFor();
    await card.getByRole('radio', { name: 'Use the same model as 快速 (fast)' }).check();
    await card.getByRole('button', { name: 'Save and continue' }).click();

    // After the reload the draft is put back, except the switch, which the pane now holds off.
    await page.getByRole('tab', { name: 'Slides', selected: true }).waitFor();
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('dsplus.jobDraft'))).toBeNull();
    await expect(page.getByRole('textbox', { name: /^Topic/ }).inputValue()).resolves.toBe('Bike lanes downtown');
    await expectOff(page, 'Deep thinking', EN_HINT);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))) ?? '{}') as {
      llm: { fastModel: string; deepModel: string };
    };
    expect(saved.llm.deepModel).toBe(saved.llm.fastModel);
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Write outline' }).click();
    await expect.poll(() => llm.requests.slice(before).some((b) => JSON.stringify(b.messages).includes('Bike lanes downtown'))).toBe(true);
    expect(llm.requests.slice(before).every((b) => b.model === saved.llm.fastModel)).toBe(true);
  });

  it('with a separate deep model the switches work as before and a deep job asks the deep model', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: 'Diagram' }).click();
    const sw = page.getByRole('switch', { name: 'Deep thinking' });
    await expect(sw.isDisabled()).resolves.toBe(false);
    await expect(page.getByText(EN_HINT).count()).resolves.toBe(0);
    await sw.check();
    await page.getByRole('textbox', { name: 'Describe the diagram' }).fill('Leave request approval flow');
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Write Mermaid' }).click();
    await expect.poll(() => llm.requests.slice(before).some((b) => b.model === 'mock-reasoner')).toBe(true);
  });
});
