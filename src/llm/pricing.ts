import type { Cost, Usage } from './types';

/** Prices per one million tokens. Reasoning tokens are billed as output (they are part of completion_tokens). */
export interface ModelPrice {
  inputCacheHit: number;
  inputCacheMiss: number;
  output: number;
  currency: 'USD' | 'CNY';
}

export type PriceTable = Record<string, ModelPrice>;

/**
 * DeepSeek's published prices (USD per 1M tokens, api-docs.deepseek.com/quick_start/pricing, V4 era,
 * cache-hit prices after the 2026 cut). The legacy names are aliases of deepseek-v4-flash. Users edit
 * or extend this through `settings.prices`; models with no entry get no cost, never a guessed one.
 */
export const DEFAULT_PRICES: PriceTable = {
  'deepseek-v4-flash': { inputCacheHit: 0.0028, inputCacheMiss: 0.14, output: 0.28, currency: 'USD' },
  'deepseek-v4-pro': { inputCacheHit: 0.003625, inputCacheMiss: 0.435, output: 0.87, currency: 'USD' },
  'deepseek-chat': { inputCacheHit: 0.0028, inputCacheMiss: 0.14, output: 0.28, currency: 'USD' },
  'deepseek-reasoner': { inputCacheHit: 0.0028, inputCacheMiss: 0.14, output: 0.28, currency: 'USD' },
};

/** Exact model id first, then the table entry the id ends with (`deepseek-ai/deepseek-v4-flash`). */
export function priceFor(model: string, overrides?: PriceTable): ModelPrice | undefined {
  const table = { ...DEFAULT_PRICES, ...overrides };
  if (table[model]) return table[model];
  const lower = model.toLowerCase();
  const key = Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .find((k) => lower.endsWith(`/${k.toLowerCase()}`) || lower === k.toLowerCase());
  return key ? table[key] : undefined;
}

export function costOf(usage: Usage, model: string, overrides?: PriceTable): Cost | undefined {
  const p = priceFor(model, overrides);
  if (!p) return undefined;
  const hit = usage.cacheHitTokens ?? 0;
  const miss = usage.cacheMissTokens ?? Math.max(0, usage.promptTokens - hit);
  const amount = (hit * p.inputCacheHit + miss * p.inputCacheMiss + usage.completionTokens * p.output) / 1e6;
  return { amount, currency: p.currency };
}

export function formatCost(c: Cost): string {
  const sym = c.currency === 'USD' ? '$' : '¥';
  const digits = c.amount < 0.01 ? 5 : c.amount < 1 ? 4 : 2;
  return `${sym}${c.amount.toFixed(digits)}`;
}
