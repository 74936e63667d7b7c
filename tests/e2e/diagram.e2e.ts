import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { axeSerious, browser, OUT_DIR, screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { randomFlowchart } from '../unit/diagram/fixtures';
import { CONTENT_PLACEHOLDER, TITLE_PLACEHOLDER } from '../support/slide-placeholders';

const FLOW = 'flowchart TD\n  A[提交报销申请] --> B{金额超过 5000 元？}\n  B -->|是| C[总经理审批]\n  B -->|否| D[部门经理审批]\n  C --> E([打款])\n  D --> E';

let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  e2e = await startE2E();
  llm = await startMockLlm(() => ({ content: `好的，流程图如下：\n\`\`\`mermaid\n${FLOW}\n\`\`\`\n希望有帮助！`, chunkSize: 9, chunkDelayMs: 5 }));
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

/** Texts the preview's SVG shows. */
function drawnTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="diagram-preview"] text').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

async function openDiagram(opts: Parameters<E2E['open']>[0] = {}) {
  const { page, context } = await e2e.open({ viewport: { width: 1100, height: 900 }, ...opts });
  await page.getByRole('tab', { name: /^(Diagram|图表)$/ }).click();
  await page.getByRole('textbox', { name: 'Mermaid' }).waitFor();
  return { page, context };
}

browser.describe('diagram panel (standalone)', () => {
  it('redraws the preview when Mermaid is pasted, names lines it left out, and downloads every format', async () => {
    const { page } = await openDiagram();
    await expect.poll(() => drawnTexts(page)).toContain('Submit the request');
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(`${FLOW}\n  this is not mermaid!`);
    await expect.poll(() => drawnTexts(page)).toEqual(expect.arrayContaining(['提交报销申请', '总经理审批', '是', '否']));
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByText('Line 7 was not understood and was left out: this is not mermaid!').waitFor();
    await screenshot(page, 'diagram-standalone-preview');
    expect(await axeSerious(page)).toEqual([]);

    const saved: Record<string, string> = {};
    for (const [label, ext] of [
      ['.pptx', 'pptx'],
      ['SVG', 'svg'],
      ['PNG', 'png'],
      ['.drawio', 'drawio'],
      ['.mmd', 'mmd'],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Download ${label}` }).click();
      const d = await download;
      expect(d.suggestedFilename()).toBe(`diagram.${ext}`);
      saved[ext] = join(OUT_DIR, `diagram-download.${ext}`);
      await d.saveAs(saved[ext]);
    }
    const zip = await JSZip.loadAsync(readFileSync(saved.pptx));
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect((slide.match(/name="dsp-node-\d+"/g) ?? []).length).toBe(5);
    // One connector or line per edge, each named for its edge.
    expect((slide.match(/name="dsp-edge-\d+"/g) ?? []).length).toBe(5);
    expect((slide.match(/<p:cxnSp>/g) ?? []).length).toBeGreaterThan(0);
    expect(readFileSync(saved.svg, 'utf8')).toContain('>总经理审批</tspan>');
    expect(readFileSync(saved.png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(saved.drawio, 'utf8')).toContain('<mxfile');
    expect(readFileSync(saved.mmd, 'utf8')).toContain('B -->|是| C[总经理审批]');
  });

  it('keeps the last drawing and says what is wrong while the text does not parse', async () => {
    const { page } = await openDiagram({ locale: 'zh-CN' });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill('sequenceDiagram\n  A->>B: hi');
    await page.getByText('这是 Mermaid 的 sequenceDiagram', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '下载 .pptx' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '时间线' }).click();
    await expect.poll(() => drawnTexts(page)).toContain('项目计划');
  });

  it('lays a 300-box diagram out in a worker: an edit made meanwhile is taken at once and the big layout is dropped', async () => {
    const { page } = await openDiagram();
    const editor = page.getByRole('textbox', { name: 'Mermaid' });
    const preview = page.locator('[data-testid="diagram-preview"]');
    await expect.poll(() => drawnTexts(page)).toContain('Submit the request');
    // Every count the panel ever shows, and the preview's busy flag whenever the editor takes an edit.
    await page.evaluate(() => {
      const w = window as unknown as { __counts: string[]; __busyAtInput: string[] };
      w.__counts = [];
      w.__busyAtInput = [];
      new MutationObserver(() => {
        const m = /\d+ boxes, \d+ lines/.exec(document.body.innerText);
        if (m && w.__counts.at(-1) !== m[0]) w.__counts.push(m[0]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      document.addEventListener(
        'input',
        () => w.__busyAtInput.push(String(document.querySelector('[data-testid="diagram-preview"]')?.getAttribute('aria-busy'))),
        true,
      );
    });
    await editor.fill(randomFlowchart(300, false));
    await expect.poll(() => preview.getAttribute('aria-busy')).toBe('true');
    await editor.fill('flowchart LR\n  A[Draft] --> B[Sign] --> C[Send]');
    await page.getByText('3 boxes, 2 lines').waitFor();
    await expect.poll(() => drawnTexts(page)).toEqual(['Draft', 'Sign', 'Send']);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __counts: string[]; __busyAtInput: string[] };
      return { __counts: w.__counts, __busyAtInput: w.__busyAtInput };
    });
    // The edit reached the editor while the big layout was still running, and that layout was never drawn.
    expect(seen.__busyAtInput.at(-1)).toBe('true');
    expect(seen.__counts.some((c) => c.startsWith('300 boxes'))).toBe(false);
    expect(page.workers().some((w) => /elk-worker/.test(w.url()))).toBe(true);
    expect(await preview.getAttribute('aria-busy')).toBe('false');
  });

  it('fits a 320 px pane without sideways scrolling', async () => {
    const { page } = await openDiagram({ viewport: { width: 320, height: 800 } });
    await expect.poll(() => drawnTexts(page)).toContain('Submit the request');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'diagram-320px');
  });

  it('at 320 px in Chinese, the Deep thinking switch beside Kind lines up with the dropdown, not with its label', async () => {
    const { page } = await openDiagram({ locale: 'zh-CN', storage: settingsStorage(llm.url), viewport: { width: 320, height: 800 } });
    const select = (await page.getByRole('combobox', { name: '类型' }).boundingBox())!;
    const toggle = (await page.getByRole('switch', { name: '深度思考' }).boundingBox())!;
    // Side by side on one row, their middles level (centred on the field's label and box together, the
    // switch sat 13 px higher).
    expect(toggle.x).toBeGreaterThan(select.x + select.width - 1);
    expect(Math.abs(toggle.y + toggle.height / 2 - (select.y + select.height / 2))).toBeLessThanOrEqual(4);
  });

  it('has the model write the Mermaid from a description, chatter and fence removed', async () => {
    const { page } = await openDiagram({ storage: settingsStorage(llm.url) });
    await page.getByRole('textbox', { name: 'Describe the diagram' }).fill('报销审批流程');
    await page.getByRole('button', { name: 'Write Mermaid' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Mermaid' }).inputValue()).toBe(FLOW);
    await expect.poll(() => drawnTexts(page)).toContain('部门经理审批');
    expect(llm.requests.at(-1)?.messages.at(-1)?.content).toContain('报销审批流程');
    await screenshot(page, 'diagram-generated');
  });
});

browser.describe('diagram panel in Office hosts (host double)', () => {
  it('inserts the diagram into PowerPoint as a slide of its own', async () => {
    const { page } = await openDiagram({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.5' },
      doubleState: { slides: ['256#', '257#'], selected: ['256#'] },
    });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(FLOW);
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByRole('button', { name: 'Insert as slide' }).click();
    await page.getByText('The diagram is on a new slide after the current one', { exact: false }).waitFor();
    const ppt = await page.evaluate(
      () =>
        (
          window as unknown as {
            __PPT__: { slides: string[]; inserted: Array<{ head: string; options: { targetSlideId?: string; formatting?: string }; slides: number }> };
          }
        ).__PPT__,
    );
    expect(ppt.inserted).toHaveLength(1);
    expect(ppt.inserted[0]).toMatchObject({ slides: 1, options: { targetSlideId: '256#', formatting: 'KeepSourceFormatting' } });
    expect(ppt.inserted[0].head.startsWith('UEsDB')).toBe(true); // a zip, base64 without a data: prefix
    expect(ppt.slides).toHaveLength(3);
    expect(ppt.slides[0]).toBe('256#');
    await screenshot(page, 'diagram-powerpoint-inserted');
  });

  it('draws the diagram on the current slide, in its empty content placeholder, leaving the title as it was', async () => {
    const title = TITLE_PLACEHOLDER;
    const body = CONTENT_PLACEHOLDER;
    const { page } = await openDiagram({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.8' },
      doubleState: { slides: [{ id: '256#', shapes: [title, body] }, '257#'], selected: ['256#'] },
    });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(FLOW);
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByRole('button', { name: 'Insert on this slide' }).click();
    await page.getByText('The diagram is on the current slide, in its empty placeholder “Content Placeholder 2” (828 × 344 pt', { exact: false }).waitFor();
    type Rec = { name: string; type: string; text?: string; left: number; top: number; width: number; height: number; children?: Rec[] };
    const ppt = await page.evaluate(() => (window as unknown as { __PPT__: { slides: string[]; inserted: unknown[]; shapes: Record<string, Rec[]> } }).__PPT__);
    expect(ppt.inserted).toEqual([]); // no slide was added
    expect(ppt.slides).toEqual(['256#', '257#']);
    const [keptTitle, keptBody, group] = ppt.shapes['256#'];
    expect(keptTitle).toEqual(title);
    expect(keptBody).toEqual(body);
    expect(group.type).toBe('Group');
    const boxes = group.children!.filter((s) => s.name.startsWith('dsp-node-'));
    expect(boxes.map((s) => s.text)).toEqual(['提交报销申请', '金额超过 5000 元？', '总经理审批', '部门经理审批', '打款']);
    for (const s of group.children!) {
      expect(s.left).toBeGreaterThanOrEqual(body.left - 0.01);
      expect(s.top + s.height).toBeLessThanOrEqual(body.top + body.height + 0.01);
    }
    expect(ppt.shapes['257#'] ?? []).toEqual([]);
    await screenshot(page, 'diagram-powerpoint-on-slide');
  });

  it('draws the diagram in the free area below a title when the slide has no empty placeholder, and says so', async () => {
    const { page } = await openDiagram({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.8' },
      doubleState: { slides: [{ id: '256#', shapes: [TITLE_PLACEHOLDER] }], selected: ['256#'] },
    });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(FLOW);
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByRole('button', { name: 'Insert on this slide' }).click();
    await page.getByText('The diagram is on the current slide, in its free area (', { exact: false }).waitFor();
    type Rec = { type: string; top: number };
    const shapes = await page.evaluate(() => (window as unknown as { __PPT__: { shapes: Record<string, Rec[]> } }).__PPT__.shapes['256#']);
    expect(shapes[0]).toEqual(TITLE_PLACEHOLDER);
    expect(shapes[1].type).toBe('Group');
    expect(shapes[1].top).toBeGreaterThanOrEqual(TITLE_PLACEHOLDER.top + TITLE_PLACEHOLDER.height);
  });

  it('says the current slide is too full and draws nothing there', async () => {
    const picture = { id: '4', name: 'Picture 3', type: 'Image', left: 20, top: 20, width: 920, height: 500 };
    const { page } = await openDiagram({
      host: 'powerpoint',
      requirementSets: { PowerPointApi: '1.8' },
      doubleState: { slides: [{ id: '256#', shapes: [picture] }], selected: ['256#'] },
    });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(FLOW);
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByRole('button', { name: 'Insert on this slide' }).click();
    await page.getByText('The slide has no free room for the diagram.', { exact: false }).waitFor();
    const shapes = await page.evaluate(() => (window as unknown as { __PPT__: { shapes: Record<string, unknown[]> } }).__PPT__.shapes['256#']);
    expect(shapes).toEqual([picture]);
  });

  it('inserts the diagram into Word as a picture whose alt text holds the Mermaid', async () => {
    const { page } = await openDiagram({
      host: 'word',
      requirementSets: { WordApi: '1.3' },
      doubleState: { paragraphs: [{ text: 'Plan', styleBuiltIn: 'Normal' }], selection: [0] },
    });
    await page.getByRole('textbox', { name: 'Mermaid' }).fill(FLOW);
    await page.getByText('5 boxes, 5 lines').waitFor();
    await page.getByRole('button', { name: 'Insert as picture' }).click();
    await page.getByText('The diagram was inserted as a picture', { exact: false }).waitFor();
    const calls = await page.evaluate(
      () => (window as unknown as { __OFFICE_LOG__: Array<{ call: string; base64: string; width: number; altTextDescription: string }> }).__OFFICE_LOG__,
    );
    const pic = calls.find((c) => c.call === 'insertInlinePictureFromBase64');
    expect(pic?.base64.startsWith('iVBORw0KGgo')).toBe(true);
    expect(pic?.width).toBeLessThanOrEqual(468);
    expect(pic?.altTextDescription).toBe(FLOW);
  });
});
