// Backoff for our own retry loop (the SDK's is switched off so that a retry can be reported to the
// user as an event and a cancel during the wait takes effect at once).

const BASE_MS = 500;
const CAP_MS = 8_000;
const MAX_SERVER_WAIT_MS = 60_000;

/** Exponential with up to 25% jitter below, unless the server said how long to wait. */
export function backoffDelay(attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0 && retryAfterMs <= MAX_SERVER_WAIT_MS) return retryAfterMs;
  const exp = Math.min(BASE_MS * 2 ** attempt, CAP_MS);
  return Math.round(exp * (1 - random() * 0.25));
}

/** `retry-after-ms`, then `Retry-After` as seconds or an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const ra = headers.get('retry-after');
  if (!ra) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Math.round(Number(ra) * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after ms, or rejects at once when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortReason());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(): Error {
  const e = new Error('Aborted');
  e.name = 'AbortError';
  return e;
}
