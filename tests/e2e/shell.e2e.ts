import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
    await expect(page.getByText('Standalone mode', { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: /^Ask/ }).click();
    await page.getByRole('textbox', { name: 'Your question' }).fill('Still loading?');
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

  it('switches the language by hand in Settings and keeps the choice across a reload', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    // In a browser tab "auto" follows the browser, not Office.
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language.locator('option:checked').textContent()).resolves.toBe('Follow the browser');
    await language.selectOption('zh-CN');
    await page.getByRole('button', { name: '设置', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: '首页' }).click();
    await page.getByText('想做什么？').waitFor();
    await screenshot(page, 'shell-language-switched');
  });

  it('saves settings, masks the key after saving and keeps them across a reload', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Base URL').fill('http://127.0.0.1:11434/v1');
    await page.getByLabel('API key').fill('sk-abcdef1234567890wxyz');
    await page.getByLabel('Model for 快速 (fast)').fill('deepseek-r1:7b');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
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
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await page.getByRole('combobox', { name: '服务商' }).selectOption({ label: 'Ollama（本地）' });
    await expect(page.getByLabel('接口地址（Base URL）').inputValue()).resolves.toBe('http://localhost:11434/v1');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('设置已保存。').waitFor();
    await screenshot(page, 'shell-settings-ollama-zh');
  });

  it('rejects an invalid base URL with a sentence and keeps the saved settings', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Base URL').fill('not a url');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Check the highlighted field', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Base URL').inputValue()).resolves.toBe('https://api.deepseek.com');
  });

  it('is reachable by keyboard: Settings first, then the tab list (arrow keys switch tabs), then the jobs', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    const focused = () =>
      page.evaluate(
        () =>
          `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName}:${document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent}`,
      );
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('BUTTON:Settings');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('tab:Home');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatch(/^BUTTON:Make slides/);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Slides', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'Slides' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Diagram', selected: true }).waitFor();
    await page.getByRole('region', { name: 'Diagram' }).waitFor();
  });

  it('opens on the jobs this host offers; each opens its panel on the right part in one click', async () => {
    const jobs = async (page: Page) =>
      page
        .getByRole('list', { name: /Jobs|任务/ })
        .getByRole('button')
        .evaluateAll((bs) => bs.map((b) => b.querySelector('.fui-CompoundButton__contentContainer')?.firstChild?.textContent ?? ''));
    const excel = (await e2e.open({ host: 'excel', locale: 'zh-CN' })).page;
    await expect(jobs(excel)).resolves.toEqual(['让它帮我做', '清洗表格', '分析表格', '思维导图', '画流程图', '问答']);
    await excel.getByRole('button', { name: /^清洗表格/ }).click();
    await excel.getByRole('tab', { name: '清洗', selected: true }).waitFor();
    const ppt = (await e2e.open({ host: 'powerpoint', locale: 'en-US' })).page;
    await expect(jobs(ppt)).resolves.toEqual(['Do it for me', 'Make slides', 'Mind map', 'Flowchart', 'Ask']);
    const word = (await e2e.open({ host: 'word', locale: 'en-US' })).page;
    await expect(jobs(word)).resolves.toEqual([
      'Do it for me',
      'Make slides',
      'Meeting minutes',
      'Draft a report',
      'Proofread',
      'Mind map',
      'Flowchart',
      'Ask',
    ]);
    await word.getByRole('button', { name: /^Draft a report/ }).click();
    await word.getByRole('tab', { name: 'Draft', selected: true }).waitFor();
    // Home again is one click; so is Settings, from the header, wherever the user is.
    await word.getByRole('button', { name: 'Settings', exact: true }).click();
    await word.getByRole('button', { name: 'Save' }).waitFor();
    await word.getByRole('tab', { name: 'Home' }).click();
    await word.getByText('What do you want to do?').waitFor();
  });

  it('fits 320 and 350 px in both languages: every tab on one row, nothing sideways, Settings in the header', async () => {
    // Standalone (Data) and Word (Agent instead of Data) each have seven tabs.
    for (const [width, host] of [
      [320, undefined],
      [350, undefined],
      [320, 'word'],
    ] as const) {
      for (const locale of ['zh-CN', 'en-US']) {
        const { page } = await e2e.open({ locale, host, viewport: { width, height: 700 } });
        const tabs = await page
          .getByRole('tab')
          .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
        expect(tabs).toHaveLength(7);
        expect(new Set(tabs.map((t) => t.top)).size, `${width} ${locale}: tabs on one row`).toBe(1);
        expect(Math.max(...tabs.map((t) => t.right))).toBeLessThanOrEqual(width);
        const settings = await page.getByRole('button', { name: locale === 'zh-CN' ? '设置' : 'Settings', exact: true }).boundingBox();
        expect(settings!.x + settings!.width).toBeLessThanOrEqual(width);
        const title = page.getByRole('heading', { name: 'DeepSeek+' });
        await expect(title.evaluate((h) => h.scrollWidth <= h.clientWidth)).resolves.toBe(true);
        await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
        await screenshot(page, `shell-home-${width}-${locale}${host ? `-${host}` : ''}`);
      }
    }
  });

  it("puts a panel's own tools on one row at 320 px in both languages (Writing's four, Data's four)", async () => {
    // In English, Fluent's tab padding left "Rewrite" and "Formula" alone on a second row.
    for (const locale of ['zh-CN', 'en-US']) {
      const { page } = await e2e.open({ locale, viewport: { width: 320, height: 700 } });
      for (const panel of locale === 'zh-CN' ? ['写作', '数据'] : ['Writing', 'Data']) {
        await page.getByRole('tab', { name: panel, exact: true }).click();
        const tools = page.getByRole('main').getByRole('tablist').getByRole('tab');
        await tools.first().waitFor();
        const rects = await tools.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
        expect(rects).toHaveLength(4);
        expect(new Set(rects.map((r) => r.top)).size, `${locale} ${panel}: its tools on one row`).toBe(1);
        expect(Math.max(...rects.map((r) => r.right))).toBeLessThanOrEqual(320);
      }
    }
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
      await page.getByRole('button', { name: locale === 'zh-CN' ? '设置' : 'Settings', exact: true }).click();
      await page.getByRole('button', { name: locale === 'zh-CN' ? '保存' : 'Save' }).waitFor();
      expect(await axeSerious(page)).toEqual([]);
    }
  });
});
