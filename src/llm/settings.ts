import { z } from 'zod';

const rates = { inputCacheHit: z.number().min(0), inputCacheMiss: z.number().min(0), output: z.number().min(0) };
const modelPriceSchema = z.object({ ...rates, currency: z.enum(['USD', 'CNY']), peak: z.object(rates).optional() });

// One validated settings object for every provider (no provider-specific fields).
export const llmSettingsSchema = z.object({
  /** A preset id from providers/presets.ts, or 'custom'. */
  provider: z.string().min(1).default('deepseek'),
  baseURL: z.string().url(),
  apiKey: z.string().default(''),
  fastModel: z.string().min(1),
  deepModel: z.string().min(1),
  /**
   * 'relay': requests go to a local relay (`dsplus relay`, or `/relay/v1` on the dev server) that adds
   * the key itself; `baseURL` is the relay's URL and no key is kept here. 'direct' when absent.
   */
  connection: z.enum(['direct', 'relay']).optional(),
  /** The relay's token, when it asks for one (a relay started with --token or a non-loopback --host). */
  relayToken: z.string().optional(),
  /** Mask phone/ID/e-mail/bank-card numbers before a request and restore them in the answer. */
  maskSensitive: z.boolean().default(true),
  connectTimeoutMs: z.number().int().positive().default(30_000),
  idleTimeoutMs: z.number().int().positive().default(120_000),
  maxRetries: z.number().int().min(0).max(10).default(2),
  /** Overrides the model's known context window (tokens), e.g. for a local server started with a small one. */
  contextWindow: z.number().int().positive().optional(),
  /** Edits to the price table (USD or CNY per 1M tokens), keyed by model id; `peak` for time-of-day prices. See pricing.ts. */
  prices: z.record(z.string(), modelPriceSchema).optional(),
  /** How hard a DeepSeek thinking request reasons (`reasoning_effort`); unset means high, DeepSeek's own default. */
  reasoningEffort: z.enum(['low', 'high', 'max']).optional(),
  /** Requests in flight at once to this provider, across every feature (default: the preset's). */
  maxConcurrency: z.number().int().min(1).max(64).optional(),
  /** Chinese public holidays (off-peak all day), by year: days "YYYY-MM-DD" or ranges "YYYY-MM-DD..YYYY-MM-DD". Replaces a year of the built-in table. */
  holidays: z.record(z.string().regex(/^\d{4}$/), z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/))).optional(),
  /** 联网搜索: where web searches go. 'auto' is DeepSeek's Search API with the DeepSeek provider, SearXNG when a URL is set, otherwise none. */
  searchBackend: z.enum(['auto', 'deepseek', 'searxng', 'none']).optional(),
  /** A SearXNG instance (its JSON format must be enabled), e.g. https://search.example.org. */
  searxngURL: z.string().url().or(z.literal('')).optional(),
  /** Read the top results' pages with DeepSeek's Fetch API (billed per page) rather than using their snippets only. */
  fetchPages: z.boolean().optional(),
});

export type LlmSettings = z.infer<typeof llmSettingsSchema>;

// The values and helpers live in a zod-free module so the pane's first chunk stays small; they are
// re-exported here so callers have one place to import from.
export { defaultLlmSettings, isConfigured, isLocalURL, isRelay, maskKey, missingSetting } from './settings-values';
