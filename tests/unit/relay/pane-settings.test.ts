// The pane's side of the relay: one definition of "configured", Settings validation, the command the
// CORS sentence offers, and a CLI that never follows the pane into relay mode.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLlmSettings, isConfigured, missingSetting, type LlmSettings } from '../../../src/llm/settings';
import { authHeaders } from '../../../src/llm/client';
import { streamChat } from '../../../src/llm';
import { ADDIN_ORIGINS, defaultRelayURL, relayCommand, withRelayProvider, type RelayInfo } from '../../../src/relay/protocol';
import { resolveCliConfig } from '../../../src/cli/config';
import { translate, type Locale, type MessageKey } from '../../../src/locales';
import { checkSettings } from '../../../taskpane/settings/validate-settings';

const relaySettings: LlmSettings = { ...defaultLlmSettings, connection: 'relay', baseURL: 'http://127.0.0.1:8787/v1', apiKey: '' };
const tr = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

describe('configured through the relay', () => {
  it('a relay setup with no key is configured, for the buttons and for the call alike', async () => {
    expect(isConfigured(relaySettings)).toBe(true);
    expect(missingSetting(relaySettings, { needsKey: true })).toBeUndefined();
    expect(isConfigured({ ...relaySettings, connection: 'direct', baseURL: 'https://api.deepseek.com' })).toBe(false);
    expect(missingSetting({ ...relaySettings, fastModel: '' })).toBe('model');
    // The call itself does not stop for a key: it goes out (and here finds no relay).
    const first = await streamChat(
      { ...relaySettings, baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 },
      { messages: [{ role: 'user', content: 'x' }], mode: 'fast' },
    )
      .next()
      .catch((e: unknown) => e);
    expect(first).toMatchObject({ key: 'llm.error.relay.down' });
  });

  it('sends the relay its token and the provider, never a key', () => {
    expect(authHeaders({ ...relaySettings, apiKey: 'sk-left-over', relayToken: 'tok-1234567890abcdef' })).toEqual({
      'x-dsplus-provider': 'deepseek',
      'x-dsplus-relay-token': 'tok-1234567890abcdef',
    });
    expect(authHeaders({ ...defaultLlmSettings, apiKey: 'sk-1' })).toEqual({ authorization: 'Bearer sk-1' });
    expect(authHeaders({ ...defaultLlmSettings, provider: 'azure', apiKey: 'az-1' })).toEqual({ 'api-key': 'az-1' });
  });
});

describe('Settings validation in relay mode', () => {
  it('accepts a loopback relay with no key and no token', () => {
    const r = checkSettings(relaySettings, tr('en-US'));
    expect(r.ok && r.value).toMatchObject({ connection: 'relay', apiKey: '' });
  });

  it('wants the token for a relay on another computer, naming the field', () => {
    const r = checkSettings({ ...relaySettings, baseURL: 'http://192.168.1.20:8787/v1' }, tr('zh-CN'));
    expect(r).toMatchObject({ ok: false, field: 'relayToken' });
    expect(!r.ok && r.message).toContain('192.168.1.20:8787');
    expect(checkSettings({ ...relaySettings, baseURL: 'http://192.168.1.20:8787/v1', relayToken: 'tok-1234567890abcdef' }, tr('en-US')).ok).toBe(true);
  });

  it('still refuses a relay URL that is not an address', () => {
    expect(checkSettings({ ...relaySettings, baseURL: '127.0.0.1:8787' }, tr('en-US'))).toMatchObject({ ok: false, field: 'baseURL' });
  });
});

describe('what the pane suggests', () => {
  it('the relay URL: its own /relay/v1 when served from this machine, else dsplus relay’s default', () => {
    expect(defaultRelayURL({ protocol: 'https:', hostname: 'localhost', origin: 'https://localhost:3000' })).toBe('https://localhost:3000/relay/v1');
    expect(defaultRelayURL({ protocol: 'http:', hostname: '127.0.0.1', origin: 'http://127.0.0.1:3000' })).toBe('http://127.0.0.1:3000/relay/v1');
    expect(defaultRelayURL({ protocol: 'https:', hostname: 'addin.example.com', origin: 'https://addin.example.com' })).toBe('http://127.0.0.1:8787/v1');
    expect(defaultRelayURL(undefined)).toBe('http://127.0.0.1:8787/v1');
  });

  it('the command: --allow-origin only for an origin not allowed by default, --base-url only when given', () => {
    expect(relayCommand('nvidia', { origin: 'https://localhost:3000' })).toBe('npx dsplus relay --provider nvidia');
    expect(relayCommand('nvidia', { origin: 'https://addin.example.com' })).toBe('npx dsplus relay --provider nvidia --allow-origin https://addin.example.com');
    expect(relayCommand('azure', { baseURL: 'https://r.services.ai.azure.com/openai/v1' })).toBe(
      'npx dsplus relay --provider azure --base-url https://r.services.ai.azure.com/openai/v1',
    );
  });

  it('the default origins are the ones manifest.xml and the dev servers serve the pane from', () => {
    const manifest = readFileSync('manifest.xml', 'utf8');
    const origins = new Set([...manifest.matchAll(/DefaultValue="(https:\/\/[^/"]+)\//g)].map((m) => m[1]));
    expect(origins.size).toBeGreaterThan(0);
    for (const o of origins) expect(ADDIN_ORIGINS).toContain(o);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toContain('--host 127.0.0.1 --port 3000');
    expect(ADDIN_ORIGINS).toContain('http://127.0.0.1:3000');
  });

  it('the CORS sentence offers the relay with the command, in both languages', () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      for (const key of ['llm.cors.fix.cloud', 'llm.cors.fix.blocked', 'llm.cors.fix.azure', 'llm.cors.fix.ollama', 'llm.cors.fix.relay'] as const) {
        expect(translate(locale, key, { origin: 'https://x', relayCommand: 'npx dsplus relay --provider nvidia' })).toContain(
          'npx dsplus relay --provider nvidia',
        );
      }
    }
  });

  it('Test connection’s answer moves the form to the relay’s provider and models, keeping models for the same provider', () => {
    const info: RelayInfo = {
      relay: 'dsplus',
      provider: 'siliconflow',
      providerName: 'SiliconFlow',
      providerNameZh: '硅基流动',
      upstream: 'api.siliconflow.cn',
      fastModel: 'deepseek-ai/DeepSeek-V3',
      deepModel: 'deepseek-ai/DeepSeek-R1',
      tokenRequired: false,
      endpoints: { balance: false, tools: false },
    };
    expect(withRelayProvider(relaySettings, info)).toMatchObject({
      provider: 'siliconflow',
      fastModel: 'deepseek-ai/DeepSeek-V3',
      deepModel: 'deepseek-ai/DeepSeek-R1',
      connection: 'relay',
    });
    const mine = { ...relaySettings, provider: 'siliconflow', fastModel: 'Pro/deepseek-ai/DeepSeek-R1' };
    expect(withRelayProvider(mine, info)).toBe(mine);
  });
});

describe('the CLI', () => {
  it('ignores the pane’s relay mode in a config file: it holds the key and calls the provider itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-relay-cfg-'));
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify({ provider: 'deepseek', apiKey: 'sk-file-0001', connection: 'relay', relayToken: 'tok-1234567890abcdef' }));
    const cfg = resolveCliConfig({}, { DSPLUS_CONFIG: path });
    expect(cfg.settings.connection).toBe('direct');
    expect(cfg.settings.relayToken).toBe('');
    expect(cfg.settings.apiKey).toBe('sk-file-0001');
  });
});
