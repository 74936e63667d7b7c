// The contract between the pane and the local relay (`dsplus relay`, or `/relay/v1` on `npm start`):
// headers, error codes, the info endpoint's answer and the origins allowed by default. Plain data and
// pure functions, so the pane can import it without pulling in Node.

/** `dsplus relay` listens here unless `--port` says otherwise. */
export const RELAY_DEFAULT_PORT = 8787;

/** Where `npm start`, `npm run start:https` and `vite preview` serve the relay, on the pane's own origin. */
export const RELAY_SAME_ORIGIN_PATH = '/relay/v1';

/** The relay's token (required when it was started with `--token`, or with a `--host` that is not loopback). */
export const RELAY_TOKEN_HEADER = 'x-dsplus-relay-token';

/**
 * The provider the pane built its request for. The relay refuses a request built for another provider:
 * the body's thinking switch and JSON mode differ between providers, and a wrong one fails obscurely.
 */
export const RELAY_PROVIDER_HEADER = 'x-dsplus-provider';

/** The origins the add-in is served from (manifest.xml, `npm start`, `npm run start:https`). */
export const ADDIN_ORIGINS: readonly string[] = ['https://localhost:3000', 'http://localhost:3000', 'http://127.0.0.1:3000'];

/** The `code` of every error the relay itself answers with (provider errors pass through unchanged). */
export type RelayErrorCode =
  | 'relay_origin' // a browser page from an origin that is not allowed (403)
  | 'relay_host' // a Host header that is not the relay's own address: DNS rebinding (403)
  | 'relay_peer' // a request from another machine to a relay that answers only this one (403)
  | 'relay_token' // the token is missing or wrong (401)
  | 'relay_not_configured' // the relay has no usable provider settings, e.g. no key (503)
  | 'relay_provider_mismatch' // the pane built the request for another provider (409)
  | 'relay_upstream_unreachable' // the provider could not be reached (502)
  | 'relay_too_large' // the request is over the size limit (413)
  | 'relay_not_available' // this provider has no such endpoint (404)
  | 'relay_no_route'; // not a path the relay forwards (404)

/** The refusals a relay log line names (the other codes are failures on the way to the provider). */
export type RelayRefusal = Exclude<RelayErrorCode, 'relay_upstream_unreachable' | 'relay_too_large'>;

/** GET <relay>/info: which provider the relay reaches. Never carries the key. */
export interface RelayInfo {
  relay: 'dsplus';
  /** The preset id of the provider the relay forwards to. */
  provider: string;
  providerName: string;
  providerNameZh: string;
  /** The provider's host (api.deepseek.com), not its full URL. */
  upstream: string;
  fastModel: string;
  deepModel: string;
  tokenRequired: boolean;
  endpoints: { balance: boolean; tools: boolean };
}

export function isRelayInfo(x: unknown): x is RelayInfo {
  const o = x as Partial<RelayInfo> | null;
  return Boolean(o && o.relay === 'dsplus' && typeof o.provider === 'string' && typeof o.fastModel === 'string' && typeof o.deepModel === 'string');
}

/**
 * The exact command that starts a relay for this provider. `--base-url` is added when the pane's URL is
 * not the preset's (Azure, Custom, a self-hosted server), `--allow-origin` only when the pane's origin
 * is not one the relay allows by default.
 */
export function relayCommand(provider: string, opts: { origin?: string; baseURL?: string } = {}): string {
  const base = opts.baseURL ? ` --base-url ${opts.baseURL}` : '';
  const allow = opts.origin && /^https?:\/\//.test(opts.origin) && !ADDIN_ORIGINS.includes(opts.origin) ? ` --allow-origin ${opts.origin}` : '';
  return `npx dsplus relay --provider ${provider}${base}${allow}`;
}

/**
 * The relay URL the pane suggests: its own origin's `/relay/v1` when it is served from this machine (the
 * dev and sideload servers carry the relay), else a `dsplus relay` on its default port.
 */
export function defaultRelayURL(location?: { protocol: string; hostname: string; origin: string }): string {
  const local = location && /^https?:$/.test(location.protocol) && ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
  return local ? `${location.origin}${RELAY_SAME_ORIGIN_PATH}` : `http://127.0.0.1:${RELAY_DEFAULT_PORT}/v1`;
}

/**
 * Settings that match the relay: its provider, and then its models (the pane's models for another
 * provider would not exist there). The same provider keeps the pane's own model choice.
 */
export function withRelayProvider<T extends { provider: string; fastModel: string; deepModel: string }>(s: T, info: RelayInfo): T {
  if (s.provider === info.provider) return s;
  return { ...s, provider: info.provider, fastModel: info.fastModel, deepModel: info.deepModel };
}
