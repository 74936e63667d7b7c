import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { AppError } from '../errors';

// `dsplus … https://…` reads the page itself (the pane goes through DeepSeek's Fetch API instead). A link
// is data the user pasted, maybe copied from a model's answer: only http(s), a size limit and a timeout,
// and never this machine or a private network unless --allow-private says so. The address is checked when
// the connection is made (in the DNS lookup), so a name that resolves to 127.0.0.1 is refused too.

export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** Loopback, private, link-local, multicast and reserved addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1] as string, 'ipv4');
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  return true;
}

export interface FetchedUrl {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface FetchUrlOptions {
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

function checkedURL(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AppError('url.error.scheme', { url: raw });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new AppError('url.error.scheme', { url: raw });
  return u;
}

/** A DNS lookup that refuses private addresses, so the check holds for the address actually connected to. */
function guardedLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad || list.length === 0) return callback(Object.assign(new Error('private address'), { code: 'EPRIVATE', host }), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

function get(u: URL, o: FetchUrlOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (!o.allowPrivate && isIP(host) && isPrivateAddress(host)) return reject(new AppError('url.error.private', { host }));
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(u, {
      method: 'GET',
      headers: { 'user-agent': 'dsplus (DeepSeek+ for Office)', accept: 'text/html,text/plain,text/markdown,application/pdf;q=0.9,*/*;q=0.1' },
      ...(o.allowPrivate ? {} : { lookup: guardedLookup(host) }),
      signal: o.signal,
    });
    req.on('response', resolve);
    req.on('error', (e: Error & { code?: string }) => reject(e.code === 'EPRIVATE' ? new AppError('url.error.private', { host }) : e));
    req.end();
  });
}

/** GETs a page (following up to five redirects, each checked again), refusing what the rules above refuse. */
export async function fetchUrl(raw: string, o: FetchUrlOptions = {}): Promise<FetchedUrl> {
  let u = checkedURL(raw);
  const maxBytes = o.maxBytes ?? MAX_PAGE_BYTES;
  const timeoutMs = o.timeoutMs ?? TIMEOUT_MS;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const onAbort = () => ctrl.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (let hop = 0; ; hop++) {
      let res: IncomingMessage;
      try {
        res = await get(u, { ...o, signal: ctrl.signal });
      } catch (e) {
        if (e instanceof AppError) throw e;
        if (o.signal?.aborted) throw e;
        if (ctrl.signal.aborted) throw new AppError('url.error.timeout', { url: u.href, seconds: Math.round(timeoutMs / 1000) });
        throw new AppError('url.error.network', { url: u.href, detail: (e as { code?: string }).code ?? (e as Error).message });
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= MAX_REDIRECTS) throw new AppError('url.error.redirects', { url: raw });
        u = checkedURL(new URL(res.headers.location, u).href);
        continue;
      }
      if (status !== 200) {
        res.resume();
        throw new AppError('url.error.status', { url: u.href, status });
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        res.destroy();
        throw new AppError('url.error.tooLarge', { url: u.href, limit: Math.round(maxBytes / 1e6) });
      }
      const parts: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res) {
          size += (chunk as Buffer).byteLength;
          if (size > maxBytes) {
            res.destroy();
            throw new AppError('url.error.tooLarge', { url: u.href, limit: Math.round(maxBytes / 1e6) });
          }
          parts.push(chunk as Buffer);
        }
      } catch (e) {
        if (e instanceof AppError) throw e;
        if (ctrl.signal.aborted && !o.signal?.aborted) throw new AppError('url.error.timeout', { url: u.href, seconds: Math.round(timeoutMs / 1000) });
        throw e;
      }
      return { url: u.href, contentType: String(res.headers['content-type'] ?? ''), bytes: new Uint8Array(Buffer.concat(parts)) };
    }
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}
