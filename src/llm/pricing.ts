import type { Locale } from '../locales';
import type { LlmSettings } from './settings';
import type { Cost, Currency, PricePeriod, Usage } from './types';
import { DEFAULT_PRICES, type ModelPrice, type PriceTable, type Rates } from './price-table';
import { pricePeriod } from './price-period';

export { DEFAULT_PRICES, PRICES_CHECKED, PRICES_SOURCE, type ModelPrice, type PriceTable, type Rates } from './price-table';

/** A user's price edit (settings.prices): one currency, optionally with peak-hour rates. */
export type PriceOverride = NonNullable<LlmSettings['prices']>[string];

function fromOverride(o: PriceOverride): ModelPrice {
  const { currency, peak, ...base } = o;
  return { [currency]: peak ? { base, peak } : { base } };
}

/** Exact model id first, then the table entry the id ends with (`deepseek-ai/deepseek-flash`). User edits win. */
export function priceFor(model: string, overrides?: Record<string, PriceOverride>): ModelPrice | undefined {
  const table: PriceTable = { ...DEFAULT_PRICES };
  for (const [k, v] of Object.entries(overrides ?? {})) table[k] = fromOverride(v);
  if (table[model]) return table[model];
  const lower = model.toLowerCase();
  const key = Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .find((k) => lower.endsWith(`/${k.toLowerCase()}`) || lower === k.toLowerCase());
  return key ? table[key] : undefined;
}

function amountOf(usage: Usage, p: Rates): number {
  const hit = usage.cacheHitTokens ?? 0;
  const miss = usage.cacheMissTokens ?? Math.max(0, usage.promptTokens - hit);
  return (hit * p.inputCacheHit + miss * p.inputCacheMiss + usage.completionTokens * p.output) / 1e6;
}

export interface CostOptions {
  /** When the request was sent: it picks peak or off-peak prices (default now). */
  at?: Date;
  holidays?: LlmSettings['holidays'];
}

/** The cost of one request in every currency the model is priced in, at the period its send time fell in. */
export function costOf(usage: Usage, model: string, overrides?: Record<string, PriceOverride>, o: CostOptions = {}): Cost | undefined {
  const price = priceFor(model, overrides);
  if (!price) return undefined;
  const currencies = Object.keys(price) as Currency[];
  if (currencies.length === 0) return undefined;
  const timed = currencies.some((c) => price[c]?.peak);
  const period: PricePeriod | undefined = timed ? pricePeriod(o.at ?? new Date(), o.holidays) : undefined;
  const amounts: Partial<Record<Currency, number>> = {};
  for (const c of currencies) {
    const p = price[c];
    if (p) amounts[c] = amountOf(usage, period === 'peak' && p.peak ? p.peak : p.base);
  }
  const currency = currencies[0];
  return { amount: amounts[currency] ?? 0, currency, amounts, ...(period ? { period } : {}) };
}

/** ¥ for zh-CN users and $ for en-US users when the table has that currency; otherwise the one it has. */
export function displayCurrency(cost: Cost, locale?: Locale): Currency {
  const want: Currency = locale === 'zh-CN' ? 'CNY' : 'USD';
  return cost.amounts[want] !== undefined ? want : cost.currency;
}

export function formatCost(c: Cost, locale?: Locale): string {
  const currency = locale ? displayCurrency(c, locale) : c.currency;
  const amount = c.amounts[currency] ?? c.amount;
  return formatMoney(amount, currency);
}

export function formatMoney(amount: number, currency: Currency): string {
  const sym = currency === 'USD' ? '$' : '¥';
  const digits = amount < 0.01 ? 5 : amount < 1 ? 4 : 2;
  return `${sym}${amount.toFixed(digits)}`;
}
