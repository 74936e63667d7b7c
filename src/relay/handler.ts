import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LlmSettings } from '../llm/settings';
import { presetFor } from '../llm/providers/presets';
import { ADDIN_ORIGINS, RELAY_PROVIDER_HEADER, type RelayInfo, type RelayRefusal } from './protocol';
import { checkRequest, corsHeaders, LOOPBACK_NAMES, preflightHeaders, type GuardOptions } from './guard';
import { matchRoute } from './routes';
import { createAgents, forward } from './forward';
import { sendJson, sendRelayError } from './reply';

/** The provider the relay reaches, or why it cannot (no key, a bad config file), as a sentence. */
export type Upstream = { settings: LlmSettings } | { problem: string };

/** One line per request for the relay's console: never a header, a body, a prompt or an answer. */
export interface RelayLogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
  /** Why the relay itself refused, when it did. */
  refused?: RelayRefusal;
  origin?: string;
}

export interface RelayOptions {
  /** Resolved for every request, so a fixed config file needs no restart (`dsplus relay` passes a constant). */
  upstream: () => Upstream;
  /** Origins allowed besides the relay's own; default: the add-in's (ADDIN_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Host names the Host header may carry besides loopback ones (the `--host` the relay was started with). */
  extraHostnames?: readonly string[];
  loopbackPeersOnly?: boolean;
  token?: string;
  log?: (entry: RelayLogEntry) => void;
}

export type RelayHandler = ((req: IncomingMessage, res: ServerResponse) => void) & { close(): void };

/** The auth header(s) for this provider: Azure takes `api-key`, everyone else a bearer token. */
function authHeaders(s: LlmSettings): Record<string, string> {
  if (!s.apiKey) return {};
  return presetFor(s.provider).auth === 'api-key' ? { 'api-key': s.apiKey } : { authorization: `Bearer ${s.apiKey}` };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function relayInfo(s: LlmSettings, tokenRequired: boolean): RelayInfo {
  const preset = presetFor(s.provider);
  return {
    relay: 'dsplus',
    provider: preset.id,
    providerName: preset.name,
    providerNameZh: preset.nameZh,
    upstream: hostOf(s.baseURL),
    fastModel: s.fastModel,
    deepModel: s.deepModel,
    tokenRequired,
    endpoints: { balance: preset.hasBalance, tools: preset.hasTools },
  };
}

/**
 * A plain Node request handler for the relay's `/v1/…` paths (mount it under any prefix that is
 * stripped from `req.url`, as Connect's `use('/relay', …)` does). It knows no server: `dsplus relay`
 * and the dev server's plugin both call it. Every request passes the guard first; the key is added
 * here, on the way out, and never appears in an answer.
 */
export function createRelayHandler(options: RelayOptions): RelayHandler {
  const guard: GuardOptions = {
    allowedOrigins: new Set(options.allowedOrigins ?? ADDIN_ORIGINS),
    hostnames: new Set([...LOOPBACK_NAMES, ...(options.extraHostnames ?? []).map((h) => h.replace(/^\[|\]$/g, '').toLowerCase())]),
    loopbackPeersOnly: options.loopbackPeersOnly ?? false,
    token: options.token || undefined,
  };
  const agents = createAgents();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const t0 = Date.now();
    const path = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';
    const log = (status: number, refused?: RelayRefusal) =>
      options.log?.({ method, path, status, ms: Date.now() - t0, refused, origin: refused ? (req.headers.origin as string | undefined) : undefined });

    const verdict = checkRequest(req, guard);
    if (!verdict.ok) {
      req.resume();
      sendRelayError(res, verdict.status, verdict.code, verdict.detail, corsHeaders(verdict.corsOrigin));
      log(verdict.status, verdict.code);
      return;
    }
    const cors = corsHeaders(verdict.corsOrigin);
    if (method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(req, verdict.corsOrigin));
      res.end();
      log(204);
      return;
    }
    const route = path.startsWith('/v1/') ? matchRoute(path.slice(3)) : undefined;
    if (!route) {
      req.resume();
      sendRelayError(res, 404, 'relay_no_route', `The relay does not forward ${path}.`, cors);
      log(404, 'relay_no_route');
      return;
    }
    const up = options.upstream();
    if ('problem' in up) {
      req.resume();
      sendRelayError(res, 503, 'relay_not_configured', up.problem, cors);
      log(503, 'relay_not_configured');
      return;
    }
    const s = up.settings;
    if (route === 'info') {
      req.resume();
      sendJson(res, 200, relayInfo(s, Boolean(guard.token)), cors);
      log(200);
      return;
    }
    if (method !== route.method) {
      req.resume();
      sendRelayError(res, 405, 'relay_no_route', `${path} takes ${route.method}.`, { ...cors, allow: route.method });
      log(405, 'relay_no_route');
      return;
    }
    const preset = presetFor(s.provider);
    if (!route.available(preset)) {
      req.resume();
      sendRelayError(res, 404, 'relay_not_available', `${preset.name} has no ${path} endpoint.`, cors);
      log(404, 'relay_not_available');
      return;
    }
    const asked = req.headers[RELAY_PROVIDER_HEADER];
    if (typeof asked === 'string' && asked && asked !== preset.id) {
      req.resume();
      sendRelayError(res, 409, 'relay_provider_mismatch', `The relay reaches ${preset.name} (${preset.id}), not ${asked}.`, cors, {
        provider: preset.id,
        providerName: preset.name,
        providerNameZh: preset.nameZh,
      });
      log(409, 'relay_provider_mismatch');
      return;
    }
    void forward(
      {
        req,
        res,
        url: route.upstreamURL(s.baseURL),
        method: route.method,
        auth: authHeaders(s),
        secrets: s.apiKey ? [s.apiKey] : [],
        maxBytes: route.maxBytes,
        corsHeaders: cors,
      },
      agents,
    ).then((status) => log(status));
  };
  return Object.assign(handler, {
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
