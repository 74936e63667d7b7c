import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockHandler, type MockLlm } from '../support/mock-llm';

// The built pane in standalone mode, talking to the mock model server running in this test process.
let e2e: E2E;
let llm: MockLlm;
let noCors: MockLlm;

const handler: MockHandler = (body) => {
  const q = String(body.messages.at(-1)?.content ?? '');
  if (q.includes('xss')) {
    return { content: 'Look: <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [x](javascript:window.__pwned=3)\n\n**bold** stays.' };
  }
  if (q.includes('slow')) return { content: 'word '.repeat(400), chunkSize: 5, chunkDelayMs: 25 };
  if (q.includes('balance')) return { status: 402 };
  if (q.includes('think'))
    return { reasoning: 'The user wants a list. 列出三点。', content: '## Plan\n\n1. **First** step\n2. Second\n3. Third', chunkSize: 4, chunkDelayMs: 5 };
  return { content: `Echo: ${q}` };
};

beforeAll(async () => {
  llm = await startMockLlm(handler, { models: ['mock-flash', 'mock-reasoner'] });
  noCors = await startMockLlm(undefined, { cors: false });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
  await noCors?.close();
});

async function openAsk(locale = 'en-US'): Promise<Page> {
  const { page } = await e2e.open({ locale, storage: settingsStorage(llm.url, { maskSensitive: true }) });
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '问答' : 'Ask' }).click();
  await page.getByLabel(locale === 'zh-CN' ? '你的问题' : 'Your question').waitFor();
  return page;
}

async function ask(page: Page, question: string) {
  await page.getByLabel('Your question').fill(question);
  await page.getByRole('button', { name: 'Send' }).click();
}

browser.describe('Ask panel (standalone, against the mock model server)', () => {
  it('streams a deep-thinking answer as Markdown with collapsible reasoning and a usage line', async () => {
    const page = await openAsk();
    await page.getByRole('radio', { name: 'Deep thinking' }).check();
    await ask(page, 'think about a plan');
    const answer = page.getByTestId('ask-answer').last();
    await answer.locator('h2', { hasText: 'Plan' }).waitFor();
    await page.getByTestId('ask-usage').waitFor();
    await expect(answer.locator('ol li').count()).resolves.toBe(3);
    await expect(answer.locator('strong').innerText()).resolves.toBe('First');
    // Reasoning is collapsed by default and opens on demand.
    await expect(page.getByTestId('ask-reasoning').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /Reasoning \(\d+ characters\)/ }).click();
    await expect(page.getByTestId('ask-reasoning').innerText()).resolves.toContain('列出三点');
    await expect(page.getByTestId('ask-usage').innerText()).resolves.toMatch(/Tokens: \d+ in/);
    await expect(page.getByRole('button', { name: 'Insert into document' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Copy' }).isVisible()).resolves.toBe(true);
    const last = llm.requests.at(-1)!;
    expect(last.model).toBe('mock-reasoner');
    expect(last).not.toHaveProperty('temperature');
    await screenshot(page, 'ask-deep-answer');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('Stop ends the stream, keeps the partial answer and says so', async () => {
    const page = await openAsk();
    const before = llm.disconnects;
    await ask(page, 'slow answer please');
    await page.getByTestId('ask-answer').last().filter({ hasText: 'word' }).waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Stopped. The answer above is partial.').waitFor();
    const text = await page.getByTestId('ask-answer').last().innerText();
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan('word '.repeat(400).length);
    await expect(page.getByRole('button', { name: 'Send' }).isVisible()).resolves.toBe(true);
    await expect.poll(() => llm.disconnects).toBeGreaterThan(before);
    await screenshot(page, 'ask-stopped');
  });

  it('shows the error sentence for an exhausted balance', async () => {
    const page = await openAsk();
    await ask(page, 'balance check');
    await page.getByRole('alert').filter({ hasText: 'Your account balance is used up' }).waitFor();
    await screenshot(page, 'ask-error-402');
  });

  it('renders an answer carrying <img onerror>, <script> and javascript: links inert', async () => {
    const page = await openAsk();
    await ask(page, 'xss test');
    const answer = page.getByTestId('ask-answer').last();
    await answer.locator('strong', { hasText: 'bold' }).waitFor();
    await expect(answer.locator('img, script').count()).resolves.toBe(0);
    await expect(answer.locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(answer.innerText()).resolves.toContain('<img src=x onerror=');
  });

  it('shows what will be masked before sending, and the provider only sees placeholders', async () => {
    const page = await openAsk();
    await page.getByLabel('Your question').fill('My phone is 13812345678');
    await expect(page.getByTestId('ask-mask-state').innerText()).resolves.toContain('1 phone');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('ask-answer').last().filter({ hasText: 'Echo: My phone is 13812345678' }).waitFor();
    expect(llm.requests.at(-1)!.messages.at(-1)!.content).toBe('My phone is [PHONE_1]');
    await screenshot(page, 'ask-masked');
  });

  it('fills the question from the prompt library and the RTGO builder (zh-CN, dark)', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', dark: true, storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: '问答' }).click();
    await page.getByRole('button', { name: '提示词库' }).click();
    await page.getByRole('button', { name: '周报' }).click();
    await expect.poll(() => page.getByLabel('你的问题').inputValue()).toContain('本周完成');
    await page.getByRole('button', { name: '提示词构建（RTGO / CO-STAR）' }).click();
    await page.getByLabel('角色').fill('资深 HR');
    await page.getByLabel('任务').fill('写招聘启事');
    await page.getByRole('button', { name: '使用这个提示词' }).click();
    // The builder's text lands with the next render: wait for it rather than reading once.
    await expect.poll(() => page.getByLabel('你的问题').inputValue()).toBe('## 角色\n资深 HR\n\n## 任务\n写招聘启事');
    await screenshot(page, 'ask-library-zh');
    await page.getByRole('radio', { name: '深度思考' }).check();
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByTestId('ask-usage').waitFor();
    await screenshot(page, 'ask-answer-zh-dark');
  });

  it('a server that does not allow the add-in origin gets the CORS sentence and the provider’s fix', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(noCors.url, { provider: 'ollama' }) });
    await page.getByRole('tab', { name: 'Ask' }).click();
    await ask(page, 'hello');
    await page.getByRole('alert').filter({ hasText: 'does not allow this add-in' }).waitFor();
    await page.getByText('OLLAMA_ORIGINS', { exact: false }).waitFor();
    // …or the local relay, with the exact command for this provider, URL and origin.
    await page.getByText(`npx dsplus relay --provider ollama --base-url ${noCors.url} --allow-origin ${e2e.baseUrl}`, { exact: false }).waitFor();
    await expect(page.getByLabel('Your question').inputValue()).resolves.toBe('hello');
    await screenshot(page, 'ask-cors');
  });

  it('Test connection in Settings lists the models and offers them in both model fields', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByTestId('connection-ok').waitFor();
    await page.getByText('Models (2): mock-flash, mock-reasoner').waitFor();
    const suggestions = await page.getByTestId('model-suggestions').evaluate((d) => [...(d as HTMLDataListElement).options].map((o) => o.value));
    expect(suggestions).toEqual(['mock-flash', 'mock-reasoner']);
    const lists = await page.getByLabel('Model for 深度思考 (deep thinking)').evaluate((i) => (i as HTMLInputElement).list?.id);
    expect(lists).toBe(await page.getByTestId('model-suggestions').getAttribute('id'));
    await screenshot(page, 'ask-connection-test');
  });

  it('in Word, Insert puts the formatted answer into the document next to the selection', async () => {
    const { page } = await e2e.open({
      host: 'word',
      locale: 'en-US',
      storage: settingsStorage(llm.url),
      requirementSets: { WordApi: '1.3' },
      doubleState: { paragraphs: [{ text: 'Intro' }, { text: 'Selected paragraph' }], selection: [1] },
    });
    await page.getByRole('tab', { name: 'Ask' }).click();
    await ask(page, 'think about a plan');
    await page.getByTestId('ask-usage').waitFor();
    await page.getByRole('button', { name: 'Insert into document' }).click();
    await page.getByRole('status').filter({ hasText: 'Inserted into the document.' }).waitFor();
    // Word's own structures, after the selection, as one titled block: no HTML import.
    const tree = await page.evaluate(() => (window as unknown as { __WORD_TREE__: () => unknown[] }).__WORD_TREE__());
    expect(tree).toEqual([
      { type: 'paragraph', style: 'Normal', text: 'Intro' },
      { type: 'paragraph', style: 'Normal', text: 'Selected paragraph' },
      {
        type: 'contentControl',
        tag: expect.stringMatching(/^dsplus:answer:/),
        title: 'DeepSeek+ · Answer',
        appearance: 'BoundingBox',
        children: [
          { type: 'paragraph', style: 'Heading2', text: 'Plan' },
          {
            type: 'listItem',
            style: 'ListParagraph',
            text: 'First step',
            level: 0,
            kind: 'number',
            list: 1,
            runs: [{ text: 'First', bold: true }, { text: ' step' }],
          },
          { type: 'listItem', style: 'ListParagraph', text: 'Second', level: 0, kind: 'number', list: 1 },
          { type: 'listItem', style: 'ListParagraph', text: 'Third', level: 0, kind: 'number', list: 1 },
        ],
      },
    ]);
    const calls = await page.evaluate(() => (window as unknown as { __OFFICE_LOG__: { call: string }[] }).__OFFICE_LOG__.map((e) => e.call));
    expect(calls).not.toContain('insertHtml');
    await screenshot(page, 'ask-word-inserted');
  });
});
