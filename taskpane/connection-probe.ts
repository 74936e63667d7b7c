// A hidden page Test connection opens in an iframe to test a provider address that is not saved yet
// (taskpane/app/test-anywhere.ts). The pane's own policy lets it connect only to the saved provider, and
// a policy can be added but never widened without a reload. This page's policy (added below, from its
// address, before anything runs) lets it connect only to the ONE origin under test; it answers only its
// parent, on the pane's own origin, and closes with the frame. Nothing is stored here.
import { originOf } from '../src/llm/connect-origins';
import { testConnection } from '../src/llm/connection';
import { toWire } from '../src/llm/connection-wire';
import type { LlmSettings } from '../src/llm/settings';

const allowed = originOf(new URLSearchParams(location.hash.slice(1)).get('origin') ?? undefined);

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = `connect-src ${allowed ?? "'none'"}`;
document.head.appendChild(meta);

window.addEventListener('message', (e: MessageEvent<{ id: number; settings: LlmSettings }>) => {
  if (e.source !== window.parent || e.origin !== location.origin) return;
  const { id, settings } = e.data;
  const reply = (report: unknown) => window.parent.postMessage({ id, report }, location.origin);
  if (!allowed || originOf(settings.baseURL) !== allowed) return reply(null);
  void testConnection(settings).then((r) => reply(toWire(r)));
});

window.parent.postMessage({ ready: true }, location.origin);
