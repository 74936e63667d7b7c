import { z } from 'zod';

// One validated settings object for every provider (no provider-specific fields).
export const llmSettingsSchema = z.object({
  /** A preset id from providers/presets.ts, or 'custom'. */
  provider: z.string().min(1).default('deepseek'),
  baseURL: z.string().url(),
  apiKey: z.string().default(''),
  fastModel: z.string().min(1),
  deepModel: z.string().min(1),
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

export const defaultLlmSettings: LlmSettings = {
  provider: 'deepseek',
  baseURL: 'https://api.deepseek.com',
  apiKey: '',
  fastModel: 'deepseek-v4-flash',
  deepModel: 'deepseek-v4-flash',
  maskSensitive: true,
  connectTimeoutMs: 30_000,
  idleTimeoutMs: 120_000,
  maxRetries: 2,
};

/** Whether a model call can be made at all; the offline halves of every feature work without it. */
export function isConfigured(s: LlmSettings): boolean {
  return Boolean(s.baseURL && s.fastModel && (s.apiKey || isLocalURL(s.baseURL)));
}

export function isLocalURL(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
  } catch {
    return false;
  }
}

/** What is safe to show after saving: never the whole key. */
export function maskKey(key: string): string {
  if (!key) return '';
  if (key.length <= 8) return '••••';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}
