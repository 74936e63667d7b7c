import type { LlmSettings } from './settings';
import { presetFor } from './providers/presets';
import { normalizeBaseURL } from './client';

/**
 * Requests in flight to one provider, shared by every feature in this process (the Ask panel, a map-reduce,
 * a fan-out of searches): at most `max` at once. A 429 halves the limit and pauses new requests for the
 * time the server asked (or a second); each round of successes after that raises the limit by one again,
 * back up to `max` (additive increase, multiplicative decrease).
 */
export class ConcurrencyLimiter {
  private limit: number;
  private active = 0;
  private pausedUntil = 0;
  private successes = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiting: { grant: () => void; signal?: AbortSignal; onAbort: () => void }[] = [];

  constructor(private max: number) {
    this.limit = max;
  }

  /** Requests allowed at once right now (lower than `max` after a 429). */
  get currentLimit(): number {
    return this.limit;
  }

  get inFlight(): number {
    return this.active;
  }

  setMax(max: number): void {
    if (max === this.max) return;
    this.max = max;
    this.limit = Math.min(Math.max(1, this.limit), max);
    this.pump();
  }

  /** Waits for a slot; the returned function gives it back (call it once). Rejects when the signal fires. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.active--;
        this.pump();
      };
      const entry = {
        grant: () => {
          signal?.removeEventListener('abort', entry.onAbort);
          this.active++;
          resolve(release);
        },
        signal,
        onAbort: () => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(abortError());
        },
      };
      signal?.addEventListener('abort', entry.onAbort, { once: true });
      this.waiting.push(entry);
      this.pump();
    });
  }

  /** The provider answered 429: fewer requests at once, and none new for a while. */
  onRateLimited(retryAfterMs?: number): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.successes = 0;
    const wait = retryAfterMs !== undefined && retryAfterMs >= 0 && retryAfterMs <= 60_000 ? retryAfterMs : 1_000;
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait);
  }

  /** One more request at once after each full round (`limit` successes) without a 429. */
  onSuccess(): void {
    if (this.limit < this.max && ++this.successes >= this.limit) {
      this.limit++;
      this.successes = 0;
    }
    this.pump();
  }

  private pump(): void {
    const now = Date.now();
    if (now < this.pausedUntil) {
      if (!this.timer && this.waiting.length) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.pausedUntil - now);
      }
      return;
    }
    while (this.active < this.limit && this.waiting.length) this.waiting.shift()?.grant();
  }
}

function abortError(): Error {
  const e = new Error('Aborted');
  e.name = 'AbortError';
  return e;
}

const limiters = new Map<string, ConcurrencyLimiter>();

/** The provider's limit: `settings.maxConcurrency`, else the preset's. */
export function providerConcurrency(settings: LlmSettings): number {
  return settings.maxConcurrency ?? presetFor(settings.provider).concurrency;
}

/** One limiter per endpoint (DeepSeek counts concurrency per account, whichever key or feature sends). */
export function limiterFor(settings: LlmSettings): ConcurrencyLimiter {
  const key = `${settings.provider}|${normalizeBaseURL(settings.baseURL)}`;
  const max = providerConcurrency(settings);
  let l = limiters.get(key);
  if (!l) {
    l = new ConcurrencyLimiter(max);
    limiters.set(key, l);
  } else l.setMax(max);
  return l;
}
