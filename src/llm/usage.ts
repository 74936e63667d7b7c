import type { FinishReason, Usage } from './types';

interface RawUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  prompt_cache_hit_tokens?: number;
  prompt_cache_miss_tokens?: number;
  completion_tokens_details?: { reasoning_tokens?: number } | null;
  prompt_tokens_details?: { cached_tokens?: number } | null;
}

/** DeepSeek's usage fields, and the OpenAI-style `cached_tokens` other gateways send instead. */
export function normalizeUsage(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as RawUsage;
  const prompt = u.prompt_tokens ?? 0;
  const completion = u.completion_tokens ?? 0;
  const out: Usage = { promptTokens: prompt, completionTokens: completion, totalTokens: u.total_tokens ?? prompt + completion };
  const reasoning = u.completion_tokens_details?.reasoning_tokens;
  if (typeof reasoning === 'number') out.reasoningTokens = reasoning;
  const hit = u.prompt_cache_hit_tokens ?? u.prompt_tokens_details?.cached_tokens;
  if (typeof hit === 'number') out.cacheHitTokens = hit;
  const miss = u.prompt_cache_miss_tokens ?? (typeof hit === 'number' ? prompt - hit : undefined);
  if (typeof miss === 'number') out.cacheMissTokens = miss;
  return out;
}

export function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (!a) return b;
  if (!b) return a;
  const sum = (x?: number, y?: number) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  const out: Usage = {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  };
  const r = sum(a.reasoningTokens, b.reasoningTokens);
  if (r !== undefined) out.reasoningTokens = r;
  const h = sum(a.cacheHitTokens, b.cacheHitTokens);
  if (h !== undefined) out.cacheHitTokens = h;
  const m = sum(a.cacheMissTokens, b.cacheMissTokens);
  if (m !== undefined) out.cacheMissTokens = m;
  return out;
}

export function mapFinishReason(r: string | null | undefined): FinishReason {
  switch (r) {
    case 'stop':
    case 'length':
    case 'content_filter':
    case 'tool_calls':
      return r;
    case 'eos':
      return 'stop';
    default:
      return 'unknown';
  }
}
