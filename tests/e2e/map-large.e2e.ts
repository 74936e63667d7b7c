import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, startE2E } from '../support/e2e';
import { overflowing } from '../support/pane-fit';

// Issue #14: the mind map opens large — in Office's dialog (through src/office/dialog.ts), or in a new tab
// when the pane runs in a browser — on a page that keeps the pane's Content-Security-Policy.
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const MAP = '# 季度计划\n\n## 市场\n- 新客户\n- 续约\n\n## 产品\n- 发布 2.0\n- 修复缺陷\n\n## 团队\n- 招聘两名工程师';

async function mindmap(page: Page, tab: string, editor: string) {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByLabel(editor).fill(MAP);
  // The live map has taken the new Markdown (its name says so) before "Open large" is pressed.
  await expect.poll(() => page.getByTestId('mindmap-view').getAttribute('aria-label')).toMatch(/季度计划$/);
}

/** The large view: its map drawn, its page free of inline scripts, and no policy violation on the way. */
async function checkLarge(large: Page) {
  await large.getByTestId('mindmap-view').locator('g.markmap-node').nth(5).waitFor();
  await expect(large.locator('h1').innerText()).resolves.toBe('季度计划');
  await expect(large.evaluate(() => document.querySelectorAll('script:not([src])').length)).resolves.toBe(0);
  const csp = await large.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("'unsafe-inline' 'self' https://appsforoffice");
}

function watchViolations(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

browser.describe('Mind map: open large', () => {
  it('in a browser tab: a new tab shows the whole map, fitted, in the pane’s language and theme (zh-CN, dark)', async () => {
    const { page, context } = await e2e.open({ locale: 'zh-CN', dark: true, viewport: { width: 320, height: 700 } });
    const violations = watchViolations(context);
    await mindmap(page, '思维导图', '思维导图 Markdown');
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('toolbar', { name: '思维导图预览' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'mindmap-tools-320-zh-dark');
    const [large] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '放大查看' }).click()]);
    await large.setViewportSize({ width: 1000, height: 700 });
    await checkLarge(large);
    await expect(large.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    // Fitted: every topic inside the window. The fit follows the resize with a short animation, so the
    // boxes are read until it has settled rather than at one instant.
    const outside = () =>
      large
        .getByTestId('mindmap-view')
        .locator('g.markmap-node')
        .evaluateAll((els) =>
          els
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.left < 0 || r.right > 1000)
            .map((r) => `${Math.round(r.left)}..${Math.round(r.right)}`),
        );
    await expect.poll(outside, { timeout: 10_000 }).toEqual([]);
    await screenshot(large, 'mindmap-large-tab-zh-dark');
    expect(await axeSerious(large)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('in Office: opens Office’s dialog and sends it the map once the page is ready (en-US, Word)', async () => {
    const { page, context } = await e2e.open({
      host: 'word',
      locale: 'en-US',
      requirementSets: { DialogApi: '1.2', WordApi: '1.3' },
      viewport: { width: 350, height: 700 },
    });
    await mindmap(page, 'Mind map', 'Mind map Markdown');
    const [large] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open large' }).click()]);
    await checkLarge(large);
    const log = (await page.evaluate(() => (window as unknown as { __OFFICE_LOG__: { call: string; url?: string; message?: string }[] }).__OFFICE_LOG__)) ?? [];
    const opened = log.find((x) => x.call === 'displayDialogAsync');
    expect(opened?.url).toMatch(/\/taskpane\/map-view\.html$/);
    const sent = log.find((x) => x.call === 'messageChild');
    expect(JSON.parse(sent?.message ?? '{}')).toMatchObject({ v: 1, title: '季度计划', locale: 'en-US' });
    await large.setViewportSize({ width: 900, height: 640 });
    await screenshot(large, 'mindmap-large-dialog-en');
    expect(await axeSerious(large)).toEqual([]);
  });
});
