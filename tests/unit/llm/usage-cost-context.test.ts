import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, ContextTooLongError, costOf, formatCost, getBalance, listModels, priceFor, testConnection, AuthError } from '../../../src/llm';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('cost', () => {
  it('prices cache hits, misses and output from DeepSeek’s table', () => {
    const usage = { promptTokens: 1_000_000, completionTokens: 1_000_000, totalTokens: 2_000_000, cacheHitTokens: 500_000, cacheMissTokens: 500_000 };
    expect(costOf(usage, 'deepseek-v4-flash')?.amount).toBeCloseTo(0.5 * 0.0028 + 0.5 * 0.14 + 0.28, 6);
    expect(costOf(usage, 'deepseek-v4-pro')?.amount).toBeCloseTo(0.5 * 0.003625 + 0.5 * 0.435 + 0.87, 6);
    expect(priceFor('deepseek-ai/deepseek-v4-flash')).toEqual(priceFor('deepseek-v4-flash'));
    expect(costOf(usage, 'some-local-model')).toBeUndefined();
  });

  it('the user’s price table overrides the defaults', () => {
    const usage = { promptTokens: 1_000_000, completionTokens: 0, totalTokens: 1_000_000 };
    const c = costOf(usage, 'deepseek-r1:8b', { 'deepseek-r1:8b': { inputCacheHit: 0, inputCacheMiss: 2, output: 4, currency: 'CNY' } });
    expect(c).toEqual({ amount: 2, currency: 'CNY' });
    expect(formatCost(c!)).toBe('¥2.00');
  });
});

describe('context check', () => {
  it('refuses before sending when the estimate exceeds the window', async () => {
    llm = await startMockLlm();
    const err = await completeChat({ ...llm.settings, contextWindow: 1_000 }, { messages: [{ role: 'user', content: '长'.repeat(5_000) }], mode: 'fast' }).catch((e: unknown) => e);
    expect(ContextTooLongError.isInstance(err)).toBe(true);
    expect((err as ContextTooLongError).estimatedTokens).toBeGreaterThan(3_000);
    expect(llm.requests).toHaveLength(0);
  });
});

describe('test connection', () => {
  it('lists models and the DeepSeek balance', async () => {
    llm = await startMockLlm(undefined, { models: ['deepseek-v4-pro', 'deepseek-v4-flash'], balance: { currency: 'CNY', total: '42.00' } });
    expect(await listModels(llm.settings)).toEqual(['deepseek-v4-flash', 'deepseek-v4-pro']);
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
