import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeSerious, browser, type E2E, screenshot, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { createRelayHandler } from '../../src/relay/handler';
import { listenRelay, type RelayServer } from '../../src/relay/listen';

// A fresh pane with no model set up: the job shows its setup card where the user stands, the card sets
// the model up for the whole pane, and the job carries on with what the user had typed.
let e2e: E2E;
let llm: MockLlm;
let relay: RelayServer;
beforeAll(async () => {
  llm = await startMockLlm((body) => ({ content: `Echo: ${String(body.messages.at(-1)?.content ?? '')}` }), {
    models: ['deepseek-flash', 'deepseek-v4-pro', 'deepseek-v4-flash'],
  });
  e2e = await startE2E();
  // `dsplus relay --allow-origin <the pane's origin>` on its own port, holding the only key.
  relay = await listenRelay(createRelayHandler({ upstream: () => ({ settings: llm.settings }), allowedOrigins: [e2e.baseUrl] }), {
    port: 0,
    host: '127.0.0.1',
  });
});
afterAll(async () => {
  await e2e?.close();
  await relay?.close();
  await llm?.close();
});

/** A cloud provider's own address, played by the local model server (nothing leaves the machine). */
async function playProvider(context: BrowserContext, base: string): Promise<void> {
  await context.route(`${base}/**`, async (route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname;
    const r = await fetch(`${llm.url}${path}`, { method: req.method(), headers: req.headers(), body: req.postData() ?? undefined });
    await route.fulfill({ status: r.status, headers: Object.fromEntries(r.headers), body: Buffer.from(await r.arrayBuffer()) });
  });
}

async function saved(page: Page): Promise<Record<string, string>> {
  return (JSON.parse((await page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))) ?? '{}') as { llm?: Record<string, string> }).llm ?? {};
}

/** The pane's own runtime connect-src policy (the second one; the first is the built page's outer bound). */
async function panePolicy(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content')).at(1));
}

const NOTES = '周会：上线定在3月15日。张三周五前提交预算说明。';

browser.describe('setup inline, in the job', () => {
  it('DeepSeek: paste a key, test it, pick the models from the server’s list, and the minutes job carries on', async () => {
    const { page, context } = await e2e.open({ locale: 'zh-CN', viewport: { width: 320, height: 900 } });
    // DeepSeek's own address is played by the local model server (nothing leaves the machine).
    await context.route('https://api.deepseek.com/**', async (route) => {
      const req = route.request();
      const path = new URL(req.url()).pathname;
      const r = await fetch(`${llm.url}${path}`, { method: req.method(), headers: req.headers(), body: req.postData() ?? undefined });
      await route.fulfill({ status: r.status, headers: Object.fromEntries(r.headers), body: Buffer.from(await r.arrayBuffer()) });
    });
    await page.getByRole('button', { name: /^会议纪要/ }).click();
    await page.getByLabel('文本').fill(NOTES);
    await expect(page.getByRole('button', { name: '生成会议纪要' }).isDisabled()).resolves.toBe(true);
    const card = page.getByRole('region', { name: '先连接一个模型' });
    await card.getByLabel('DeepSeek API 密钥').fill('sk-setup-0000000000009999');
    await card.getByRole('button', { name: '测试密钥' }).click();
    await card.getByText('密钥可用').waitFor();
    // The models come from the server's list; the preset's choices are picked when the server has them.
    await expect(
      card
        .getByRole('combobox', { name: '快速模式的模型' })
        .locator('option')
        .allInnerTexts()
        .then((o) => o.sort()),
    ).resolves.toEqual(['deepseek-flash', 'deepseek-v4-flash', 'deepseek-v4-pro']);
    await expect(card.getByRole('combobox', { name: '深度思考的模型' }).inputValue()).resolves.toBe('deepseek-v4-pro');
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'setup-deepseek-320-zh');
    await card.getByRole('button', { name: '使用并继续' }).click();
    await card.waitFor({ state: 'detached' });
    // The job is where the user left it, now able to run.
    await expect(page.getByLabel('文本').inputValue()).resolves.toBe(NOTES);
    await expect(page.getByRole('button', { name: '生成会议纪要' }).isEnabled()).resolves.toBe(true);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('dsplus.settings.v1')))!) as { llm: Record<string, string> };
    expect(saved.llm).toMatchObject({ provider: 'deepseek', apiKey: 'sk-setup-0000000000009999', fastModel: 'deepseek-flash', deepModel: 'deepseek-v4-pro' });
  });

  it('a wrong key is said as such, and nothing is saved', async () => {
    const { page, context } = await e2e.open({ locale: 'en-US', viewport: { width: 320, height: 900 } });
    await context.route('https://api.deepseek.com/**', (route) =>
      route.fulfill({
        status: 401,
        headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
        body: JSON.stringify({ error: { message: 'Authentication Fails', type: 'authentication_error' } }),
      }),
    );
    await page.getByRole('button', { name: /^Ask/ }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByLabel('DeepSeek API key').fill('sk-wrong');
    await card.getByRole('button', { name: 'Test key' }).click();
    await card.getByRole('alert').waitFor();
    await expect(card.getByRole('alert').innerText()).resolves.toMatch(/key/i);
    await expect(page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))).resolves.toBeNull();
  });

  it('a keyless server by its address alone: tested before saving, saved, the pane reloads once onto the same job with the typed question, and it answers', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 350, height: 900 } });
    await page.getByRole('button', { name: /^Ask/ }).click();
    // The user typed the question before noticing there was no model.
    await page.getByLabel('Your question').fill('hello local');
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /on this computer or network/ }).check();
    await card.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'vLLM / SGLang (self-hosted)' });
    // The sentence that fixes the browser's cross-origin refusal for this server.
    await card.getByText(/--allowed-origins/).waitFor();
    await card.getByLabel('Address', { exact: true }).fill(llm.url);
    await card.getByLabel('Model', { exact: true }).fill('not-there');
    // Tested before it is saved: the pane's own policy still names only DeepSeek, the test reaches the server.
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByTestId('connection-ok').waitFor();
    await card.getByText('Models (3): deepseek-flash, deepseek-v4-flash, deepseek-v4-pro').waitFor();
    // A model the server does not list is replaced by the server's first.
    await expect(card.getByLabel('Model', { exact: true }).inputValue()).resolves.toBe('deepseek-flash');
    await expect(panePolicy(page)).resolves.toBe("connect-src 'self' https://api.deepseek.com");
    await expect(page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))).resolves.toBeNull();
    await screenshot(page, 'setup-local-350-en');
    await card.getByRole('button', { name: 'Save and continue' }).click();
    // Back on Ask after the reload, set up: no card, the question as the user typed it, and it gets its answer.
    await page.getByRole('tab', { name: 'Ask', selected: true }).waitFor();
    await expect.poll(() => page.getByLabel('Your question').inputValue()).toBe('hello local');
    await expect(panePolicy(page)).resolves.toBe(`connect-src 'self' ${llm.url}`);
    await expect(page.getByRole('region', { name: 'Connect a model to do this' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Echo: hello local').waitFor();
    // The kept draft was used once and is gone: a later reload does not bring it back.
    await expect(page.evaluate(() => sessionStorage.getItem('dsplus.jobDraft'))).resolves.toBeNull();
  });

  it('the reload keeps a job’s switches, checkbox, dropdowns and both of two same-labelled fields, not only its text', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 350, height: 900 } });
    await page.getByRole('tab', { name: 'Slides' }).click();
    await page.getByRole('textbox', { name: /^Topic/ }).fill('Rain gardens for our school');
    await page.getByLabel('Audience', { exact: true }).fill('parents');
    await page.getByRole('spinbutton', { name: 'Slides' }).fill('12');
    await page.getByRole('spinbutton', { name: 'Slides' }).blur();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
    const style = page.getByRole('combobox', { name: 'Style' });
    await style.selectOption({ index: 1 });
    const styleChosen = await style.inputValue();
    await page.getByRole('switch', { name: 'Deep thinking' }).check();
    const notes = page.getByRole('checkbox', { name: 'Write speaker notes' });
    const notesBefore = await notes.isChecked();
    await notes.click();
    // A form part no panel has yet: two fields with one label and a switch (drawn again after the reload).
    const extra = () =>
      page.evaluate(() => {
        const div = document.createElement('div');
        div.id = 'extra';
        div.innerHTML =
          '<label for="x1">Note</label><input id="x1"><label for="x2">Note</label><input id="x2"><input id="x3" type="checkbox" role="switch"><label for="x3">Extra switch</label>';
        document.querySelector('main section')!.append(div);
      });
    await extra();
    await page.locator('#x1').fill('first note');
    await page.locator('#x2').fill('second note');
    await page.locator('#x3').check();

    // Slides work offline, so their card starts folded under a note.
    await page.getByRole('button', { name: 'Connect a model' }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /on this computer or network/ }).check();
    await card.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'Ollama (local)' });
    await card.getByLabel('Address', { exact: true }).fill(llm.url);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByTestId('connection-ok').waitFor();
    await card.getByRole('button', { name: 'Save and continue' }).click();

    // Back on Slides after the reload with every choice as the user left it.
    await page.getByRole('tab', { name: 'Slides', selected: true }).waitFor();
    // The part no panel has is drawn again as soon as the panel is (the draft waits for its controls).
    await page.getByRole('textbox', { name: /^Topic/ }).waitFor();
    await extra();
    // Controls are put back one at a time; the draft is gone once all of them are.
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('dsplus.jobDraft'))).toBeNull();
    await expect(page.getByRole('textbox', { name: /^Topic/ }).inputValue()).resolves.toBe('Rain gardens for our school');
    await expect(page.getByLabel('Audience', { exact: true }).inputValue()).resolves.toBe('parents');
    await expect(page.getByRole('spinbutton', { name: 'Slides' }).inputValue()).resolves.toBe('12');
    await expect(page.getByRole('combobox', { name: 'Language' }).inputValue()).resolves.toBe('en');
    await expect(page.getByRole('combobox', { name: 'Style' }).inputValue()).resolves.toBe(styleChosen);
    await expect(page.getByRole('switch', { name: 'Deep thinking' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Write speaker notes' }).isChecked()).resolves.toBe(!notesBefore);
    // The part drawn late gets its own values: each "Note" its own, and the switch on.
    await expect(page.locator('#x1').inputValue()).resolves.toBe('first note');
    await expect(page.locator('#x2').inputValue()).resolves.toBe('second note');
    await expect(page.locator('#x3').isChecked()).resolves.toBe(true);
    // The restored switch is the pane's state, not a picture of it: the outline is asked for with thinking on.
    const before = llm.requests.length;
    await page.getByRole('button', { name: 'Write outline' }).click();
    await expect
      .poll(() => llm.requests.slice(before).find((b) => JSON.stringify(b.messages).includes('Rain gardens for our school'))?.reasoning_effort)
      .toBe('high');
    // …and so is the restored count.
    expect(JSON.stringify(llm.requests.slice(before).map((b) => b.messages))).toContain('About 12 content slides');
  });

  it('another provider inline (zh-CN, 320 px): key, tested before saving, models from the server’s list; the minutes job comes back with its notes', async () => {
    const { page, context } = await e2e.open({ locale: 'zh-CN', viewport: { width: 320, height: 900 } });
    await playProvider(context, 'https://api.siliconflow.cn');
    await page.getByRole('button', { name: /^会议纪要/ }).click();
    await page.getByLabel('文本').fill(NOTES);
    const card = page.getByRole('region', { name: '先连接一个模型' });
    await card.getByRole('radio', { name: /其他服务商/ }).check();
    await card.getByRole('combobox', { name: '服务商' }).selectOption({ label: '硅基流动' });
    await expect(card.getByLabel('地址（Base URL）').inputValue()).resolves.toBe('https://api.siliconflow.cn/v1');
    await card.getByRole('textbox', { name: 'API 密钥' }).fill('sk-silicon-0000000000001111');
    await card.getByRole('button', { name: '测试连接' }).click();
    await card.getByTestId('connection-ok').waitFor();
    // Both models are picked from exactly what the server listed.
    const fast = card.getByRole('combobox', { name: '快速模式的模型' });
    await expect(
      fast
        .locator('option')
        .allInnerTexts()
        .then((o) => o.sort()),
    ).resolves.toEqual(['deepseek-flash', 'deepseek-v4-flash', 'deepseek-v4-pro']);
    await expect(fast.inputValue()).resolves.toBe('deepseek-flash');
    // The preset's own model names, which this server does not list, are replaced rather than warned about.
    await expect(card.getByTestId('connection-ok').innerText()).resolves.not.toContain('未列出');
    await card.getByRole('combobox', { name: '深度思考的模型' }).selectOption('deepseek-v4-pro');
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot(page, 'setup-other-320-zh');
    await card.getByRole('button', { name: '保存并继续' }).click();
    // The pane reloads once (its policy must name the new address) and comes back to the minutes job.
    await expect.poll(() => page.getByLabel('文本').inputValue()).toBe(NOTES);
    await expect(page.getByRole('button', { name: '生成会议纪要' }).isEnabled()).resolves.toBe(true);
    await expect(panePolicy(page)).resolves.toBe("connect-src 'self' https://api.siliconflow.cn");
    expect(await saved(page)).toMatchObject({
      provider: 'siliconflow',
      baseURL: 'https://api.siliconflow.cn/v1',
      apiKey: 'sk-silicon-0000000000001111',
      fastModel: 'deepseek-flash',
      deepModel: 'deepseek-v4-pro',
    });
  });

  it('Custom asks how deep thinking works instead of silently using the fast model', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 320, height: 900 } });
    await page.getByRole('button', { name: /^Ask/ }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /Another provider/ }).check();
    await card.getByRole('combobox', { name: 'Provider' }).selectOption({ label: 'Custom (OpenAI-compatible)' });
    await card.getByLabel('Address (base URL)').fill(llm.url);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByTestId('connection-ok').waitFor();
    // Not answered yet: saving says so and saves nothing.
    await card.getByRole('button', { name: 'Save and continue' }).click();
    await card.getByRole('alert').filter({ hasText: 'names no separate model for deep thinking' }).waitFor();
    await expect(page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))).resolves.toBeNull();
    // “The same model” is a choice made knowingly, with its consequence said.
    await card.getByRole('radio', { name: 'Use the same model as 快速 (fast)' }).check();
    await card.getByText('Deep thinking is then unavailable').waitFor();
    // …or another model, from the server's list.
    await card.getByRole('radio', { name: 'Use another model for it' }).check();
    await card.getByRole('combobox', { name: 'Fast model (快速)' }).selectOption('deepseek-v4-flash');
    await card.getByRole('combobox', { name: 'Deep thinking model (深度思考)' }).selectOption('deepseek-v4-pro');
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'setup-custom-deep-320-en');
    await card.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('tab', { name: 'Ask', selected: true }).waitFor();
    await page.getByLabel('Your question').waitFor();
    expect(await saved(page)).toMatchObject({ provider: 'custom', baseURL: llm.url, fastModel: 'deepseek-v4-flash', deepModel: 'deepseek-v4-pro' });
  });

  it('Custom in Settings (zh-CN): the deep model is asked for, and “the same model” is saved knowingly', async () => {
    const { page } = await e2e.open({ locale: 'zh-CN' });
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await page.getByRole('combobox', { name: '服务商' }).selectOption({ label: '自定义（OpenAI 兼容）' });
    await expect(page.getByLabel('深度思考模式使用的模型').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '此服务商没有单独的深度思考模型' }).waitFor();
    await expect(page.evaluate(() => localStorage.getItem('dsplus.settings.v1'))).resolves.toBeNull();
    await page.getByRole('radio', { name: '与快速模式使用同一个模型' }).check();
    await page.getByText('这样深度思考不可用').waitFor();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const llmSaved = await saved(page);
    expect(llmSaved.provider).toBe('custom');
    expect(llmSaved.deepModel).toBe(llmSaved.fastModel);
  });

  it('through the local relay inline: the exact command, Test names the provider it reaches, and the job carries on', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 320, height: 900 } });
    await page.getByRole('button', { name: /^Ask/ }).click();
    await page.getByLabel('Your question').fill('via the relay');
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /Through the local relay/ }).check();
    // Served from this computer: the pane's own /relay/v1, which npm start serves.
    await expect(card.getByLabel('Relay address').inputValue()).resolves.toBe(`${e2e.baseUrl}/relay/v1`);
    await expect(card.getByTestId('relay-command').innerText()).resolves.toBe('export DSPLUS_API_KEY=sk-…\nnpm start');
    // A relay of its own (dsplus relay): the command names its port and this pane's origin.
    await card.getByLabel('Relay address').fill(relay.urls[0]);
    const port = new URL(relay.urls[0]).port;
    await expect(card.getByTestId('relay-command').innerText()).resolves.toBe(
      `export DSPLUS_API_KEY=sk-…\nnpx dsplus relay --provider deepseek --allow-origin ${e2e.baseUrl} --port ${port}`,
    );
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByTestId('relay-reaches').waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, 'setup-relay-320-en');
    await card.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('tab', { name: 'Ask', selected: true }).waitFor();
    await expect.poll(() => page.getByLabel('Your question').inputValue()).toBe('via the relay');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Echo: via the relay').waitFor();
    const kept = await saved(page);
    expect(kept).toMatchObject({ connection: 'relay', baseURL: relay.urls[0], apiKey: '' });
  });
});
