import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { axeSerious, browser, screenshot, startE2E, type E2E } from '../support/e2e';
import { TEMPLATE_DIR } from '../unit/slides-template/helpers';

// Decks in the user's own template, in the built pane: standalone with a template file (report, a
// changed mapping, download), and in the PowerPoint host double on the open presentation's own
// layouts (listed, read from getFileAsync, inserted with its theme) — and the fallback without them.

const OUTLINE =
  '# 季度汇报\n\n面向管理层\n\n## 进展\n\n### 要点\n- 收入增长 18%\n- 新客户 240 家\n\n备注：先讲收入。\n\n### 方案对比\n- 方案一\n  - 成本低\n  - 见效慢\n- 方案二\n  - 成本高\n  - 见效快\n';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function openSlides(opts: Parameters<E2E['open']>[0] = {}): Promise<Page> {
  const { page } = await e2e.open(opts);
  onTestFailed(async () => {
    await screenshot(page, `slides-template-failed-${Date.now()}`).catch(() => undefined);
  });
  await page.getByRole('tab', { name: 'Slides' }).click();
  await page.getByLabel('Outline (Markdown)').fill(OUTLINE);
  return page;
}

/** Layout names of the slides in a .pptx, in order. */
async function slideLayouts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const pres = await zip.file('ppt/presentation.xml')!.async('string');
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  const out: string[] = [];
  for (const m of pres.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)) {
    const part = 'ppt/' + new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const srels = await zip.file(part.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
    const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(srels)![1];
    out.push(/<p:cSld name="([^"]*)"/.exec(await zip.file(`ppt/slideLayouts/${layout}`)!.async('string'))![1]);
  }
  return out;
}

browser.describe('Slides panel with my template, standalone', () => {
  it('reads the template, shows which layout each kind goes on, lets the user change one, and downloads the deck in it', async () => {
    const page = await openSlides();
    await page.getByRole('radio', { name: 'My template (.pptx, .potx)' }).check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a template file…' }).click()]);
    await chooser.setFiles(`${TEMPLATE_DIR}/python-pptx-default.pptx`);
    await page.getByText('Template: python-pptx-default.pptx — 11 layouts, 4:3').waitFor();
    const report = page.getByRole('region', { name: 'Template layouts' });
    await expect(report.getByRole('combobox', { name: 'Comparison' }).inputValue()).resolves.toBe('');
    await expect(report.getByRole('combobox', { name: 'Comparison' }).locator('option').first().textContent()).resolves.toBe('Automatic: Comparison');
    await expect(report.getByRole('img', { name: 'How a Comparison slide looks on "Comparison"' }).isVisible()).resolves.toBe(true);
    // The preview is drawn in the template's 4:3 page.
    const first = page.getByRole('region', { name: 'Preview' }).getByRole('listitem').first().locator('div').first();
    const box = (await first.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(4 / 3, 1);
    await screenshot(page, 'slides-template-report');
    expect(await axeSerious(page)).toEqual([]);

    // Comparison slides go on "Two Content" instead (heads become each column's first line).
    await report.getByRole('combobox', { name: 'Comparison' }).selectOption({ label: '4. Two Content' });
    await expect(report.getByRole('img', { name: 'How a Comparison slide looks on "Two Content"' }).isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    expect(await slideLayouts(bytes)).toEqual(['Title Slide', 'Section Header', 'Title and Content', 'Two Content', 'Title Slide']);
    const zip = await JSZip.loadAsync(bytes);
    const theme = await JSZip.loadAsync(readFileSync(`${TEMPLATE_DIR}/python-pptx-default.pptx`)).then((z) => z.file('ppt/theme/theme1.xml')!.async('string'));
    expect(await zip.file('ppt/theme/theme1.xml')!.async('string')).toBe(theme);
    await page.getByText('Downloaded a deck of 5 slides.').waitFor();
  });

  it('refuses a file that is not a template with a sentence, and keeps the built-in theme working', async () => {
    const page = await openSlides();
    await page.getByRole('radio', { name: 'My template (.pptx, .potx)' }).check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a template file…' }).click()]);
    await chooser.setFiles({ name: 'brand.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await page.getByText('brand.pptx is not a presentation that can be read').waitFor();
    await page.getByRole('radio', { name: 'Built-in theme' }).check();
    await expect(page.getByRole('button', { name: 'Download .pptx' }).isEnabled()).resolves.toBe(true);
  });
});

const MASTERS = [
  {
    id: '2147483648#1',
    name: 'Office Theme',
    layouts: [
      'Title Slide',
      'Title and Content',
      'Section Header',
      'Two Content',
      'Comparison',
      'Title Only',
      'Blank',
      'Content with Caption',
      'Picture with Caption',
      'Title and Vertical Text',
      'Vertical Title and Text',
    ].map((name, i) => ({ id: `${2147483649 + i}#${i + 1}`, name })),
  },
];

browser.describe('Slides panel on this presentation’s layouts (PowerPoint host double)', () => {
  it('reads the open presentation, builds the slides on its layouts and inserts them with its theme', async () => {
    const file = readFileSync(`${TEMPLATE_DIR}/onlyoffice-zh-CN.pptx`).toString('base64');
    const page = await openSlides({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: { slides: ['256#', '257#'], selected: ['256#'], masters: MASTERS, file },
    });
    await page.getByRole('radio', { name: 'Use this presentation’s layouts' }).check();
    await page.getByText('The slides are built on this presentation’s own masters and layouts.').waitFor();
    await page.getByRole('region', { name: 'Template layouts' }).waitFor();
    // Built on its layouts, the slides take its theme: the formatting choice is not offered.
    await expect(page.getByRole('radio', { name: 'Use this presentation’s theme' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Insert after current slide' }).click();
    await page.getByText('5 slides inserted after the current slide.').waitFor();
    const ppt = await page.evaluate(
      () =>
        (
          window as unknown as {
            __PPT__: { inserted: Array<{ base64: string; options: object }>; fileReads: Array<{ closed: boolean; slices: number[] }>; slides: string[] };
          }
        ).__PPT__,
    );
    expect(ppt.fileReads).toHaveLength(1);
    expect(ppt.fileReads[0].closed).toBe(true);
    expect(ppt.inserted[0].options).toEqual({ formatting: 'UseDestinationTheme', targetSlideId: '256#' });
    const inserted = Uint8Array.from(Buffer.from(ppt.inserted[0].base64, 'base64'));
    // Only our slides go in (not the presentation's own), each on one of its layouts, notes inside the file.
    expect(await slideLayouts(inserted)).toEqual(['Title Slide', 'Section Header', 'Title and Content', 'Comparison', 'Title Slide']);
    const zip = await JSZip.loadAsync(inserted);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(notes.some((x) => x.includes('先讲收入。'))).toBe(true);
    expect(ppt.slides).toHaveLength(7);
    await screenshot(page, 'slides-template-powerpoint');
  });

  it('without the file, says what is lost and falls back to a built-in theme that takes the presentation’s theme', async () => {
    const page = await openSlides({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.2' },
      doubleState: { slides: ['256#'], selected: [], failFile: 'The operation is not supported.' },
    });
    await page.getByRole('radio', { name: 'Use this presentation’s layouts' }).check();
    await page.getByText(/PowerPoint did not give the add-in a copy of this presentation \(The operation is not supported\./).waitFor();
    await page.getByText(/What is lost: the slides use a built-in theme’s layouts/).waitFor();
    await expect(page.getByRole('radio', { name: 'Built-in theme' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Use this presentation’s theme' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Insert after current slide' }).click();
    await page.getByText(/slides inserted/).waitFor();
    const ppt = await page.evaluate(() => (window as unknown as { __PPT__: { inserted: Array<{ options: { formatting: string } }> } }).__PPT__);
    expect(ppt.inserted[0].options.formatting).toBe('UseDestinationTheme');
    await screenshot(page, 'slides-template-powerpoint-fallback');
  });
});
