import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../../src/llm/connection-wire';
import { AppError } from '../../../src/errors';
import { LlmError, isLlmFailure } from '../../../src/llm/errors';
import type { ConnectionReport } from '../../../src/llm/connection';

// A test run in the hidden frame comes back through postMessage, where errors lose their class.
const roundTrip = (r: ConnectionReport) => fromWire(structuredClone(toWire(r)));

describe('a connection report crosses from the test frame to the pane intact', () => {
  it('a success keeps its models, missing models and latency', () => {
    const r: ConnectionReport = { ok: true, latencyMs: 12, models: ['a', 'b'], missingModels: ['c'] };
    expect(roundTrip(r)).toEqual(r);
  });

  it('a CORS failure keeps its sentence, its fix and its kind, so the pane shows the same fix', () => {
    const e = new LlmError('cors', 'llm.error.cors', { origin: 'http://x' }, { retryable: false, fixKey: 'llm.cors.fix.vllm' });
    const back = roundTrip({ ok: false, latencyMs: 3, missingModels: [], error: e }).error;
    expect(isLlmFailure(back, 'cors')).toBe(true);
    expect(back).toMatchObject({ key: 'llm.error.cors', params: { origin: 'http://x' }, fixKey: 'llm.cors.fix.vllm' });
  });

  it('an app error keeps its key; anything else keeps its text', () => {
    const app = roundTrip({ ok: false, latencyMs: 1, missingModels: [], error: new AppError('settings.invalid.url') }).error;
    expect(app).toBeInstanceOf(AppError);
    expect((app as AppError).key).toBe('settings.invalid.url');
    const other = roundTrip({ ok: false, latencyMs: 1, missingModels: [], error: new TypeError('Failed to fetch') }).error;
    expect(String(other)).toContain('Failed to fetch');
  });
});
