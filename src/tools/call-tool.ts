import { isAbortError } from '../errors';
import { ocrTooLarge, ocrUploadTimeout, toolsBadAnswer, toolsBlocked, toolsUnavailable } from './errors';
import { errorForStatus, isBrowser } from '../llm/map-error';
import { backoffDelay, parseRetryAfter, sleep } from '../llm/retry';
import { CancelledError, RateLimitError, LlmError, timeout, networkError } from '../llm/errors';
import { ConcurrencyLimiter } from '../llm/limiter';
import { hostOf, toolURL, toolsOrigin, type ToolEndpoint } from './endpoint';

// Search, Fetch and OCR share DeepSeek's per-account concurrency with chat, and Fetch is reported to allow
// about 25 requests per second: a fan-out of them goes through a small limiter per origin that backs off
// on 429, like chat requests do.
const limiters = new Map<string, ConcurrencyLimiter>();
function limiterFor(ep: ToolEndpoint): ConcurrencyLimiter {
  const key = toolsOrigin(ep.baseURL);
  let l = limiters.get(key);
  if (!l) limiters.set(key, (l = new ConcurrencyLimiter(4)));
  return l;
}

export interface ToolCall {
  tool: 'search' | 'fetch' | 'ocr';
  body: Record<string, unknown> | FormData;
  signal?: AbortSignal;
}

function errorDetail(text: string): string {
  try {
    const j = JSON.parse(text) as { error?: { message?: unknown }; message?: unknown };
    const m = j.error?.message ?? j.message;
    if (typeof m === 'string') return m;
  } catch {
    /* not JSON: the text itself, shortened */
  }
  return text.slice(0, 200);
}

/**
 * POSTs to `{origin}/v1/tools/{tool}` and returns the parsed JSON. Errors are the chat layer's typed ones
 * (a bad key, no balance, 429 …) with the same sentences, plus a sentence for a server that has no such
 * endpoint. Leading blank lines (OCR's keep-alives) are skipped.
 */
export async function callTool<T>(ep: ToolEndpoint, call: ToolCall): Promise<T> {
  const url = toolURL(ep, call.tool);
  const host = hostOf(url);
  const limiter = limiterFor(ep);
  const retries = ep.maxRetries ?? 1;
  for (let attempt = 0; ; attempt++) {
    let failure: unknown;
    let release: (() => void) | undefined;
    try {
      release = await limiter.acquire(call.signal);
      const result = await attemptCall<T>(ep, call, url, host);
      limiter.onSuccess();
      return result;
    } catch (e) {
      if (call.signal?.aborted || isAbortError(e)) throw new CancelledError();
      failure = e;
      if (e instanceof RateLimitError) limiter.onRateLimited(e.retryAfterMs);
    } finally {
      release?.();
    }
    if (!LlmError.isRetryable(failure) || attempt >= retries) throw failure;
    await sleep(backoffDelay(attempt, (failure as LlmError).retryAfterMs), call.signal).catch(() => {
      throw new CancelledError();
    });
  }
}

async function attemptCall<T>(ep: ToolEndpoint, call: ToolCall, url: string, host: string): Promise<T> {
  const timeoutMs = ep.timeoutMs ?? 60_000;
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  call.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => ctrl.abort(new Error('timeout')), timeoutMs);
  const headers: Record<string, string> = { ...ep.headers };
  if (ep.apiKey) headers.authorization = `Bearer ${ep.apiKey}`;
  const isForm = typeof FormData !== 'undefined' && call.body instanceof FormData;
  if (!isForm) headers['content-type'] = 'application/json';
  try {
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers, body: isForm ? (call.body as FormData) : JSON.stringify(call.body), signal: ctrl.signal });
    } catch (e) {
      if (call.signal?.aborted) throw e;
      if (ctrl.signal.aborted) throw timeout('connect', Math.round(timeoutMs / 1000), e);
      if (isBrowser() && e instanceof TypeError) throw toolsBlocked(host);
      throw networkError(host, e instanceof Error ? ((e.cause as { code?: string } | undefined)?.code ?? e.message) : String(e), e);
    }
    const text = await res.text().catch((e: unknown) => {
      if (ctrl.signal.aborted && !call.signal?.aborted) throw timeout('idle', Math.round(timeoutMs / 1000), e);
      throw e;
    });
    if (!res.ok) {
      const detail = errorDetail(text);
      if (res.status === 404) throw toolsUnavailable(host, call.tool);
      if (res.status === 413) throw ocrTooLarge(detail);
      if (res.status === 408 && call.tool === 'ocr') throw ocrUploadTimeout();
      throw errorForStatus(res.status, detail, '', parseRetryAfter(res.headers), undefined, 'deepseek');
    }
    try {
      return JSON.parse(text.trimStart()) as T;
    } catch {
      throw toolsBadAnswer(host, call.tool, text.slice(0, 120));
    }
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onAbort);
  }
}
