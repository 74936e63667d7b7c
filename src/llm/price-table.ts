import type { Currency } from './types';

/** Prices per one million tokens. */
export interface Rates {
  inputCacheHit: number;
  inputCacheMiss: number;
  output: number;
}

/** One currency's prices: `base` all day, or off-peak when `peak` is given for peak hours. */
export interface CurrencyPrice {
  base: Rates;
  peak?: Rates;
}

/** A model's price in every currency its provider publishes. */
export type ModelPrice = Partial<Record<Currency, CurrencyPrice>>;

export type PriceTable = Record<string, ModelPrice>;

/** When the table below was last compared with DeepSeek's pricing pages (en and zh), and where. */
export const PRICES_CHECKED = '2026-11-29';
export const PRICES_SOURCE = 'https://api-docs.deepseek.com/quick_start/pricing';

const r = (inputCacheHit: number, inputCacheMiss: number, output: number): Rates => ({ inputCacheHit, inputCacheMiss, output });

const FLASH: ModelPrice = {
  USD: { base: r(0.003, 0.15, 0.6), peak: r(0.006, 0.3, 1.2) },
  CNY: { base: r(0.02, 1, 4), peak: r(0.04, 2, 8) },
};
const PRO: ModelPrice = {
  USD: { base: r(0.022, 0.66, 1.98), peak: r(0.044, 1.32, 3.96) },
  CNY: { base: r(0.15, 4.5, 13.5), peak: r(0.3, 9, 27) },
};

/**
 * DeepSeek's published prices, off-peak as `base` and peak hours (Beijing weekdays 09–12 and 14–18,
 * holidays excepted) as `peak`. Reasoning tokens are billed as output. The legacy flash ids are served
 * by V4.1-Flash at the Flash price. Models with no entry get no cost, never a guessed one.
 */
export const DEFAULT_PRICES: PriceTable = {
  'deepseek-flash': FLASH,
  'deepseek-v4-pro': PRO,
  'deepseek-v4-flash': FLASH,
  'deepseek-v4-flash-vision-exp': FLASH,
};

/** DeepSeek's OCR and file parsing: CNY 1.5 per 1,000 pages (no USD price published). */
export const OCR_CNY_PER_PAGE = 1.5 / 1000;
