import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { axeSerious, browser, type E2E, OUT_DIR, screenshot, startE2E } from '../support/e2e';
import { overflowing } from '../support/pane-fit';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { inspectPptx, type SlideInfo } from '../unit/slides/pptx-inspect';

// Issue #14: the Slides panel's outline is edited as slide cards (title and bullets as text boxes, move, add,
// delete with undo) or as Markdown; both views edit one text, so the strip and the downloaded deck follow
// every change, and what the cards do not show (a table, a picture, notes) stays as written.

// A 1×1 PNG, so the picture is in the deck without the network.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const OUTLINE = `# Quarterly review

## Results

### Revenue
- Up 12%
    - East 20%
- Margin flat

| Region | Revenue |
| --- | --- |
| East | 120 |

Notes: Start with revenue.

### Costs
- People
- Cloud

![Architecture](${PNG})

## Next quarter

### Plan
- Ship v2
`;

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: 'unused' }));
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function openSlides(locale = 'en-US', dark = false): Promise<Page> {
  const { page } = await e2e.open({ locale, dark, viewport: { width: 320, height: 1400 } });
  onTestFailed(async () => {
    await screenshot(page, `outline-editor-failed-${Date.now()}`).catch(() => undefined);
  });
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '幻灯片' : 'Slides', exact: true }).click();
  return page;
}

/** A paste into the empty Markdown box, as Ctrl+V delivers it. */
async function paste(box: Locator, text: string) {
  await box.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const strip = (page: Page) => page.getByRole('region', { name: 'Preview' }).getByRole('list').getByRole('listitem');
const stripTitles = async (page: Page) =>
  (await strip(page).evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''))).map((n) => n.replace(/^Slide \d+: /, ''));
async function markdown(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Markdown' }).click();
  const text = await page.getByLabel('Outline (Markdown)').inputValue();
  await page.getByRole('tab', { name: 'Outline', exact: true }).click();
  return text;
}
async function download(page: Page): Promise<SlideInfo[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
  return (await inspectPptx(new Uint8Array(readFileSync((await file.path())!)))).slides;
}
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
const paragraphsOf = (slide: SlideInfo) => slide.texts.flatMap((b) => b.paragraphs);

browser.describe('Slides: the outline as slide cards', () => {
  it('a pasted outline opens as cards; rename, indent, move, delete and undo reach the strip and the deck, and the table, picture and notes stay', async () => {
    const page = await openSlides();
    // An empty start is the Markdown box; a pasted outline opens in the cards.
    await paste(page.getByLabel('Outline (Markdown)'), OUTLINE);
    const revenue = card(page, 'Slide: Revenue');
    await revenue.waitFor();
    await expect(page.getByLabel('Deck title').inputValue()).resolves.toBe('Quarterly review');
    await expect(revenue.getByText('+ 1 table(s), speaker notes — kept as written; edit them in Markdown').count()).resolves.toBe(1);
    await expect(
      card(page, 'Slide: Costs')
        .getByText(/\+ 1 picture\(s\)/)
        .count(),
    ).resolves.toBe(1);
    await expect(card(page, 'Section: Results').count()).resolves.toBe(1);

    // Rename: the strip follows as the user types.
    await revenue.getByLabel('Title').fill('Income');
    const income = card(page, 'Slide: Income');
    await expect.poll(() => stripTitles(page)).toContain('Income');
    // Indent the third bullet under the first.
    await income.getByRole('button', { name: 'Indent bullet 3' }).click();
    await expect(income.getByLabel('Bullet 3, level 2').inputValue()).resolves.toBe('Margin flat');
    // Move Costs above Income.
    await card(page, 'Slide: Costs').getByRole('button', { name: 'Move “Costs” up' }).click();
    await expect.poll(async () => (await stripTitles(page)).join(' | ')).toMatch(/Costs \| Income/);
    await expect.poll(() => focused(page)).toBe('Move “Costs” up');

    // Delete a section with its slide, then undo; then delete it for good.
    await card(page, 'Section: Next quarter').getByRole('button', { name: 'Delete “Next quarter”' }).click();
    await page.getByText('Deleted “Next quarter” and the 1 slide(s) under it.').waitFor();
    await expect.poll(() => stripTitles(page)).not.toContain('Plan');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stripTitles(page)).toContain('Plan');
    await card(page, 'Slide: Plan').getByRole('button', { name: 'Delete “Plan”' }).click();
    await expect.poll(() => stripTitles(page)).not.toContain('Plan');
    await expect(overflowing(page)).resolves.toEqual([]);
    await screenshot(page, 'outline-editor-320-en');
    expect(await axeSerious(page)).toEqual([]);

    // The Markdown view shows the same text: the table, the picture and the notes as they were.
    const text = await markdown(page);
    expect(text).toContain('### Costs\n\n- People\n- Cloud\n\n![Architecture](data:image/png;base64,');
    expect(text).toContain(
      '### Income\n\n- Up 12%\n    - East 20%\n    - Margin flat\n\n| Region | Revenue |\n| --- | --- |\n| East | 120 |\n\nNotes: Start with revenue.',
    );
    expect(text.indexOf('### Costs')).toBeLessThan(text.indexOf('### Income'));
    expect(text).toContain('## Next quarter');
    expect(text).not.toContain('### Plan');

    const slides = await download(page);
    const titles = slides.map((s) => s.title);
    expect(titles.indexOf('Costs')).toBeLessThan(titles.indexOf('Income'));
    expect(titles).not.toContain('Revenue');
    const incomeSlide = slides.find((s) => s.title === 'Income')!;
    const para = (t: string) => paragraphsOf(incomeSlide).find((p) => p.text === t)!;
    expect(para('Margin flat').marLPt).toBe(para('East 20%').marLPt);
    expect(para('Margin flat').marLPt).toBeGreaterThan(para('Up 12%').marLPt);
    // The table follows the bullets (on the slide, or the next one when they do not fit together).
    const tableSlide = slides.find((s) => s.xml.includes('<a:tbl>'));
    expect(tableSlide?.title, titles.join(' | ')).toMatch(/^Income/);
    expect(tableSlide!.xml).toContain('<a:t>East</a:t>');
    expect(incomeSlide.notes).toContain('Start with revenue.');
    expect(slides.find((s) => s.title === 'Costs')!.xml).toContain('<p:pic>');
  });

  it('by keyboard alone: Enter adds a bullet (not while an input method composes), Alt+Shift+→ indents it, Backspace in an empty one removes it, Tab still leaves the box', async () => {
    const page = await openSlides();
    await page.getByLabel('Outline (Markdown)').fill('Here is the outline you asked for:\n\n# Plan\n\n## Launch\n- Beta in May\n');
    await page.getByRole('tab', { name: 'Outline', exact: true }).click();
    // The chat before the outline is not in the deck, and the cards say a change here drops it from the text too.
    await page.getByText(/A change here writes the outline out again without the text the deck leaves out/).waitFor();
    await page.getByLabel('Deck title').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Title');
    await page.keyboard.press('End');
    await page.keyboard.type(' plan');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Bullet 1, level 1');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Bullet 2, level 1');
    await page.keyboard.type('Press kit ready');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe('Bullet 2, level 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Bullet 3, level 2');
    await page.keyboard.press('Backspace');
    const plan = card(page, 'Slide: Launch plan');
    await expect.poll(() => focused(page)).toBe('Bullet 2, level 2');
    await expect(plan.getByRole('textbox').count()).resolves.toBe(3);
    // Tab moves on to the bullet's buttons: it is not taken for indenting.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('Outdent bullet 2');
    await page.keyboard.press('Enter');
    await expect(plan.getByLabel('Bullet 2, level 1').inputValue()).resolves.toBe('Press kit ready');
    // Enter that confirms a candidate in a Chinese input method is the IME's: no bullet is added.
    const enter = (composing: boolean) =>
      plan.getByLabel('Bullet 1, level 1').evaluate((el, isComposing) => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing, bubbles: true, cancelable: true }));
      }, composing);
    await plan.getByLabel('Bullet 1, level 1').focus();
    await page.keyboard.press('End');
    await enter(true);
    await expect(plan.getByRole('textbox').count()).resolves.toBe(3);
    await enter(false);
    await expect.poll(() => plan.getByRole('textbox').count()).toBe(4);
    await page.keyboard.press('Backspace');
    await expect.poll(() => plan.getByRole('textbox').count()).toBe(3);
    // Add a slide after, from the keyboard: its title is selected, typing replaces it.
    await plan.getByRole('button', { name: 'Add a slide after “Launch plan”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Title');
    await page.keyboard.type('Risks');
    await card(page, 'Slide: Risks').waitFor();
    await page.getByRole('tab', { name: 'Markdown' }).click();
    await expect(page.getByLabel('Outline (Markdown)').inputValue()).resolves.toBe(
      '# Plan\n\n## Launch plan\n\n- Beta in May\n- Press kit ready\n\n## Risks\n',
    );
  });

  it('fits 320 px in Chinese, light and dark, with nothing sideways and axe clean', async () => {
    for (const dark of [false, true]) {
      const page = await openSlides('zh-CN', dark);
      await paste(page.getByLabel('大纲（Markdown）'), OUTLINE.replace('Revenue\n', '营业收入与毛利率的长标题\n'));
      await card(page, '幻灯片：营业收入与毛利率的长标题').waitFor();
      await expect(overflowing(page)).resolves.toEqual([]);
      expect(await axeSerious(page)).toEqual([]);
      await screenshot(page, `outline-editor-320-zh${dark ? '-dark' : ''}`);
      await page.getByRole('region', { name: '大纲编辑' }).screenshot({ path: join(OUT_DIR, `outline-editor-cards-320-zh${dark ? '-dark' : ''}.png`) });
    }
  });

  it('a long bullet is shown whole at 320 px: its box wraps and grows, and a pasted line break is a space', async () => {
    const page = await openSlides();
    const long = 'Friday: what moved this week, what is blocked, and who needs help from whom';
    await paste(page.getByLabel('Outline (Markdown)'), `# Weekly\n\n## Standup\n- ${long}\n- Short one\n`);
    const box = card(page, 'Slide: Standup').getByLabel('Bullet 1, level 1');
    const shape = () => box.evaluate((el) => ({ hidden: el.scrollHeight - el.clientHeight, height: el.getBoundingClientRect().height }));
    const short = await card(page, 'Slide: Standup')
      .getByLabel('Bullet 2, level 1')
      .evaluate((el) => el.getBoundingClientRect().height);
    await expect(box.inputValue()).resolves.toBe(long);
    const whole = await shape();
    expect(whole.hidden).toBeLessThanOrEqual(1);
    expect(whole.height).toBeGreaterThan(short * 1.5);
    // A short bullet stays one line high.
    expect(short).toBeLessThan(34);
    await card(page, 'Slide: Standup').screenshot({ path: join(OUT_DIR, 'outline-editor-long-bullet-320-en.png') });
    await box.fill('Line one\nline two');
    await expect(box.inputValue()).resolves.toBe('Line one line two');
    await expect.poll(async () => (await shape()).height).toBeLessThan(34);
    await expect(markdown(page)).resolves.toContain('- Line one line two\n');
  });

  it('an outline edited in the cards survives the reload that setting up a model at a new address needs', async () => {
    const page = await openSlides();
    await paste(page.getByLabel('Outline (Markdown)'), OUTLINE);
    await card(page, 'Slide: Revenue').getByLabel('Title').fill('Income');
    await card(page, 'Slide: Income').waitFor();
    const edited = await markdown(page);

    await page.getByRole('button', { name: 'Connect a model' }).click();
    const setup = page.getByRole('region', { name: 'Connect a model to do this' });
    await setup.getByRole('radio', { name: /on this computer or network/ }).check();
    await setup.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'Ollama (local)' });
    await setup.getByLabel('Address', { exact: true }).fill(llm.url);
    await setup.getByRole('button', { name: 'Test connection' }).click();
    await setup.getByTestId('connection-ok').waitFor();
    await setup.getByRole('button', { name: 'Save and continue' }).click();

    await page.getByRole('tab', { name: 'Slides', selected: true }).waitFor();
    await expect.poll(() => page.getByLabel('Outline (Markdown)').inputValue()).toBe(edited);
    await page.getByRole('tab', { name: 'Outline', exact: true }).click();
    await card(page, 'Slide: Income').waitFor();
  });
});
