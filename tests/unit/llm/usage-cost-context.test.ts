import { afterEach, describe, expect, it } from 'vitest';
import type { LlmError } from '../../../src/llm';
import { completeChat, isLlmFailure, costOf, formatCost, getBalance, listModels, priceFor, testConnection, usageLine, AuthError } from '../../../src/llm';
import { translate, type MessageKey } from '../../../src/locales';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('cost', () => {
  // A Tuesday 10:00 in Beijing (02:00 UTC) is peak; 20:00 Beijing the same day is off-peak.
  const peak = { at: new Date('2026-12-01T02:00:00Z') };
  const offPeak = { at: new Date('2026-12-01T12:00:00Z') };
  const usage = { promptTokens: 1_000_000, completionTokens: 1_000_000, totalTokens: 2_000_000, cacheHitTokens: 500_000, cacheMissTokens: 500_000 };

  it('prices cache hits, misses and output from DeepSeek’s table, in USD and CNY, by period', () => {
    expect(costOf(usage, 'deepseek-flash', undefined, offPeak)).toMatchObject({
      period: 'offPeak',
      currency: 'USD',
      amounts: { USD: expect.closeTo(0.5 * 0.003 + 0.5 * 0.15 + 0.6, 6), CNY: expect.closeTo(0.5 * 0.02 + 0.5 * 1 + 4, 6) },
    });
    expect(costOf(usage, 'deepseek-flash', undefined, peak)).toMatchObject({
      period: 'peak',
      amounts: { USD: expect.closeTo(0.5 * 0.006 + 0.5 * 0.3 + 1.2, 6), CNY: expect.closeTo(0.5 * 0.04 + 0.5 * 2 + 8, 6) },
    });
    expect(costOf(usage, 'deepseek-v4-pro', undefined, peak)?.amounts.CNY).toBeCloseTo(0.5 * 0.3 + 0.5 * 9 + 27, 6);
    // The legacy id keeps working at the Flash price.
    expect(priceFor('deepseek-v4-flash')).toEqual(priceFor('deepseek-flash'));
    expect(priceFor('deepseek-ai/deepseek-flash')).toEqual(priceFor('deepseek-flash'));
    expect(costOf(usage, 'some-local-model')).toBeUndefined();
  });

  it('the user’s price table overrides the defaults', () => {
    const u = { promptTokens: 1_000_000, completionTokens: 0, totalTokens: 1_000_000 };
    const c = costOf(u, 'deepseek-r1:8b', { 'deepseek-r1:8b': { inputCacheHit: 0, inputCacheMiss: 2, output: 4, currency: 'CNY' } });
    expect(c).toEqual({ amount: 2, currency: 'CNY', amounts: { CNY: 2 } });
    expect(formatCost(c!)).toBe('¥2.00');
    // A CNY-only price shows ¥ even to an en-US user: there is no dollar figure to show.
    expect(formatCost(c!, 'en-US')).toBe('¥2.00');
  });

  it('shows ¥ to zh-CN users and $ to en-US users, and says which period applied', () => {
    const c = costOf(usage, 'deepseek-flash', undefined, peak)!;
    expect(formatCost(c, 'zh-CN')).toBe('¥9.02');
    expect(formatCost(c, 'en-US')).toBe('$1.35');
    const en = (k: MessageKey, p?: Record<string, string | number>) => translate('en-US', k, p);
    const zh = (k: MessageKey, p?: Record<string, string | number>) => translate('zh-CN', k, p);
    expect(usageLine(en, usage, c, 'en-US')).toContain('$1.35 (peak hours)');
    expect(usageLine(zh, usage, costOf(usage, 'deepseek-flash', undefined, offPeak), 'zh-CN')).toContain('¥4.51（闲时）');
  });
});

describe('context check', () => {
  it('refuses before sending when the estimate exceeds the window', async () => {
    llm = await startMockLlm();
    const err = await completeChat(
      { ...llm.settings, contextWindow: 1_000 },
      { messages: [{ role: 'user', content: '长'.repeat(5_000) }], mode: 'fast' },
    ).catch((e: unknown) => e);
    expect(isLlmFailure(err, 'contextTooLong')).toBe(true);
    expect(Number((err as LlmError).params.estimated)).toBeGreaterThan(3_000);
    expect(llm.requests).toHaveLength(0);
  });
});

describe('test connection', () => {
  it('lists models and the DeepSeek balance', async () => {
    llm = await startMockLlm(undefined, { models: ['deepseek-v4-pro', 'deepseek-flash'], balance: { currency: 'CNY', total: '42.00' } });
    expect(await listModels(llm.settings)).toEqual(['deepseek-flash', 'deepseek-v4-pro']);
    expect(await getBalance(llm.settings)).toEqual({ available: true, balances: [{ currency: 'CNY', total: '42.00' }] });
    const report = await testConnection({ ...llm.settings, deepModel: 'deepseek-v9' });
    expect(report.ok).toBe(true);
    expect(report.missingModels).toEqual(['deepseek-v9']);
    expect(report.balance?.balances[0].total).toBe('42.00');
  });

  it('reports the exact failure for a bad key', async () => {
    llm = await startMockLlm(undefined, { requireKey: 'sk-right' });
    const report = await testConnection({ ...llm.settings, apiKey: 'sk-wrong' });
    expect(report.ok).toBe(false);
    expect(AuthError.isInstance(report.error)).toBe(true);
  });

  it('falls back to a one-token chat where there is no model list (Azure)', async () => {
    llm = await startMockLlm();
    const report = await testConnection({ ...llm.settings, provider: 'azure' });
    expect(report.ok).toBe(true);
    expect(llm.requests[0].max_tokens).toBe(1);
  });

  it('a server with no /models is checked with a one-token chat instead', async () => {
    llm = await startMockLlm(undefined, { models: null });
    const report = await testConnection({ ...llm.settings, provider: 'custom' });
    expect(report.ok).toBe(true);
    expect(report.models).toBeUndefined();
    expect(llm.requests).toHaveLength(1);
  });
});
