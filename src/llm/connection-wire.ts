import { AppError } from '../errors';
import type { MessageKey, MessageParams } from '../locales';
import type { ConnectionReport } from './connection';
import { LlmError, type LlmFailure } from './errors';

/** A connection report as plain data, for a page that tested on another page's behalf (postMessage). */
export type WireReport = Omit<ConnectionReport, 'error'> & { error?: WireError };

interface WireError {
  key?: MessageKey;
  params?: MessageParams;
  failure?: LlmFailure;
  status?: number;
  fixKey?: MessageKey;
  text?: string;
}

/** Errors lose their class in a structured clone: keep what the pane shows (sentence, fix, failure kind). */
export function toWire(r: ConnectionReport): WireReport {
  const { error, ...rest } = r;
  if (error === undefined) return rest;
  if (error instanceof LlmError)
    return { ...rest, error: { key: error.key, params: error.params, failure: error.failure, status: error.status, fixKey: error.fixKey } };
  if (error instanceof AppError) return { ...rest, error: { key: error.key, params: error.params } };
  return { ...rest, error: { text: error instanceof Error ? error.message : String(error) } };
}

export function fromWire(w: WireReport): ConnectionReport {
  const { error, ...rest } = w;
  if (!error) return rest;
  if (error.key && error.failure)
    return { ...rest, error: new LlmError(error.failure, error.key, error.params ?? {}, { retryable: false, status: error.status, fixKey: error.fixKey }) };
  if (error.key) return { ...rest, error: new AppError(error.key, error.params ?? {}) };
  return { ...rest, error: new Error(error.text ?? 'unknown') };
}
