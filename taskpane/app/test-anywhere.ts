import { connectAllowed } from './connect-policy';
import { originOf } from '../../src/llm/connect-origins';
import { testConnection, type ConnectionReport } from '../../src/llm/connection';
import { fromWire, type WireReport } from '../../src/llm/connection-wire';
import { AppError } from '../../src/errors';
import type { LlmSettings } from '../../src/llm/settings';

const START_TIMEOUT_MS = 15_000;

/**
 * Test connection for settings as they are in a form, saved or not. The pane's policy reaches only the
 * saved provider: an address it does not reach is tested from a hidden frame of our own page whose policy
 * reaches exactly that one origin (taskpane/connection-probe.ts). So a new provider, local server or relay
 * is tested BEFORE it is saved, and the pane's own policy is never widened.
 */
export async function testAnywhere(settings: LlmSettings): Promise<ConnectionReport> {
  if (connectAllowed(settings.baseURL)) return testConnection(settings);
  const origin = originOf(settings.baseURL);
  if (!origin) return testConnection(settings);
  const iframe = document.createElement('iframe');
  iframe.hidden = true;
  iframe.title = 'connection test';
  iframe.src = new URL(`connection-probe.html#origin=${encodeURIComponent(origin)}`, location.href.split(/[?#]/)[0]).href;
  try {
    return await new Promise<ConnectionReport>((resolve) => {
      const t0 = Date.now();
      const timer = setTimeout(() => finish(failed(t0)), START_TIMEOUT_MS);
      const finish = (r: ConnectionReport) => {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(r);
      };
      const onMessage = (e: MessageEvent<{ ready?: boolean; id?: number; report?: WireReport | null }>) => {
        if (e.source !== iframe.contentWindow || e.origin !== location.origin) return;
        if (e.data?.ready) {
          // Started: the test itself has the client's own timeouts.
          clearTimeout(timer);
          iframe.contentWindow?.postMessage({ id: 1, settings }, location.origin);
        } else if (e.data?.id === 1) finish(e.data.report ? fromWire(e.data.report) : failed(t0));
      };
      window.addEventListener('message', onMessage);
      document.body.appendChild(iframe);
    });
  } finally {
    iframe.remove();
  }
}

function failed(t0: number): ConnectionReport {
  return { ok: false, latencyMs: Date.now() - t0, missingModels: [], error: new AppError('settings.test.probeFailed') };
}
