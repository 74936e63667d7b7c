import { z } from 'zod';

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
  /** Edits to the price table (USD or CNY per 1M tokens), keyed by model id; see pricing.ts. */
  prices: z
    .record(z.string(), z.object({ inputCacheHit: z.number().min(0), inputCacheMiss: z.number().min(0), output: z.number().min(0), currency: z.enum(['USD', 'CNY']) }))
    .optional(),
});

export type LlmSettings = z.infer<typeof llmSettingsSchema>;

// The values and helpers live in a zod-free module so the pane's first chunk stays small; they are
// re-exported here so callers have one place to import from.
export { defaultLlmSettings, isConfigured, isLocalURL, isRelay, maskKey, missingSetting } from './settings-values';
