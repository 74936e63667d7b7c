import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelayHandler } from './handler';
import { AppError } from '../errors';

export interface RelayServer {
  /** The relay's base URLs, one per address it listens on (`http://127.0.0.1:8787/v1`). */
  urls: string[];
  port: number;
  close(): Promise<void>;
}

function listenOne(handler: RelayHandler, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Headers as soon as a request starts and no idle cut while a long answer streams.
    const server = createServer({ noDelay: true, requestTimeout: 0 }, handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function urlFor(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/v1`;
}

function startError(e: unknown, host: string, port: number): AppError {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'EADDRINUSE') return new AppError('relay.cli.portInUse', { port });
  if (code === 'EACCES') return new AppError('relay.cli.portDenied', { port });
  return new AppError('relay.cli.cannotListen', { host, port, detail: code || (e instanceof Error ? e.message : String(e)) });
}

/**
 * Starts the relay: on 127.0.0.1 and ::1 (this machine only) unless a host is given. A machine without
 * IPv6 loopback is served on 127.0.0.1 alone. Port 0 picks a free port (tests).
 */
export async function listenRelay(handler: RelayHandler, opts: { host?: string; port: number }): Promise<RelayServer> {
  const servers: Server[] = [];
  const hosts = opts.host ? [opts.host] : ['127.0.0.1', '::1'];
  let port = opts.port;
  for (const [i, host] of hosts.entries()) {
    try {
      const s = await listenOne(handler, host, port);
      servers.push(s);
      port = (s.address() as AddressInfo).port;
    } catch (e) {
      if (i > 0) continue; // ::1 missing or taken: 127.0.0.1 still serves this machine
      throw startError(e, host, port);
    }
  }
  return {
    urls: opts.host ? [urlFor(opts.host, port)] : servers.map((s) => urlFor((s.address() as AddressInfo).address, port)),
    port,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((r) => {
              s.closeAllConnections();
              s.close(() => r());
            }),
        ),
      ).then(() => {
        handler.close();
      }),
  };
}
