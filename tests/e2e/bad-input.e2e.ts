import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { axeSerious, browser, type E2E, type PaneOptions, screenshot, settingsStorage, startE2E } from '../support/e2e';
import { startMockLlm, type MockHandler, type MockLlm } from '../support/mock-llm';
import { overflowing } from '../support/pane-fit';

// A demanding user against the finished panels (Slides, Writing, Ask, Settings), standalone: bad input gets
// a clear sentence and changes nothing. One browser, one mock model server whose answer each step scripts.

let e2e: E2E;
let llm: MockLlm;
let reply: MockHandler = () => ({ content: 'ok' });

beforeAll(async () => {
  llm = await startMockLlm((body, i) => reply(body, i));
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

// Tall enough that a full-page screenshot shows the whole panel (the pane scrolls inside <main>).
const TALL = { width: 420, height: 1400 };
const REFUSAL = '抱歉，我无法回答这个问题。';
const MY_OUTLINE = '# 我的大纲\n\n## 第一部分\n- 我自己写的要点';

async function open(tab: string, opts: PaneOptions): Promise<Page> {
  const { page } = await e2e.open(opts);
  onTestFailed(async () => {
    await screenshot(page, `bad-input-failed-${Date.now()}`).catch(() => undefined);
  });
  // Settings is a button in the header; every panel a tab in the navigation.
  await (tab === '设置' || tab === 'Settings' ? page.getByRole('button', { name: tab, exact: true }) : page.getByRole('tab', { name: tab })).click();
  return page;
}

/** Enabled controls in the panel that Tab never reaches. */
async function unreachableByTab(page: Page, tab: string): Promise<string[]> {
  await page.getByRole('tab', { name: tab }).focus();
  const keyOf = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return '';
      if (a instanceof HTMLInputElement && a.type === 'radio') return `radio:${a.name}`;
      if (a.getAttribute('role') === 'tab') return `tabs:${a.closest('[role="tablist"]')?.getAttribute('aria-label') ?? ''}`;
      return a.dataset.reachKey ?? '';
    });
  const controls = await page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea, main [tabindex="0"]')].filter((e) => {
      const r = e.getBoundingClientRect();
      // tabindex -1 marks controls reached another way (a spin button's arrows answer the arrow keys).
      return !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && r.width > 0 && r.height > 0 && !e.closest('[data-tabster-dummy]');
    });
    // Radio groups and tab lists are one stop each; arrow keys move inside them.
    return els.map((e, i) => {
      if (e instanceof HTMLInputElement && e.type === 'radio') return `radio:${e.name}`;
      if (e.getAttribute('role') === 'tab') return `tabs:${e.closest('[role="tablist"]')?.getAttribute('aria-label') ?? ''}`;
      e.dataset.reachKey = `c${i}:${e.tagName.toLowerCase()}:${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 24)}`;
      return e.dataset.reachKey;
    });
  });
  const wanted = new Set(controls);
  for (let i = 0; i < controls.length + 10 && wanted.size > 0; i++) {
    await page.keyboard.press('Tab');
    wanted.delete(await keyOf());
  }
  return [...wanted];
}

browser.describe('Slides, standalone, in Chinese', () => {
  it('with no provider says a model is needed, while a pasted outline still previews and an empty one offers nothing (320 px, dark)', async () => {
    const page = await open('幻灯片', { locale: 'zh-CN', dark: true, viewport: { width: 320, height: 1400 } });
    await page.getByRole('textbox', { name: /^主题/ }).fill('远程办公');
    await page.getByText('尚未配置模型').waitFor();
    await expect(page.getByRole('button', { name: '生成大纲' }).isDisabled()).resolves.toBe(true);
    const editor = page.getByLabel('大纲（Markdown）');
    await editor.fill('   \n\n  ');
    await expect(page.getByRole('button', { name: '下载 .pptx' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByText('大纲为空。请先编写或生成大纲。').waitFor();
    await screenshot(page, 'bad-input-slides-empty-outline');
    await editor.fill(MY_OUTLINE);
    await expect.poll(() => page.getByRole('region', { name: '预览' }).getByRole('listitem').count()).toBe(3);
    await expect(page.getByRole('button', { name: '下载 .pptx' }).isEnabled()).resolves.toBe(true);
    expect(await overflowing(page)).toEqual([]);
    expect(await unreachableByTab(page, '幻灯片')).toEqual([]);
    await screenshot(page, 'bad-input-slides-no-provider');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('a refusal, an empty answer, a cut stream and Stop each say what happened and leave the user’s outline as it was', async () => {
    const page = await open('幻灯片', { locale: 'zh-CN', storage: settingsStorage(llm.url, { maxRetries: 0 }), viewport: TALL });
    const editor = page.getByLabel('大纲（Markdown）');
    const generate = page.getByRole('button', { name: '生成大纲' });
    await editor.fill(MY_OUTLINE);
    await page.getByRole('textbox', { name: /^主题/ }).fill('远程办公');

    reply = () => ({ content: REFUSAL });
    await generate.click();
    await page
      .getByRole('alert')
      .filter({ hasText: `模型没有写出大纲，它的回答是：“${REFUSAL}”` })
      .waitFor();
    await expect(editor.inputValue()).resolves.toBe(MY_OUTLINE);
    await page.getByText('你的大纲保持原样。').waitFor();
    await screenshot(page, 'bad-input-slides-refusal');

    reply = () => ({ content: '' });
    await generate.click();
    await page.getByRole('alert').filter({ hasText: '模型返回了空回答' }).waitFor();
    await expect(editor.inputValue()).resolves.toBe(MY_OUTLINE);

    reply = () => ({ cutAfterChunks: 4, content: '# 新大纲\n\n## 第一部分\n- ' + '内容'.repeat(40), chunkSize: 4 });
    await generate.click();
    await page.getByRole('alert').filter({ hasText: '大纲尚未写完连接就断开了' }).waitFor();
    await expect(editor.inputValue()).resolves.toBe(MY_OUTLINE);

    reply = () => ({ content: '# 新大纲\n\n## 第一部分\n- ' + '内容'.repeat(400), chunkSize: 4, chunkDelayMs: 15 });
    await generate.click();
    await expect.poll(() => editor.inputValue()).toContain('# 新大纲');
    // Progress while it writes: a live character count.
    await page.getByText(/正在撰写大纲… \d+ 字/).waitFor();
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByText('已取消').first().waitFor();
    await expect(editor.inputValue()).resolves.toBe(MY_OUTLINE);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(await overflowing(page)).toEqual([]);
  });

  it('refuses a 12 MB .txt as too large and keeps the document text; a long one shows condensing progress and stops', async () => {
    const page = await open('幻灯片', { locale: 'zh-CN', storage: settingsStorage(llm.url, { maxRetries: 0 }), viewport: TALL });
    await page.getByRole('radio', { name: '文档' }).check();
    const doc = page.getByLabel('文档内容');
    await doc.fill('原来的文档内容。');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await chooser.setFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(12 * 1024 * 1024, 'a') });
    await page.getByRole('alert').filter({ hasText: '文件大小为 12.6 MB，上限为 10 MB' }).waitFor();
    await expect(doc.inputValue()).resolves.toBe('原来的文档内容。');
    await expect(page.getByText(/已载入/).count()).resolves.toBe(0);
    await screenshot(page, 'bad-input-slides-too-large');

    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件…' }).click()]);
    await again.setFiles({
      name: 'long.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('这是一段很长的会议记录，讨论了预算、人员和下季度计划。\n'.repeat(2000)),
    });
    await page.getByText('已载入 long.txt').waitFor();
    reply = () => ({ content: '要点：' + '预算'.repeat(100), chunkSize: 4, chunkDelayMs: 20 });
    const cut = llm.disconnects;
    await page.getByRole('button', { name: '生成大纲' }).click();
    await page.getByText(/正在压缩文档… \d+\/\d+/).waitFor();
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByText('已取消').first().waitFor();
    await expect.poll(() => llm.disconnects).toBeGreaterThan(cut);
    await expect(page.getByLabel('大纲（Markdown）').inputValue()).resolves.toBe('');
    await expect(page.getByRole('button', { name: '生成大纲' }).isEnabled()).resolves.toBe(true);
  });

  it('with the provider down says it cannot reach it (English, dark), and the editor keeps the text', async () => {
    const page = await open('Slides', { locale: 'en-US', dark: true, storage: settingsStorage('http://127.0.0.1:9/v1', { maxRetries: 0 }), viewport: TALL });
    const editor = page.getByLabel('Outline (Markdown)');
    await editor.fill(MY_OUTLINE);
    await page.getByRole('textbox', { name: /^Topic/ }).fill('Remote work');
    await page.getByRole('button', { name: 'Write outline' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not reach 127.0.0.1:9' }).waitFor();
    await expect(editor.inputValue()).resolves.toBe(MY_OUTLINE);
    await page.getByText('Your outline was left as it was.').waitFor();
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'bad-input-slides-provider-down');
    expect(await axeSerious(page)).toEqual([]);
  });
});

browser.describe('Writing, standalone, in Chinese, 320 px dark', () => {
  it('minutes from twice-malformed JSON, proofreading nothing, and a stopped rewrite each leave a sentence and nothing else', async () => {
    const page = await open('写作', {
      locale: 'zh-CN',
      dark: true,
      storage: settingsStorage(llm.url, { maxRetries: 0 }),
      viewport: { width: 320, height: 1400 },
    });
    const text = page.getByLabel('文本');
    await text.fill('周会记录：上线定在3月15日。');

    const before = llm.requests.length;
    reply = () => ({ content: '{"title": "周会", "attendees": [' });
    await page.getByRole('button', { name: '生成会议纪要' }).click();
    const invalid = page.getByRole('alert').filter({ hasText: '模型没有返回所需格式的结果，纠正一次后仍不符合' });
    await invalid.waitFor();
    expect(llm.requests.length - before).toBe(2);
    await expect(invalid.innerText()).resolves.not.toContain('。。');
    await expect(page.getByRole('region', { name: '预览' }).count()).resolves.toBe(0);
    await expect(text.inputValue()).resolves.toBe('周会记录：上线定在3月15日。');
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'bad-input-word-minutes-invalid');

    await page.getByRole('tab', { name: '校对' }).click();
    // A suggestion about one long unbroken string (a URL) stays inside its card.
    const url = `https://example.com/${'a'.repeat(120)}`;
    await text.fill(`链接：${url} 。`);
    reply = () => ({
      content: JSON.stringify({
        suggestions: [{ original: url, replacement: url.replace('example.com', 'example.org'), reason: '链接地址有误', category: 'consistency' }],
      }),
    });
    await page.getByRole('button', { name: '开始校对' }).click();
    await page.getByRole('region', { name: '修改建议' }).getByRole('listitem').first().waitFor();
    expect(await overflowing(page)).toEqual([]);
    expect(await unreachableByTab(page, '写作')).toEqual([]);
    await screenshot(page, 'bad-input-word-proof-long-320-dark');
    await text.fill('');
    for (const name of ['开始校对', '仅检查标点（离线）']) {
      await page.getByRole('button', { name }).click();
      await page.getByRole('alert').filter({ hasText: '还没有可处理的内容' }).waitFor();
      await expect(page.getByRole('region', { name: '修改建议' }).count()).resolves.toBe(0);
    }

    await page.getByRole('tab', { name: '改写' }).click();
    await text.fill('项目进展顺利。');
    reply = () => ({ content: '改写后的内容'.repeat(100), chunkSize: 3, chunkDelayMs: 20 });
    await page.getByRole('button', { name: '润色' }).click();
    await page.getByRole('region', { name: '预览' }).filter({ hasText: '改写后的内容' }).waitFor();
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByText('已取消').first().waitFor();
    await expect(page.getByRole('region', { name: '预览' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '复制' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '润色' }).isEnabled()).resolves.toBe(true);
    await expect(text.inputValue()).resolves.toBe('项目进展顺利。');
    await screenshot(page, 'bad-input-word-rewrite-stopped');
    expect(await axeSerious(page)).toEqual([]);
  });
});

browser.describe('Ask, standalone, in Chinese', () => {
  it('says what 401, 402, 429 and 503 mean, gives the question back, stops on demand and keeps a huge answer inside a 320 px pane', async () => {
    const page = await open('问答', {
      locale: 'zh-CN',
      dark: true,
      storage: settingsStorage(llm.url, { maxRetries: 0 }),
      viewport: { width: 320, height: 1400 },
    });
    const question = page.getByLabel('你的问题');
    const sentences = {
      401: '服务商拒绝了 API 密钥（HTTP 401）',
      402: '账户余额不足（HTTP 402）',
      429: '请求过于频繁（HTTP 429）',
      503: '服务器繁忙（HTTP 503）',
    } as const;
    for (const [status, sentence] of Object.entries(sentences)) {
      reply = () => ({ status: Number(status) as 401 | 402 | 429 | 503 });
      await question.fill(`问题 ${status}`);
      await page.getByRole('button', { name: '发送' }).click();
      await page.getByRole('alert').filter({ hasText: sentence }).waitFor();
      await expect(question.inputValue()).resolves.toBe(`问题 ${status}`);
      await expect(page.getByTestId('ask-turn').count()).resolves.toBe(0);
    }
    await screenshot(page, 'bad-input-ask-503');

    reply = () => ({ content: '很长的回答。'.repeat(400), chunkSize: 5, chunkDelayMs: 20 });
    await question.fill('慢慢回答');
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByTestId('ask-answer').filter({ hasText: '很长的回答' }).waitFor();
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByText('已停止').waitFor();
    await expect(page.getByRole('button', { name: '发送' }).isVisible()).resolves.toBe(true);

    const table = `| ${'列 | '.repeat(12)}\n|${'---|'.repeat(12)}\n| ${'很长的单元格内容 | '.repeat(12)}`;
    reply = () => ({
      content: `# 长回答\n\nhttps://example.com/${'a'.repeat(400)}\n\n\`${'x'.repeat(300)}\`\n\n${table}\n\n\`\`\`\n${'const x = 1;'.repeat(40)}\n\`\`\`\n\n${'段落内容。'.repeat(3000)}`,
    });
    await question.fill(`长回答 ${'y'.repeat(300)}`);
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByTestId('ask-usage').waitFor();
    expect(await overflowing(page)).toEqual([]);
    expect(await unreachableByTab(page, '问答')).toEqual([]);
    await screenshot(page, 'bad-input-ask-long-320-dark');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('says when it will retry a 429, and Stop while waiting leaves no empty answer behind', async () => {
    // Many retries, so the wait outlasts the clicks below whatever the backoff (the browser cannot read
    // Retry-After across origins unless the server exposes it).
    const page = await open('问答', { locale: 'zh-CN', storage: settingsStorage(llm.url, { maxRetries: 10 }), viewport: { width: 360, height: 900 } });
    reply = () => ({ status: 429 });
    await page.getByLabel('你的问题').fill('你好');
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByText(/\d+ 秒后重试（第 \d+ 次）…/).waitFor();
    await screenshot(page, 'bad-input-ask-retrying');
    await page.getByRole('button', { name: '停止' }).click();
    await page.getByRole('button', { name: '发送' }).waitFor();
    await expect(page.getByTestId('ask-turn').count()).resolves.toBe(0);
    await expect(page.getByLabel('你的问题').inputValue()).resolves.toBe('你好');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });
});

browser.describe('Settings, 320 px, Chinese, dark', () => {
  it('shows every control unclipped, and a keyboard alone reaches them all, changes the provider and saves', async () => {
    const page = await open('设置', { locale: 'zh-CN', dark: true, viewport: { width: 320, height: 1000 } });
    await page.getByRole('button', { name: '保存' }).waitFor();
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'bad-input-settings-320-dark');
    expect(await axeSerious(page)).toEqual([]);

    // From the Settings button in the header, past the navigation (one Tab stop), Tab walks the form in order.
    await page.getByRole('button', { name: '设置', exact: true }).focus();
    await page.keyboard.press('Tab');
    const reached: string[] = [];
    for (let i = 0; i < 13; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          const label = a.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : null;
          return (label ?? a.textContent ?? '').replace('*', '').trim();
        }),
      );
    }
    expect(reached).toEqual([
      '界面语言',
      '服务商',
      '直接连接（密钥保存在本浏览器中）',
      '接口地址（Base URL）',
      'API 密钥',
      '快速模式使用的模型',
      '深度思考模式使用的模型',
      '深度思考的思考强度',
      '发送前遮蔽手机号、身份证号、邮箱和银行卡号',
      '联网搜索服务',
      '用 DeepSeek Fetch 读取排名靠前的网页（回答更好；按页计费）',
      '保存',
      '测试连接',
    ]);

    await page.getByRole('button', { name: '设置', exact: true }).focus();
    // Past the navigation and the language to the provider.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const provider = page.getByRole('combobox', { name: '服务商' });
    await expect.poll(() => provider.inputValue()).not.toBe('deepseek');
    const chosen = await provider.inputValue();
    // The preset fills its base URL.
    await expect(page.getByRole('textbox', { name: /接口地址/ }).inputValue()).resolves.not.toBe('https://api.deepseek.com');
    // Past the connection choice (direct stays chosen) and the base URL to the key.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('sk-keyboard-only-0001');
    // Key → fast model → deep model → masking → search backend → read top pages → Save.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('dsplus.settings.v1') ?? '{}') as { llm?: { provider?: string; apiKey?: string } });
    expect(saved.llm?.provider).toBe(chosen);
    expect(saved.llm?.apiKey).toBe('sk-keyboard-only-0001');
    await screenshot(page, 'bad-input-settings-saved-keyboard');

    // Test connection tries what is in the form, saved or not (an address the pane does not reach yet is
    // tested from a frame that reaches only it).
    await page.getByRole('textbox', { name: /接口地址/ }).fill(llm.url);
    await page.getByRole('button', { name: '测试连接' }).click();
    await page.getByTestId('connection-ok').waitFor();
    expect(await overflowing(page)).toEqual([]);

    // A base URL that is no address is said as such (it used to come back from the browser as "CORS"),
    // the field is marked, and nothing is saved.
    const baseURL = page.getByRole('textbox', { name: /接口地址/ });
    await baseURL.fill('abc');
    await page.getByRole('button', { name: '测试连接' }).click();
    await page.getByTestId('connection-error').filter({ hasText: '接口地址不是有效的网址' }).waitFor();
    await expect(page.getByTestId('connection-error').innerText()).resolves.not.toContain('CORS');
    await expect(baseURL.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('alert').filter({ hasText: '请检查标出的字段：接口地址不是有效的网址' }).first().waitFor();
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('dsplus.settings.v1') ?? '{}') as { llm?: { baseURL?: string } });
    expect(kept.llm?.baseURL).not.toBe('abc');
    await screenshot(page, 'bad-input-settings-invalid-url');
  });
});
