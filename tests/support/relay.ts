// A relay for tests: the real handler on real sockets (127.0.0.1 and ::1, a free port) in front of an
// upstream (usually tests/support/mock-llm.ts), and a raw HTTP client that can send any Host or Origin
// header (fetch cannot), recording every byte of each answer.
import { request } from 'node:http';
import type { LlmSettings } from '../../src/llm/settings';
import { createRelayHandler, type RelayLogEntry, type RelayOptions, type Upstream } from '../../src/relay/handler';
import { listenRelay } from '../../src/relay/listen';

export interface TestRelay {
  /** `http://127.0.0.1:<port>/v1` */
  url: string;
  port: number;
  log: RelayLogEntry[];
  /** Settings for the pane's relay mode pointing here. */
  paneSettings(over?: Partial<LlmSettings>): LlmSettings;
  close(): Promise<void>;
}

export async function startTestRelay(
  upstream: LlmSettings | (() => Upstream),
  opts: Omit<RelayOptions, 'upstream'> & { host?: string } = {},
): Promise<TestRelay> {
  const log: RelayLogEntry[] = [];
  const { host, ...rest } = opts;
  const handler = createRelayHandler({
    upstream: typeof upstream === 'function' ? upstream : () => ({ settings: upstream }),
    log: (e) => log.push(e),
    ...rest,
  });
  const server = await listenRelay(handler, { port: 0, host });
  const url = server.urls[0];
  return {
    url,
    port: server.port,
    log,
    paneSettings: (over = {}) => ({
      provider: typeof upstream === 'function' ? 'deepseek' : upstream.provider,
      baseURL: url,
      apiKey: '',
      connection: 'relay',
      fastModel: 'deepseek-v4-flash',
      deepModel: 'deepseek-v4-flash',
      maskSensitive: false,
      connectTimeoutMs: 5_000,
      idleTimeoutMs: 5_000,
      maxRetries: 0,
      ...over,
    }),
    close: () => server.close(),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with exactly these headers (Host included); resolves with the whole answer. */
export function rawRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, setHost: !init.headers || !Object.keys(init.headers).some((h) => h.toLowerCase() === 'host') },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

export const chatBody = (content = 'hello', extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'deepseek-v4-flash', stream: true, messages: [{ role: 'user', content }], ...extra });
