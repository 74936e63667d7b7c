import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, startE2E } from '../support/e2e';
import { overflowing } from '../support/pane-fit';

// Issue #14: the Slides preview is a vertical strip of thumbnails of every slide; a click, Enter or the arrow
// keys show one large. At 320 px in both languages, nothing sticks out.
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const SECTIONS = Array.from({ length: 9 }, (_, i) => `## Part ${i + 1}\n\n### Point ${i + 1}\n- Detail ${i + 1}\n`).join('\n');
const OUTLINE = `# Strip test\n\n${SECTIONS}`;

async function openWith(locale: string, dark = false): Promise<Page> {
  const { page } = await e2e.open({ locale, dark, viewport: { width: 320, height: 640 } });
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '幻灯片' : 'Slides' }).click();
  await page.getByLabel(locale === 'zh-CN' ? '大纲（Markdown）' : 'Outline (Markdown)').fill(OUTLINE);
  return page;
}

const large = (page: Page) => page.locator('figure');

browser.describe('Slides: thumbnail strip', () => {
  it('shows every slide as a thumbnail; a click shows it large, and the large slide stays in view while the strip scrolls', async () => {
    const page = await openWith('en-US');
    const strip = page.getByRole('region', { name: 'Preview' }).getByRole('list');
    await expect.poll(() => strip.getByRole('listitem').count()).toBeGreaterThan(15);
    await expect(large(page).locator('figcaption').innerText()).resolves.toBe('Slide 1: Strip test');
    const last = strip.getByRole('button').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const name = await last.innerText();
    await expect(large(page).locator('figcaption').innerText()).resolves.toBe(name);
    await expect(last.getAttribute('aria-current')).resolves.toBe('true');
    // Sticky: the large slide is still on screen after scrolling down to the last thumbnail.
    const box = (await large(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(640);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'slides-strip-320-en');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('works from the keyboard: Tab to a thumbnail, arrows move and show, Enter shows the focused one (zh-CN, dark)', async () => {
    const page = await openWith('zh-CN', true);
    const strip = page.getByRole('region', { name: '预览' }).getByRole('list');
    await expect.poll(() => strip.getByRole('listitem').count()).toBeGreaterThan(15);
    const second = strip.getByRole('button').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    await expect(large(page).locator('figcaption').innerText()).resolves.toMatch(/^第 2 张：/);
    await page.keyboard.press('ArrowDown');
    await expect(large(page).locator('figcaption').innerText()).resolves.toMatch(/^第 3 张：/);
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(/^第 3 张：/);
    await page.keyboard.press('End');
    const n = await strip.getByRole('listitem').count();
    await expect(large(page).locator('figcaption').innerText()).resolves.toMatch(new RegExp(`^第 ${n} 张：`));
    await page.keyboard.press('Home');
    await expect(large(page).locator('figcaption').innerText()).resolves.toMatch(/^第 1 张：/);
    // Removing slides never leaves the large view on one that is gone.
    await page.keyboard.press('End');
    await page.getByLabel('大纲（Markdown）').fill('# 短\n\n## 一\n- 要点');
    await expect.poll(() => strip.getByRole('listitem').count()).toBeLessThan(5);
    await expect(large(page).locator('figcaption').innerText()).resolves.toMatch(/^第 \d 张：/);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'slides-strip-320-zh-dark');
    expect(await axeSerious(page)).toEqual([]);
  });
});
