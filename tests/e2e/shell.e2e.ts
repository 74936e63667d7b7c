import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeSerious, browser, type E2E, screenshot, startE2E } from '../support/e2e';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

browser.describe('task pane shell', () => {
  it('starts in standalone mode in a plain tab with no network, in the browser language', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN' });
    await expect(page.getByText('独立模式', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: '问答' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: '幻灯片' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'shell-standalone-zh');
  });

  it('paints and takes input in a browser tab while office.js is still loading from the CDN', async () => {
    const { page } = await e2e.open({ locale: 'en-US', officeJs: 'hang' });
    await page.getByRole('textbox', { name: 'Your question' }).fill('Still loading?');
    await expect(page.getByText('Standalone mode', { exact: false }).first().isVisible()).resolves.toBe(true);
    const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
    expect(painted).toBe(1);
    // The CDN still has not answered: the page's load event waits for office.js, the pane does not.
    await expect(page.evaluate(() => document.readyState)).resolves.not.toBe('complete');
  });

  it('in Office, waits for Office.onReady and comes up in the host, also when the URL does not say so', async () => {
    for (const hostInfoInUrl of [true, false]) {
      const { page } = await e2e.open({ host: 'word', locale: 'en-US', hostInfoInUrl });
      await page.getByText('Word', { exact: true }).first().waitFor();
      await page.getByText('Standalone mode', { exact: false }).waitFor({ state: 'detached' });
    }
  });

  it('switches the language by hand and keeps the choice across a reload', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await expect(page.getByRole('tab', { name: 'Settings' }).isVisible()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('tab', { name: '设置' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: '设置' }).waitFor();
    await screenshot(page, 'shell-language-switched');
  });

  it('saves settings, masks the key after saving and keeps them across a reload', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Base URL').fill('http://127.0.0.1:11434/v1');
    await page.getByLabel('API key').fill('sk-abcdef1234567890wxyz');
    await page.getByLabel('Model for 快速 (fast)').fill('deepseek-r1:7b');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByLabel('Base URL').inputValue()).resolves.toBe('http://127.0.0.1:11434/v1');
    await expect(page.getByLabel('Model for 快速 (fast)').inputValue()).resolves.toBe('deepseek-r1:7b');
    const body = await page.locator('body').innerText();
    expect(body).toContain('sk-…wxyz');
    expect(body).not.toContain('sk-abcdef1234567890wxyz');
    await expect(page.locator('input[type=password]').count()).resolves.toBe(0);
    await screenshot(page, 'shell-settings-saved');
  });

  it('fills base URL and models from a provider preset', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN' });
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '服务商' }).selectOption({ label: 'Ollama（本地）' });
    await expect(page.getByLabel('接口地址（Base URL）').inputValue()).resolves.toBe('http://localhost:11434/v1');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('设置已保存。').waitFor();
    await screenshot(page, 'shell-settings-ollama-zh');
  });

  it('rejects an invalid base URL with a sentence and keeps the saved settings', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Base URL').fill('not a url');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Check the highlighted field', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByLabel('Base URL').inputValue()).resolves.toBe('https://api.deepseek.com');
  });

  it('is reachable by keyboard: Tab reaches the tab list and arrow keys switch tabs', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'tab') break;
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save' }).waitFor();
  });

  it('detects the Office host through Office.onReady and follows its language and dark theme', async () => {
    const { page } = await e2e.open({ host: 'excel', locale: 'zh-CN', dark: true });
    await page.getByText('Excel', { exact: true }).first().waitFor();
    await expect(page.getByRole('tab', { name: '数据' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: '幻灯片' }).count()).resolves.toBe(0);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(page, 'shell-excel-dark-zh');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const { page } = await e2e.open({ locale });
      expect(await axeSerious(page)).toEqual([]);
      await page.getByRole('tab').last().click();
      expect(await axeSerious(page)).toEqual([]);
    }
  });
});
