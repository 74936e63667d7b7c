import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, OUT_DIR, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { withModelEnv } from '../support/cli-model-env';
import { mindmapAction } from '../../src/cli/actions/mindmap';

const MAP = '# 远程办公 Remote work\n## 工具 Tools\n- 视频会议\n- 文档协作\n## 挑战 Challenges\n- 沟通\n  备注：时区不同\n## 习惯 Habits\n- 固定作息\n';

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  e2e = await startE2E();
  llm = await startMockLlm(() => ({ content: `好的：\n\`\`\`markdown\n${MAP}\`\`\``, chunkSize: 6, chunkDelayMs: 5 }));
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

/** Topic texts markmap-view has drawn (inside its foreignObject nodes). */
function drawnTopics(page: Page): Promise<string[]> {
  return page.locator('[data-testid="mindmap-view"] foreignObject').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

async function openMindmap(opts: Parameters<E2E['open']>[0] = {}) {
  const { page, context } = await e2e.open({ viewport: { width: 1100, height: 900 }, ...opts });
  await page.getByRole('tab', { name: /Mind map|思维导图/ }).click();
  await page.getByRole('textbox', { name: /Mind map Markdown|思维导图 Markdown/ }).waitFor();
  return { page, context };
}

browser.describe('mind map panel (standalone)', () => {
  it('redraws the live map when the Markdown is edited', async () => {
    const { page } = await openMindmap();
    await expect.poll(() => drawnTopics(page)).toContain('Ideas');
    await page.getByRole('textbox', { name: 'Mind map Markdown' }).fill('# Trip\n## Packing\n- Passport\n## Route\n- Lisbon\n- Porto');
    await expect.poll(() => drawnTopics(page)).toEqual(expect.arrayContaining(['Trip', 'Packing', 'Passport', 'Route', 'Lisbon', 'Porto']));
    // markmap fades the old nodes out before removing them.
    await expect.poll(() => drawnTopics(page)).not.toContain('Ideas');
    await page.getByText('6 topics').waitFor();
    await screenshot(page, 'mindmap-edit-redraw');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('generates a map from a topic with the local model, streamed into the editor', async () => {
    const { page } = await openMindmap({ storage: settingsStorage(llm.url) });
    await page.getByRole('combobox', { name: 'Make the map from' }).selectOption('topic');
    await page.getByRole('textbox', { name: 'Topic' }).fill('远程办公');
    await page.getByRole('button', { name: 'Generate map' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Mind map Markdown' }).inputValue()).toContain('## 习惯 Habits');
    expect(await page.getByRole('textbox', { name: 'Mind map Markdown' }).inputValue()).not.toContain('```');
    await expect.poll(() => drawnTopics(page)).toEqual(expect.arrayContaining(['远程办公 Remote work', '工具 Tools', '挑战 Challenges', '沟通', '固定作息']));
    expect(llm.requests.at(-1)?.messages.at(-1)?.content).toContain('远程办公');
    await expect.poll(() => drawnTopics(page)).not.toContain('Ideas');
    await screenshot(page, 'mindmap-generated');
  });

  it('makes the same map as `dsplus mindmap --topic` for the same topic (one workflow behind both)', async () => {
    const { page } = await openMindmap({ storage: settingsStorage(llm.url) });
    await page.getByRole('combobox', { name: 'Make the map from' }).selectOption('topic');
    await page.getByRole('textbox', { name: 'Topic' }).fill('远程办公');
    await page.getByRole('button', { name: 'Generate map' }).click();
    await page.getByText('8 topics').waitFor();
    const pane: Record<string, string> = {};
    for (const [label, ext] of [
      ['.md', 'md'],
      ['SVG', 'svg'],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Download ${label}` }).click();
      pane[ext] = join(OUT_DIR, `mindmap-pane-topic.${ext}`);
      await (await download).saveAs(pane[ext]);
    }
    const dir = mkdtempSync(join(tmpdir(), 'mindmap-cli-e2e-'));
    // Apart: the .svg run keeps the model's Markdown beside it as map.md.
    for (const ext of ['md', 'svg']) mkdirSync(join(dir, ext));
    await withModelEnv(llm.url, dir, async () => {
      for (const ext of ['md', 'svg']) await mindmapAction(undefined, { output: join(dir, ext, `map.${ext}`), topic: '远程办公' });
    });
    expect(readFileSync(join(dir, 'md', 'map.md'), 'utf8')).toBe(readFileSync(pane.md, 'utf8'));
    expect(readFileSync(join(dir, 'svg', 'map.svg'), 'utf8')).toBe(readFileSync(pane.svg, 'utf8'));
  });

  it('downloads every export, and the HTML shows the map offline', async () => {
    const { page } = await openMindmap();
    await page.getByRole('textbox', { name: 'Mind map Markdown' }).fill(MAP);
    await page.getByText('8 topics').waitFor();
    const files: Record<string, string> = {};
    for (const [label, ext] of [
      ['.xmind', 'xmind'],
      ['.md', 'md'],
      ['OPML', 'opml'],
      ['SVG', 'svg'],
      ['PNG', 'png'],
      ['HTML', 'html'],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Download ${label}` }).click();
      const d = await download;
      expect(d.suggestedFilename()).toBe(`远程办公 Remote work.${ext}`);
      const path = join(OUT_DIR, `mindmap-export.${ext}`);
      await d.saveAs(path);
      files[ext] = path;
    }
    expect(readFileSync(files.xmind).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(files.png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(files.svg, 'utf8')).toContain('>固定作息</tspan>');
    expect(readFileSync(files.opml, 'utf8')).toContain('_note="时区不同"');
    expect(readFileSync(files.md, 'utf8')).toContain('## 挑战 Challenges');

    // The HTML file on its own, with every network request refused.
    const context = await e2e.browser.newContext({ viewport: { width: 1000, height: 700 } });
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const html = await context.newPage();
    const errors: string[] = [];
    html.on('pageerror', (e) => errors.push(e.message));
    await html.goto(`file://${files.html}`);
    const topics = () => html.locator('svg#mindmap foreignObject').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    await expect.poll(topics).toEqual(expect.arrayContaining(['远程办公 Remote work', '工具 Tools', '挑战 Challenges', '习惯 Habits']));
    // Let markmap's opening transition finish so the picture shows the laid-out map.
    await html.waitForTimeout(1000);
    await html.screenshot({ path: join(OUT_DIR, 'mindmap-offline-html.png') });
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

browser.describe('mind map panel in Office hosts (host double)', () => {
  it('maps the Word document from its heading levels, with no model', async () => {
    const paragraphs = [
      { text: '季度计划', styleBuiltIn: 'Heading1' },
      { text: '目标', styleBuiltIn: 'Heading2' },
      { text: '增长 20%', styleBuiltIn: 'ListParagraph', isListItem: true, level: 0, listString: '•' },
      { text: '风险', styleBuiltIn: 'Heading2' },
      { text: '人手不足', styleBuiltIn: 'Heading3' },
    ];
    const { page } = await openMindmap({ host: 'word', locale: 'zh-CN', requirementSets: { WordApi: '1.3' }, doubleState: { paragraphs, selection: [0] } });
    await page.getByRole('combobox', { name: '导图来源' }).selectOption('document');
    await page.getByRole('button', { name: '读取结构' }).click();
    await expect.poll(() => drawnTopics(page)).toEqual(expect.arrayContaining(['季度计划', '目标', '增长 20%', '风险', '人手不足']));
    expect(await page.getByRole('button', { name: '作为图片插入' }).isVisible()).toBe(true);
    await expect.poll(() => drawnTopics(page)).not.toContain('想法');
    await screenshot(page, 'mindmap-word-document');
  });

  it('maps the slides of the presentation: each slide a topic, its text below it', async () => {
    const slides = [
      { id: '256#', shapes: [{ id: '1', name: 'Title 1', text: '季度回顾' }] },
      {
        id: '257#',
        shapes: [
          { id: '2', name: 'Title 1', text: '成果' },
          { id: '3', name: 'Content Placeholder 2', text: '营收增长 20%\n新客户 30 家' },
        ],
      },
      { id: '258#', shapes: [{ id: '4', name: 'Title 1', text: '下一步' }] },
    ];
    const { page } = await openMindmap({ host: 'powerpoint', locale: 'zh-CN', requirementSets: { PowerPointApi: '1.4' }, doubleState: { slides } });
    await page.getByRole('combobox', { name: '导图来源' }).selectOption('slides');
    await page.getByRole('button', { name: '读取结构' }).click();
    await expect.poll(() => drawnTopics(page)).toEqual(expect.arrayContaining(['季度回顾', '成果', '营收增长 20%', '新客户 30 家', '下一步']));
  });

  it('inserts the map onto the current PowerPoint slide as a picture', async () => {
    const { page } = await openMindmap({ host: 'powerpoint', requirementSets: { PowerPointApi: '1.4', ImageCoercion: '1.1' } });
    await page.getByRole('textbox', { name: 'Mind map Markdown' }).fill(MAP);
    await page.getByText('8 topics').waitFor();
    await page.getByRole('button', { name: 'Insert as picture' }).click();
    await page.getByText('The map was inserted as a picture.').waitFor();
    const calls = await page.evaluate(
      () => (window as unknown as { __OFFICE_LOG__: { call: string; data: string; options: Record<string, number | string> }[] }).__OFFICE_LOG__,
    );
    const insert = calls.find((c) => c.call === 'setSelectedDataAsync');
    expect(insert?.options.coercionType).toBe('image');
    expect(insert?.data.startsWith('iVBORw0KGgo')).toBe(true); // a PNG, base64 without a data: prefix
    expect(Number(insert?.options.imageWidth)).toBeLessThanOrEqual(912);
    await screenshot(page, 'mindmap-powerpoint-inserted');
  });

  it('names what an opened .xmind has that the editor cannot hold, and what a picture leaves out (zh-CN)', async () => {
    const { page } = await openMindmap({ locale: 'zh-CN', viewport: { width: 350, height: 900 } });
    await page.getByRole('combobox', { name: '导图来源' }).selectOption({ label: '文件（.md、.txt、.docx、.xmind、.opml）' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '读取结构' }).click()]);
    // An XMind 8 file with labels, markers, a relationship, a summary and a floating topic (tests/fixtures/real/SOURCES.md).
    await chooser.setFiles('tests/fixtures/real/xmind/xmind8-features.xmind');
    const bar = page.getByText(/编辑器以 Markdown 保存导图/);
    await bar.waitFor();
    await expect(bar.innerText()).resolves.toContain('dsplus mindmap "xmind8-features.xmind" -o map.xmind');
    await page.getByText(/上的标签不在 Markdown 中；只有 \.xmind 能保留/).waitFor();
    await page.getByText(/条主题间的联系线不在 Markdown 中/).waitFor();
    await bar.scrollIntoViewIfNeeded();
    await screenshot(page, 'mindmap-xmind-not-kept-zh');

    // A link typed in the editor stays a link in .xmind, and an SVG says it drops it, naming the topic.
    await page.getByRole('textbox', { name: '思维导图 Markdown' }).fill('# 资料\n\n## [官网](https://example.com)\n- 简介\n');
    await page.getByText('3 个主题', { exact: true }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 SVG' }).click();
    await download;
    await page.getByText(/“官网”.*链接不在 \.svg 中/).waitFor();
    await expect(page.getByText(/编辑器以 Markdown 保存导图/).count()).resolves.toBe(0);
    expect(await axeSerious(page)).toEqual([]);
  });

  it('inserts the map as a picture after the Word selection, scaled to the text column', async () => {
    const { page } = await openMindmap({
      host: 'word',
      requirementSets: { WordApi: '1.3' },
      doubleState: { paragraphs: [{ text: 'Plan', styleBuiltIn: 'Normal' }], selection: [0] },
    });
    await page.getByRole('textbox', { name: 'Mind map Markdown' }).fill(MAP);
    await page.getByText('8 topics').waitFor();
    await page.getByRole('button', { name: 'Insert as picture' }).click();
    await page.getByText('The map was inserted as a picture.').waitFor();
    const calls = await page.evaluate(
      () =>
        (
          window as unknown as {
            __OFFICE_LOG__: { call: string; base64: string; loc: string; width: number; height: number; lockAspectRatio: boolean; altTextTitle: string }[];
          }
        ).__OFFICE_LOG__,
    );
    const pic = calls.find((c) => c.call === 'insertInlinePictureFromBase64');
    expect(pic?.base64.startsWith('iVBORw0KGgo')).toBe(true);
    expect(pic?.loc).toBe('After');
    expect(pic?.lockAspectRatio).toBe(true);
    expect(pic?.width).toBeGreaterThan(0);
    expect(pic?.width).toBeLessThanOrEqual(468);
    expect(pic?.altTextTitle).toContain('Remote');
  });

  it('follows a dark Office theme', async () => {
    const { page } = await openMindmap({ host: 'excel', dark: true, requirementSets: { ExcelApi: '1.1' } });
    await expect.poll(() => drawnTopics(page)).toContain('Ideas');
    const color = await page
      .locator('[data-testid="mindmap-view"] foreignObject div')
      .first()
      .evaluate((e) => getComputedStyle(e).color);
    // Light text on the dark pane, not markmap's default #333.
    const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeGreaterThan(3 * 160);
    // Let markmap's opening transition finish so the picture shows the laid-out map.
    await page.waitForTimeout(1000);
    await screenshot(page, 'mindmap-excel-dark');
  });

  it('says which requirement set is missing when PowerPoint cannot take a picture', async () => {
    const { page } = await openMindmap({ host: 'powerpoint', requirementSets: { PowerPointApi: '1.4' } });
    await page.getByRole('button', { name: 'Insert as picture' }).click();
    await page.getByText('ImageCoercion 1.1', { exact: false }).waitFor();
  });
});
