import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { sendRelayError } from './reply';

export interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
}

/** Kept-alive connections to the provider: a TLS handshake per request would show in every answer's first token. */
export function createAgents(): Agents {
  return { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
}

export interface ForwardInput {
  req: IncomingMessage;
  res: ServerResponse;
  url: string;
  method: 'GET' | 'POST';
  /** The header(s) carrying the key, added here and only here. */
  auth: Record<string, string>;
  /** Strings that must never reach the browser (the key), blanked out of error bodies. */
  secrets: readonly string[];
  maxBytes: number;
  /** CORS headers for an allowed cross-origin caller. */
  corsHeaders: Record<string, string>;
}

/** Request headers passed on to the provider; everything else (cookies, origin, the pane's own auth) stays here. */
const REQUEST_HEADERS = ['content-type', 'content-length', 'accept'];
/** Response headers passed back: what a client needs to read the body and to wait before retrying. */
const RESPONSE_HEADERS = /^(content-type|content-length|content-encoding|cache-control|retry-after|retry-after-ms|x-request-id|x-ratelimit-[a-z-]+)$/;
/** An error body is read whole (to blank secrets out); beyond this it is cut. */
const ERROR_BODY_LIMIT = 1024 * 1024;

function pick(headers: IncomingHttpHeaders, keep: (name: string) => boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && keep(k)) out[k] = v;
  return out;
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[hidden by the relay]');
  return out;
}

function describe(e: unknown): string {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code || (e instanceof Error ? e.message : String(e));
}

/**
 * Sends one request on to the provider and its answer back, resolving with the status sent (for the
 * log line). The body streams both ways with backpressure: a streamed answer is written chunk by chunk
 * as it arrives, with the headers flushed at once. A browser that goes away (Stop, a closed pane)
 * aborts the provider request. Provider errors pass through with their status, Retry-After and body.
 */
export function forward(input: ForwardInput, agents: Agents): Promise<number> {
  const { req, res, url, method, auth, secrets, maxBytes, corsHeaders } = input;
  // HTTP/2 (the HTTPS dev server) forbids connection headers.
  const closing: Record<string, string> = req.httpVersionMajor >= 2 ? {} : { connection: 'close' };
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (method === 'POST' && declared > maxBytes) {
      req.resume();
      sendRelayError(res, 413, 'relay_too_large', tooLarge(maxBytes), { ...corsHeaders, ...closing }, { limitMB: Math.round(maxBytes / 1024 / 1024) });
      resolve(413);
      return;
    }
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const headers: Record<string, string | string[]> = { ...pick(req.headers, (k) => REQUEST_HEADERS.includes(k)), 'user-agent': 'dsplus-relay', ...auth };
    if (method === 'GET') delete headers['content-length'];
    const upstream = (https ? httpsRequest : httpRequest)(target, { method, headers, agent: https ? agents.https : agents.http });
    // The request goes out as headers then body: without this, Nagle holds the body back for an ACK.
    upstream.setNoDelay(true);

    let settled = false;
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      resolve(status);
    };
    // The browser went away (Stop, a closed pane, a timeout on its side): stop the provider too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
      done(res.statusCode);
    });

    upstream.on('response', (up) => {
      const status = up.statusCode ?? 502;
      const headers = pick(up.headers, (k) => RESPONSE_HEADERS.test(k));
      if (status >= 400) {
        // Small by nature, read whole so the key can never be echoed back to the browser.
        const parts: Buffer[] = [];
        let size = 0;
        up.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= ERROR_BODY_LIMIT) parts.push(c);
        });
        up.on('end', () => {
          const body = Buffer.from(redact(Buffer.concat(parts).toString('utf8'), secrets));
          delete headers['content-encoding'];
          res.writeHead(status, { ...headers, ...corsHeaders, 'content-length': body.length });
          res.end(body);
          done(status);
        });
        up.on('error', () => res.destroy());
        return;
      }
      res.writeHead(status, { ...headers, ...corsHeaders, 'x-accel-buffering': 'no' });
      res.flushHeaders();
      try {
        res.socket?.setNoDelay(true);
      } catch {
        /* an HTTP/2 stream's socket cannot be tuned; it does not delay small writes anyway */
      }
      up.pipe(res);
      up.on('end', () => done(status));
      // A provider that drops the stream midway: drop ours too, so the client sees a cut, not an end.
      up.on('error', () => res.destroy());
      up.on('close', () => {
        if (!up.complete) res.destroy();
      });
    });
    upstream.on('error', (e) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendRelayError(res, 502, 'relay_upstream_unreachable', `The relay could not reach ${target.host}: ${describe(e)}.`, corsHeaders, {
        host: target.host,
        detail: describe(e),
      });
      done(502);
    });

    if (method === 'GET') {
      req.resume();
      upstream.end();
      return;
    }
    // The body is passed on as it arrives (an OCR upload can be 100 MB), counted against the limit.
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      seen += chunk.length;
      if (seen > maxBytes) {
        upstream.destroy();
        sendRelayError(res, 413, 'relay_too_large', tooLarge(maxBytes), { ...corsHeaders, ...closing }, { limitMB: Math.round(maxBytes / 1024 / 1024) });
        done(413);
        return;
      }
      if (!upstream.write(chunk)) req.pause();
    });
    upstream.on('drain', () => req.resume());
    req.on('end', () => upstream.end());
    req.on('error', () => upstream.destroy());
  });
}

function tooLarge(limit: number): string {
  return `The request is larger than the relay accepts (${Math.round(limit / 1024 / 1024)} MB).`;
}
