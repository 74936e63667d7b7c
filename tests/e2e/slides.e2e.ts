import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { inspectPptx } from '../unit/slides/pptx-inspect';

// The Slides panel, built, in Chromium: standalone against the mock model server, and inside the
// PowerPoint host double (tests/support/office-double/powerpoint.js) for insertion.

const ANSWER =
  '```markdown\n# Remote Work Playbook\n\nHow our team works apart\n\n## Habits\n\n### Daily rhythm\n- Async stand-up by 10:00\n- Core hours 13:00–16:00\n\nNotes: Start with the stand-up story.\n\n### Tools\n| Need | Tool |\n|---|---|\n| Chat | Slack |\n| Docs | Notion |\n\n## Results\n\n### What changed\n- Fewer meetings\n- Faster reviews\n```\nHope this helps!';

let e2e: E2E;
let llm: MockLlm;

beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: ANSWER, chunkSize: 12, chunkDelayMs: 5 }));
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function openSlides(opts: Parameters<E2E['open']>[0] = {}): Promise<Page> {
  const { page } = await e2e.open(opts);
  // A failure leaves a picture of the pane behind for whoever reads the CI log.
  onTestFailed(async () => {
    await screenshot(page, `slides-failed-${Date.now()}`).catch(() => undefined);
  });
  await page.getByRole('tab', { name: 'Slides' }).click();
  await page.getByLabel('Outline (Markdown)').waitFor();
  return page;
}

const previewCount = (page: Page) => page.getByRole('region', { name: 'Preview' }).getByRole('listitem').count();

browser.describe('Slides panel, standalone', () => {
  it('writes an outline from a topic, lets the user edit it, previews and downloads the deck', async () => {
    const page = await openSlides({ storage: settingsStorage(llm.url) });
    await page.getByRole('textbox', { name: /^Topic/ }).fill('Remote work at our company');
    await page.getByLabel('Audience', { exact: true }).fill('new hires');
    await page.getByRole('button', { name: 'Write outline' }).click();
    // The finished outline opens as slide cards; its Markdown is one click away.
    await page.getByRole('group', { name: 'Slide: Daily rhythm', exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Markdown' }).click();
    const editor = page.getByLabel('Outline (Markdown)');
    // The cleaned outline replaces the raw answer when the stream ends: no fence, no chat.
    await expect.poll(() => editor.inputValue(), { timeout: 20_000 }).toMatch(/^# Remote Work Playbook/);
    expect(await editor.inputValue()).not.toContain('Hope this helps');
    const ask = llm.requests.at(-1)!.messages.at(-1)!.content;
    expect(ask).toContain('Remote work at our company');
    expect(ask).toContain('new hires');
    await expect.poll(() => previewCount(page)).toBe(7);

    await editor.fill((await editor.inputValue()) + '\n### Next steps\n- Try it for a month\n');
    await expect.poll(() => previewCount(page)).toBe(8);
    await expect(page.getByRole('listitem', { name: 'Slide 7: Next steps' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'slides-standalone-outline');
    await page.getByRole('listitem', { name: 'Slide 3: Daily rhythm' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'slides-standalone-preview');
    expect(await axeSerious(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
    expect(download.suggestedFilename()).toBe('Remote Work Playbook.pptx');
    const path = await download.path();
    const { slides } = await inspectPptx(new Uint8Array(readFileSync(path!)));
    expect(slides.map((s) => s.title)).toEqual([
      'Remote Work Playbook',
      'Habits',
      'Daily rhythm',
      'Tools',
      'Results',
      'What changed',
      'Next steps',
      'Thank you',
    ]);
    expect(slides[2].notes).toBe('Start with the stand-up story.');
    await page.getByText('Downloaded a deck of 8 slides.').waitFor();
  });

  it('renders a pasted outline with no provider configured, and explains a structure-less text', async () => {
    const page = await openSlides();
    await expect(page.getByRole('button', { name: 'Write outline' }).isDisabled()).resolves.toBe(true);
    const editor = page.getByLabel('Outline (Markdown)');
    await editor.fill('Just some prose without any outline.');
    await page.getByText(/no outline structure/).waitFor();
    await expect(page.getByRole('button', { name: 'Download .pptx' }).isDisabled()).resolves.toBe(true);
    await editor.fill('# 年度总结\n\n## 业绩\n- 收入增长 18%\n## 计划\n- 扩大团队');
    await expect.poll(() => previewCount(page)).toBe(4);
    await screenshot(page, 'slides-standalone-offline');
  });
});

// A real speech transcript (the 2024 State of the Union opening; tests/fixtures/real/SOURCES.md) pasted where an outline goes.
const SPEECH = readFileSync(new URL('../fixtures/real/prose/sotu-2024-opening.txt', import.meta.url), 'utf8');

browser.describe('Slides panel: text that is not an outline', () => {
  it('without a model groups a pasted transcript offline, as the CLI does, and says so in the same sentence', async () => {
    const page = await openSlides();
    await page.getByLabel('Outline (Markdown)').fill(SPEECH);
    await page.getByText(/This text reads as prose \(24 paragraphs\), not an outline, and no model is set up/).waitFor();
    await expect(page.getByText(/no outline structure/).count()).resolves.toBe(0);
    await expect.poll(() => previewCount(page)).toBeGreaterThan(3);
    await page.getByText(/This text reads as prose/).scrollIntoViewIfNeeded();
    await screenshot(page, 'slides-prose-offline');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
    const { slides } = await inspectPptx(new Uint8Array(readFileSync((await download.path())!)));
    const text = slides
      .map((sl) => [...sl.texts.flatMap((b) => b.paragraphs.map((p) => p.text)), sl.notes].join(' '))
      .join(' ')
      .replace(/\s+/g, ' ');
    // Every paragraph is in the deck, on a slide or whole in its notes.
    const paragraphs = SPEECH.split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    for (const p of paragraphs) expect(text).toContain(p.slice(0, 40));

    // The same text as a document: Write outline reads it as dsplus slides does, no model needed.
    await page.getByLabel('Outline (Markdown)').fill('');
    await page.getByRole('radio', { name: 'A document' }).check();
    await page.getByLabel('Document text').fill(SPEECH);
    await page.getByRole('button', { name: 'Write outline' }).click();
    await expect.poll(() => page.getByLabel('Outline (Markdown)').inputValue()).toMatch(/^# President Biden's State of the Union Address\n\n## /);
    await page.getByText(/This text reads as prose \(24 paragraphs\), not an outline, and no model is set up/).waitFor();
  });

  it('with a model offers to condense it: the same step as dsplus slides, streamed into the editor', async () => {
    const page = await openSlides({ storage: settingsStorage(llm.url) });
    const before = llm.requests.length;
    await page.getByLabel('Outline (Markdown)').fill(SPEECH);
    await page.getByText(/This text reads as prose \(24 paragraphs\), not an outline: the preview keeps every paragraph/).waitFor();
    await page.getByRole('button', { name: 'Condense into an outline' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'slides-prose-offer');
    await page.getByRole('button', { name: 'Condense into an outline' }).click();
    await page.getByLabel('Deck title').waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Markdown' }).click();
    const editor = page.getByLabel('Outline (Markdown)');
    await expect.poll(() => editor.inputValue(), { timeout: 20_000 }).toMatch(/^# Remote Work Playbook/);
    await page.getByText('The model condensed your text (24 paragraphs) into the outline above. Edit it, then download or insert.').waitFor();
    expect(llm.requests.length).toBe(before + 1);
    expect(llm.requests.at(-1)!.messages.at(-1)!.content).toContain('Franklin Roosevelt came to this chamber');
    await expect(page.getByRole('button', { name: 'Condense into an outline' }).count()).resolves.toBe(0);
  });
});

browser.describe('Slides panel: a diagram in the outline', () => {
  it('previews a ```mermaid block as a diagram and downloads it as native shapes with glued connectors', async () => {
    const page = await openSlides();
    const mermaid =
      'flowchart LR\n  A[Submit claim] --> B{Over 5,000?}\n  B -->|yes| C[Director approves]\n  B -->|no| D[Manager approves]\n  C --> E[Finance pays]\n  D --> E';
    await page.getByLabel('Outline (Markdown)').fill(`# Expenses\n\n## Approval flow\n\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n`);
    const slide = page.getByRole('listitem', { name: 'Slide 2: Approval flow' });
    await slide.locator('img[src^="data:image/svg+xml"]').waitFor();
    await slide.scrollIntoViewIfNeeded();
    await screenshot(page, 'slides-diagram-preview');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(readFileSync((await download.path())!))).file('ppt/slides/slide2.xml')!.async('string');
    expect(xml.match(/<p:cxnSp>/g)).toHaveLength(5);
    for (const text of ['Submit claim', 'Over 5,000?', 'Director approves', 'Manager approves', 'Finance pays']) expect(xml).toContain(text);
  });
});

const CHART_OUTLINE =
  '# 年度经营\n\n## 各区域销售额\n\n图表: 柱状图\n\n| 区域 | 2023 年 | 2024 年 |\n|---|---|---|\n| 华东 | ¥1,200 | ¥1,560 |\n| 华南 | ¥980 | ¥1,020 |\n| 华北 | ¥760 | ¥905 |\n';

browser.describe('Slides panel: a table of numbers in the outline', () => {
  it('previews it as a chart, downloads a native chart with the table in the notes, and inserts it into PowerPoint', async () => {
    const page = await openSlides({ host: 'powerpoint', requirementSets: { PowerPointApi: '1.5' }, doubleState: { slides: ['256#'], selected: ['256#'] } });
    await page.getByLabel('Outline (Markdown)').fill(CHART_OUTLINE);
    const slide = page.getByRole('listitem', { name: 'Slide 2: 各区域销售额' });
    const chart = slide.locator('img[src^="data:image/svg+xml"]');
    await chart.waitFor();
    expect(decodeURIComponent((await chart.getAttribute('src'))!)).toMatch(/华东[\s\S]*华南[\s\S]*华北/);
    await slide.scrollIntoViewIfNeeded();
    await screenshot(page, 'slides-chart-preview');
    const { default: JSZip } = await import('jszip');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pptx' }).click()]);
    // pptxgenjs numbers chart parts across every deck the page has made: chart1, chart2, …
    const chartXml = async (zip: InstanceType<typeof JSZip>) => zip.file(/^ppt\/charts\/chart\d+\.xml$/)[0]?.async('string');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(await chartXml(zip)).toContain('<c:v>1560</c:v>');
    const { slides } = await inspectPptx(new Uint8Array(readFileSync((await download.path())!)));
    expect(slides[1].notes).toContain('| 华东 | ¥1,200 | ¥1,560 |');

    // Insert: the chart travels inside the .pptx PowerPoint is given (insertSlidesFromBase64).
    await page.getByRole('button', { name: 'Insert after current slide' }).click();
    await page.getByText(/slides inserted after the current slide/).waitFor();
    const inserted = await page.evaluate(() => (window as unknown as { __PPT__: { inserted: Array<{ base64: string }> } }).__PPT__.inserted[0].base64);
    const sent = await JSZip.loadAsync(Buffer.from(inserted, 'base64'));
    expect(await chartXml(sent)).toContain('<c:barChart>');
    expect(Object.keys(sent.files).some((n) => n.startsWith('ppt/embeddings/'))).toBe(true);
  });
});

browser.describe('Slides panel in PowerPoint (host double)', () => {
  it('inserts the slides after the current slide with the chosen formatting', async () => {
    const page = await openSlides({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: { slides: ['256#', '257#3001', '258#'], selected: ['257#3001'] },
    });
    await page.getByLabel('Outline (Markdown)').fill('# Deck\n\n## One\n- a\n\nNotes: say a\n\n## Two\n- b');
    await page.getByRole('radio', { name: 'Use this presentation’s theme' }).check();
    await page.getByRole('button', { name: 'Insert after current slide' }).click();
    await page.getByText('4 slides inserted after the current slide.').waitFor();
    const ppt = await page.evaluate(
      () => (window as unknown as { __PPT__: { slides: string[]; inserted: Array<{ head: string; options: object; slides: number }> } }).__PPT__,
    );
    expect(ppt.inserted).toHaveLength(1);
    expect(ppt.inserted[0].options).toEqual({ formatting: 'UseDestinationTheme', targetSlideId: '257#3001' });
    expect(ppt.inserted[0].head.startsWith('UEsD')).toBe(true);
    expect(ppt.slides.slice(0, 2)).toEqual(['256#', '257#3001']);
    expect(ppt.slides).toHaveLength(7);
    expect(ppt.slides.at(-1)).toBe('258#');
    await screenshot(page, 'slides-powerpoint-inserted');
  });

  it('offers the download and says why where PowerPointApi 1.2 is missing', async () => {
    const page = await openSlides({ host: 'powerpoint', requirementSets: { PowerPointApi: '1.1' } });
    await page.getByLabel('Outline (Markdown)').fill('# Deck\n\n## One\n- a');
    await page.getByText(/PowerPointApi 1\.2 is missing/).waitFor();
    await expect(page.getByRole('button', { name: 'Insert after current slide' }).count()).resolves.toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Download .pptx' }).isEnabled()).toBe(true);
  });

  it('shows PowerPoint’s refusal as a sentence and leaves the presentation unchanged', async () => {
    const page = await openSlides({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: { slides: ['256#'], selected: ['256#'], failInsert: 'InvalidArgument' },
    });
    await page.getByLabel('Outline (Markdown)').fill('# Deck\n\n## One\n- a');
    await page.getByRole('button', { name: 'Insert after current slide' }).click();
    await page.getByText(/PowerPoint did not insert the slides \(InvalidArgument/).waitFor();
    const slides = await page.evaluate(() => (window as unknown as { __PPT__: { slides: string[] } }).__PPT__.slides);
    expect(slides).toEqual(['256#']);
  });
});

browser.describe('Slides panel in Word (host double), in Chinese', () => {
  it('writes the outline from the whole document and offers the download', async () => {
    llm.setHandler(() => ({ content: '# 项目周报\n\n## 进展\n- 预算说明周五提交\n## 风险\n- 测试人手不足' }));
    const paragraphs = [
      { text: '项目周报', styleBuiltIn: 'Heading1' },
      { text: '本周进展', styleBuiltIn: 'Heading2' },
      { text: '张三周五前提交预算说明。' },
      { text: '风险', styleBuiltIn: 'Heading2' },
      { text: '测试人手不足。' },
    ];
    const { page } = await e2e.open({
      host: 'word',
      locale: 'zh-CN',
      storage: settingsStorage(llm.url),
      requirementSets: { WordApi: '1.3' },
      doubleState: { paragraphs, selection: [2] },
    });
    await page.getByRole('tab', { name: '幻灯片' }).click();
    await page.getByRole('radio', { name: '当前文档' }).check();
    await page.getByRole('radio', { name: '整篇文档' }).check();
    await page.getByRole('button', { name: '生成大纲' }).click();
    await page.getByRole('group', { name: '幻灯片：风险', exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Markdown' }).click();
    const editor = page.getByLabel('大纲（Markdown）');
    await expect.poll(() => editor.inputValue(), { timeout: 20_000 }).toContain('## 风险');
    const ask = llm.requests.at(-1)!.messages.at(-1)!.content;
    expect(ask).toContain('张三周五前提交预算说明');
    expect(ask).toContain('测试人手不足');
    await expect(page.getByRole('button', { name: '插入到当前幻灯片之后' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '下载 .pptx' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: '预览' }).getByRole('listitem').count()).toBe(4);
    await screenshot(page, 'slides-word-zh');
    expect(await axeSerious(page)).toEqual([]);
  });
});
