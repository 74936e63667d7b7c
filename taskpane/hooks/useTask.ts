import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../src/errors';

export type TaskStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/**
 * Runs one cancellable async job at a time. A cancel is not an error: status becomes 'cancelled' and
 * nothing is reported. Starting a new run cancels the previous one; unmounting cancels too.
 */
export function useTask<A extends unknown[], R>(fn: (signal: AbortSignal, ...args: A) => Promise<R>) {
  const [status, setStatus] = useState<TaskStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<R | null>(null);
  const ctrl = useRef<AbortController | null>(null);
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  useEffect(() => () => ctrl.current?.abort(), []);

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setStatus('running');
    setError(null);
    try {
      const r = await fnRef.current(c.signal, ...args);
      if (c.signal.aborted) {
        setStatus('cancelled');
        return undefined;
      }
      setResult(r);
      setStatus('done');
      return r;
    } catch (e) {
      if (c.signal.aborted || isAbortError(e)) {
        setStatus('cancelled');
      } else {
        setError(e);
        setStatus('error');
      }
      return undefined;
    } finally {
      if (ctrl.current === c) ctrl.current = null;
    }
  }, []);

  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const reset = useCallback(() => {
    setStatus('idle');
    setError(null);
  }, []);
  return { run, cancel, reset, status, error, result, running: status === 'running' };
}
