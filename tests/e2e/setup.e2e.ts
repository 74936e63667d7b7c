import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeSerious, browser, type E2E, screenshot, startE2E } from '../support/e2e';
import { startMockLlm, type MockLlm } from '../support/mock-llm';

// A fresh pane with no model set up: the job shows its setup card where the user stands, the card sets
// the model up for the whole pane, and the job carries on with what the user had typed.
let e2e: E2E;
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm((body) => ({ content: `Echo: ${String(body.messages.at(-1)?.content ?? '')}` }), {
    models: ['deepseek-flash', 'deepseek-v4-pro', 'deepseek-v4-flash'],
  });
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  await llm?.close();
});

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

  it('a keyless server by its address alone: saved, the pane reloads once onto the same job, and it answers', async () => {
    const { page } = await e2e.open({ locale: 'en-US', viewport: { width: 350, height: 900 } });
    await page.getByRole('button', { name: /^Ask/ }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /on this computer or network/ }).check();
    await card.getByRole('combobox', { name: 'Server' }).selectOption({ label: 'vLLM / SGLang (self-hosted)' });
    // The sentence that fixes the browser's cross-origin refusal for this server.
    await card.getByText(/--allowed-origins/).waitFor();
    await card.getByLabel('Address', { exact: true }).fill(llm.url);
    await card.getByLabel('Model', { exact: true }).fill('deepseek-flash');
    await screenshot(page, 'setup-local-350-en');
    await card.getByRole('button', { name: 'Save and continue' }).click();
    // Back on Ask after the reload, set up: no card, and the question gets its answer from the server.
    await page.getByRole('tab', { name: 'Ask', selected: true }).waitFor();
    await page.getByLabel('Your question').fill('hello local');
    await expect(page.getByRole('region', { name: 'Connect a model to do this' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Echo: hello local').waitFor();
  });

  it('another provider or the relay: one click to Settings', async () => {
    const { page } = await e2e.open({ locale: 'en-US' });
    await page.getByRole('button', { name: /^Ask/ }).click();
    const card = page.getByRole('region', { name: 'Connect a model to do this' });
    await card.getByRole('radio', { name: /Another provider/ }).check();
    await card.getByRole('button', { name: 'Open Settings' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
  });
});
