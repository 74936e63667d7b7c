import type { ServerResponse } from 'node:http';
import type { RelayErrorCode } from './protocol';

/** The relay's own error, shaped like a provider's (`{error: {message, type, code}}`) so every client reads it. */
export function sendRelayError(
  res: ServerResponse,
  status: number,
  code: RelayErrorCode,
  message: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: { message, type: 'relay_error', code, ...extra } }, headers);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}
