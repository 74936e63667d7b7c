import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { timingSafeEqual } from 'node:crypto';
import { RELAY_TOKEN_HEADER, type RelayRefusal } from './protocol';

/** Names under which this machine reaches a loopback relay. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

export interface GuardOptions {
  /** Exact origins (scheme://host[:port]) a browser page may call from; the relay's own origin is always allowed. */
  allowedOrigins: ReadonlySet<string>;
  /** Host names the Host header may carry (lower case, IPv6 without brackets); its port must be the one connected to. */
  hostnames: ReadonlySet<string>;
  /** Answer only peers on this machine (the dev server's relay, which never asks for a token). */
  loopbackPeersOnly: boolean;
  token?: string;
}

/** `corsOrigin`: the caller's origin when it may read the answer (a refusal for another reason is still readable). */
export type Verdict = { ok: true; corsOrigin?: string } | { ok: false; status: 401 | 403; code: RelayRefusal; detail: string; corsOrigin?: string };

export function isLoopbackAddress(addr: string | undefined): boolean {
  if (!addr) return false;
  const a = addr.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return LOOPBACK_NAMES.includes(h) || isLoopbackAddress(h);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function encrypted(req: IncomingMessage): boolean {
  return Boolean((req.socket as TLSSocket | undefined)?.encrypted);
}

/** The Host header (HTTP/2's :authority) split into a lower-case name without brackets and a port. */
function parseHost(req: IncomingMessage): { name: string; port: string; raw: string } | undefined {
  const raw = header(req, 'host') ?? header(req, ':authority');
  if (!raw) return undefined;
  try {
    const u = new URL(`http://${raw}`);
    if (u.username || u.password || u.pathname !== '/') return undefined;
    return { name: u.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port: u.port || (encrypted(req) ? '443' : '80'), raw: raw.toLowerCase() };
  } catch {
    return undefined;
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a request may reach the provider, checked before anything is read or forwarded:
 * - the peer is on this machine, where the relay answers only this machine;
 * - the Host header names the relay's own address and port (a DNS-rebinding page sends its own name);
 * - a browser's Origin is the relay's own or an allowed one; a cross-site request without Origin
 *   (an <img> or a no-cors fetch carries Sec-Fetch-Site instead) is refused as well;
 * - the token matches, when the relay has one (preflights carry no custom headers and skip this).
 */
export function checkRequest(req: IncomingMessage, o: GuardOptions): Verdict {
  const origin = header(req, 'origin');
  const listed = origin !== undefined && o.allowedOrigins.has(origin) ? origin : undefined;
  if (o.loopbackPeersOnly && !isLoopbackAddress(req.socket?.remoteAddress)) {
    return { ok: false, status: 403, code: 'relay_peer', detail: 'This relay answers only requests from this computer.', corsOrigin: listed };
  }
  const host = parseHost(req);
  const localPort = req.socket?.localPort;
  if (!host || !o.hostnames.has(host.name) || (localPort !== undefined && host.port !== String(localPort))) {
    return { ok: false, status: 403, code: 'relay_host', detail: `The Host header "${host?.raw ?? ''}" is not this relay's address.`, corsOrigin: listed };
  }
  const own = `${encrypted(req) ? 'https' : 'http'}://${host.raw}`;
  if (origin !== undefined) {
    if (origin !== own && !listed) {
      return {
        ok: false,
        status: 403,
        code: 'relay_origin',
        detail: `Calls from ${origin} are not allowed. Start the relay with --allow-origin ${origin} if that page is yours.`,
      };
    }
  } else {
    const site = header(req, 'sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') {
      return { ok: false, status: 403, code: 'relay_origin', detail: 'A cross-site request without an Origin is not allowed.' };
    }
  }
  const corsOrigin = origin !== undefined && origin !== own ? origin : undefined;
  if (o.token && req.method !== 'OPTIONS' && !sameToken(header(req, RELAY_TOKEN_HEADER), o.token)) {
    return { ok: false, status: 401, code: 'relay_token', detail: `This relay needs its token in the ${RELAY_TOKEN_HEADER} header.`, corsOrigin };
  }
  return { ok: true, corsOrigin };
}

/** Response headers that let an allowed page read the answer (and Retry-After) across origins. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'retry-after, retry-after-ms, x-request-id',
    vary: 'Origin',
  };
}

/** The answer to an allowed preflight, including Chromium's Private Network Access opt-in. */
export function preflightHeaders(req: IncomingMessage, origin: string | undefined): Record<string, string> {
  const h: Record<string, string> = {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': header(req, 'access-control-request-headers') ?? `content-type, ${RELAY_TOKEN_HEADER}`,
    'access-control-max-age': '600',
  };
  if (header(req, 'access-control-request-private-network') === 'true') h['access-control-allow-private-network'] = 'true';
  return h;
}
