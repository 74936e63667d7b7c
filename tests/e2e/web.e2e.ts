import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axeSerious, browser, screenshot, settingsStorage, startE2E, type E2E } from '../support/e2e';
import { mockSearchResults, startMockLlm, type MockLlm } from '../support/mock-llm';

// 联网搜索 in the Ask panel (sources picked, answer checked, footnotes in Word), and PDFs and scans opened
// in the pane (pdf.js with its worker under a script-src 'self' policy; OCR only after a yes).
let e2e: E2E;
let llm: MockLlm;

interface WordDoc {
  paragraphs: { text: string }[];
  footnotes: { text: string; anchor: string; p: { text: string } }[];
}

beforeAll(async () => {
  llm = await startMockLlm((body) => {
    const system = String(body.messages[0]?.content ?? '');
    if (/search queries/.test(system)) return { content: JSON.stringify({ queries: ['carbon neutrality basics'] }) };
    if (/numbered web sources/.test(system))
      return { content: 'Carbon neutrality balances emissions and removals [1]. China aims for it before 2060 [2].', chunkSize: 6 };
    return { content: `Echo: ${String(body.messages.at(-1)?.content).slice(0, 60)}` };
  });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

async function askWithWeb(wordApi: string): Promise<Page> {
  const { page } = await e2e.open({
    host: 'word',
    storage: settingsStorage(llm.url, { searchBackend: 'deepseek' }),
    requirementSets: { WordApi: wordApi },
    doubleState: { paragraphs: [{ text: 'My notes' }], selection: [0] },
  });
  await page.getByRole('tab', { name: 'Ask' }).click();
  await page.getByRole('switch', { name: 'Search the web' }).check();
  await page.getByLabel('Your question').fill('What is carbon neutrality?');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('web-sources-picker').waitFor();
  return page;
}

browser.describe('Ask with 联网搜索 (Word host double, local model and search server)', () => {
  it('shows the sources to untick, answers from the kept ones, lists them, and inserts footnotes into Word', async () => {
    const page = await askWithWeb('1.5');
    const results = mockSearchResults('carbon neutrality basics');
    await expect(page.getByRole('checkbox').count()).resolves.toBe(3);
    // Nothing was fetched from the results' sites: the pane shows them, it does not load them.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await screenshot(page, 'web-ask-sources-picker');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('checkbox', { name: `[2] ${String(results[1].title)}` }).uncheck();
    await page.getByRole('button', { name: 'Write with 2 source(s)' }).click();
    const answer = page.getByTestId('ask-answer').last();
    await answer.filter({ hasText: 'before 2060 [2]' }).waitFor();
    const list = page.getByTestId('web-sources');
    await expect(list.getByRole('link').allInnerTexts()).resolves.toEqual([String(results[0].title), String(results[2].title)]);
    await expect(list.getByRole('link').first().getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(list.getByRole('link').first().getAttribute('target')).resolves.toBe('_blank');
    await expect(list.innerText()).resolves.toContain('Example 1 · 2026-01-01');
    // The model got the two kept sources, renumbered, as data; the unticked one never reached it.
    const sent = String(llm.requests.at(-1)?.messages.at(-1)?.content);
    expect(sent).toContain(`<source n="2" title="${String(results[2].title)}"`);
    expect(sent).not.toContain(String(results[1].url));
    expect(requested.filter((u) => u.startsWith('https://example.org'))).toEqual([]);
    await screenshot(page, 'web-ask-answer-with-sources');

    await page.getByRole('button', { name: 'Insert into document' }).click();
    await page.getByRole('status').filter({ hasText: 'Inserted with 2 footnote(s).' }).waitFor();
    const doc = await page.evaluate(() => (window as unknown as { __WORD_DOC__: WordDoc }).__WORD_DOC__);
    expect(doc.footnotes.map((f) => [f.anchor, f.text])).toEqual([
      ['[1]', `${String(results[0].title)}. Example 1, 2026-01-01. ${String(results[0].url)}`],
      ['[2]', `${String(results[2].title)}. Example 3, 2026-03-01. ${String(results[2].url)}`],
    ]);
    // The bracket text is gone; the reference marks sit where the citations were.
    expect(doc.paragraphs.map((p) => p.text)).toContain('Carbon neutrality balances emissions and removals . China aims for it before 2060 .');
    expect(doc.paragraphs.map((p) => p.text)).toContain('My notes');
  });

  it('without WordApi 1.5 the answer keeps its [n] and a References list follows it', async () => {
    const page = await askWithWeb('1.3');
    await page.getByRole('button', { name: 'Write with 3 source(s)' }).click();
    await page.getByTestId('web-sources').waitFor();
    await page.getByRole('button', { name: 'Insert into document' }).click();
    await page.getByRole('status').filter({ hasText: 'Inserted with a references list' }).waitFor();
    const texts = await page.evaluate(() => (window as unknown as { __WORD_DOC__: WordDoc }).__WORD_DOC__.paragraphs.map((p) => p.text));
    expect(texts).toContain('Carbon neutrality balances emissions and removals [1]. China aims for it before 2060 [2].');
    expect(texts).toContain('References');
    expect(texts.some((t) => t.startsWith('carbon neutrality basics — source 1. Example 1, 2026-01-01.'))).toBe(true);
  });

  it('Cancel in the picker sends nothing more and gives the question back', async () => {
    const page = await askWithWeb('1.5');
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('ask-turn').count()).resolves.toBe(0);
    await expect(page.getByLabel('Your question').inputValue()).resolves.toBe('What is carbon neutrality?');
    expect(llm.requests.length).toBe(before);
  });
});

browser.describe('总结这个网页: a link in the question', () => {
  it('is offered for reading, read through the Fetch API only on a click, and attached to the question', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url, { searchBackend: 'deepseek' }) });
    await page.getByRole('tab', { name: '问答' }).click();
    const before = llm.toolRequests.length;
    await page.getByLabel('你的问题').fill('总结这个网页 https://example.org/notice');
    const address = page.getByRole('textbox', { name: '网页地址' });
    await expect(address.inputValue()).resolves.toBe('https://example.org/notice');
    // Typing the link fetched nothing.
    expect(llm.toolRequests.length).toBe(before);
    await page.getByRole('button', { name: '读取网页' }).click();
    await page.getByTestId('ask-attachment').filter({ hasText: 'https://example.org/notice' }).waitFor();
    expect(llm.toolRequests.at(-1)).toMatchObject({ tool: 'fetch', body: { url: 'https://example.org/notice' } });
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByTestId('ask-answer').last().filter({ hasText: 'Echo' }).waitFor();
    expect(String(llm.requests.at(-1)?.messages.at(-1)?.content)).toContain('The text of https://example.org/notice.');
  });
});

const FIXTURES = resolve('tests/fixtures/real/pdf');

/** The pane served with a Content-Security-Policy whose script-src is 'self' (plus Office's CDN and the inline bootstrap). */
async function withStrictCsp(context: BrowserContext, page: Page): Promise<void> {
  await context.route('**/taskpane/index.html', async (route) => {
    const res = await route.fetch();
    const html = await res.text();
    const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    );
    const csp = [
      `default-src 'self'`,
      `script-src 'self' https://appsforoffice.microsoft.com ${hashes.join(' ')}`,
      `style-src 'self' 'unsafe-inline'`,
      `img-src 'self' data: blob:`,
      `font-src 'self' data:`,
      `connect-src 'self' ${llm.url}`,
    ].join('; ');
    await route.fulfill({ response: res, body: html, headers: { ...res.headers(), 'content-security-policy': csp } });
  });
  await page.reload();
  await page.getByRole('tablist').waitFor();
}

async function openPdf(page: Page, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles({ name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg', buffer: readFileSync(resolve(FIXTURES, name)) });
}

browser.describe('PDFs and scans in the pane', () => {
  it('a text PDF is read locally by pdf.js, its worker running under script-src self', async () => {
    const { page, context } = await e2e.open({ storage: settingsStorage(llm.url) });
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    await withStrictCsp(context, page);
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('radio', { name: 'A document' }).check();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // What the page itself refused while starting (the office.js onerror attribute) is the CSP issue's,
    // not the PDF reader's: only what happens from here on counts.
    violations.length = 0;
    await openPdf(page, 'report-zh.pdf');
    const doc = page.getByRole('textbox', { name: 'Document text' });
    await expect.poll(() => doc.inputValue(), { timeout: 30_000 }).toContain('## 二、存在的问题');
    expect(await doc.inputValue()).toContain('# 2026 年第三季度工作报告');
    // pdf.js and its worker came from the pane's own origin, and only when the PDF was opened.
    expect(requests.some((u) => /pdf\.worker\.min-[\w-]+\.js$/.test(u))).toBe(true);
    expect(violations).toEqual([]);
    expect(llm.toolRequests.filter((t) => t.tool === 'ocr')).toHaveLength(0);
    await screenshot(page, 'web-slides-pdf-opened');
  });

  it('Chinese text in a font the PDF does not embed reads through CMaps served by the pane itself', async () => {
    const { page, context } = await e2e.open({ storage: settingsStorage(llm.url) });
    await withStrictCsp(context, page);
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('radio', { name: 'A document' }).check();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openPdf(page, 'notice-zh-cmap.pdf');
    const doc = page.getByRole('textbox', { name: 'Document text' });
    await expect.poll(() => doc.inputValue(), { timeout: 30_000 }).toContain('会议纪要：项目进度良好');
    // The CMap came from the pane's own origin; nothing was sent for OCR.
    expect(requests.some((u) => u.startsWith(new URL(page.url()).origin) && /\/pdfjs\/cmaps\/UniGB-UCS2-H\.bcmap$/.test(u))).toBe(true);
    expect(llm.toolRequests.filter((t) => t.tool === 'ocr')).toHaveLength(0);
  });

  it('a password-protected PDF asks for its password, says when it is wrong, and opens with the right one', async () => {
    const { page } = await e2e.open({ storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('radio', { name: 'A document' }).check();
    await openPdf(page, 'password.pdf');
    const ask = page.getByTestId('pdf-password');
    await ask.getByText('“password.pdf” is protected with a password.').waitFor();
    await ask.getByLabel('Password').fill('not-it');
    await ask.getByLabel('Password').press('Enter');
    await ask.getByText('That password does not open “password.pdf”.').waitFor();
    await screenshot(page, 'web-pdf-password-wrong');
    await ask.getByLabel('Password').fill('openpassword');
    await ask.getByRole('button', { name: 'Open' }).click();
    const doc = page.getByRole('textbox', { name: 'Document text' });
    await expect.poll(() => doc.inputValue(), { timeout: 30_000 }).toContain('Lorem ipsum dolor sit amet');
    await expect(ask.count()).resolves.toBe(0);
    // The password is not kept anywhere the pane stores things.
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(stored).not.toContain('openpassword');
  });

  it('without a search service the switch is off and greyed, and its sentence says none is set up (not that search is on)', async () => {
    const { page } = await e2e.open({ locale: 'en-US', storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: 'Ask' }).click();
    const web = page.getByRole('switch', { name: 'Search the web' });
    await expect(web.isDisabled()).resolves.toBe(true);
    await expect(web.isChecked()).resolves.toBe(false);
    await page.getByText('No web search is set up. In Settings, choose DeepSeek Search (with a DeepSeek key) or enter a SearXNG address.').waitFor();
    await expect(page.getByText(/Search the web is on/).count()).resolves.toBe(0);
  });

  it('Cancel on the password question leaves the document text as it was and shows no error', async () => {
    const { page } = await e2e.open({ storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('radio', { name: 'A document' }).check();
    const doc = page.getByRole('textbox', { name: 'Document text' });
    await doc.fill('# Kept');
    await openPdf(page, 'password.pdf');
    await page.getByTestId('pdf-password').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('pdf-password').count()).resolves.toBe(0);
    expect(await doc.inputValue()).toBe('# Kept');
    await expect(page.getByText(/protected with a password/).count()).resolves.toBe(0);
  });

  it('a scan asks before OCR with pages and price; No sends nothing, Send reads it', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN', storage: settingsStorage(llm.url) });
    await page.getByRole('tab', { name: '幻灯片' }).click();
    await page.getByRole('radio', { name: '文档' }).check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await chooser.setFiles({ name: 'scan-zh.pdf', mimeType: 'application/pdf', buffer: readFileSync(resolve(FIXTURES, 'scan-zh.pdf')) });
    const consent = page.getByTestId('ocr-consent');
    await consent.waitFor();
    await expect(consent.innerText()).resolves.toContain('“scan-zh.pdf”是扫描件（没有文字层）。要把它的 1 页发送给 DeepSeek OCR 识别吗？约 ¥0.00150。');
    await screenshot(page, 'web-ocr-consent');
    const before = llm.toolRequests.length;
    await page.getByRole('button', { name: '不发送' }).click();
    await page.getByText('未使用 OCR，因此没有读取“scan-zh.pdf”。尚未发送任何内容。').waitFor();
    expect(llm.toolRequests.length).toBe(before);

    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await again.setFiles({ name: 'scan-zh.pdf', mimeType: 'application/pdf', buffer: readFileSync(resolve(FIXTURES, 'scan-zh.pdf')) });
    await page.getByRole('button', { name: /发送识别/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: '文档内容' }).inputValue(), { timeout: 30_000 }).toContain('扫描件标题');
    expect(llm.toolRequests.at(-1)).toMatchObject({ tool: 'ocr', body: { fields: ['file', 'purpose'], fileName: 'scan-zh.pdf' } });
  });
});
