import { randomBytes } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { presetFor } from '../../llm/providers/presets';
import { createRelayHandler, type RelayLogEntry } from '../../relay/handler';
import { listenRelay, type RelayServer } from '../../relay/listen';
import { isLoopbackHost } from '../../relay/guard';
import { ADDIN_ORIGINS } from '../../relay/protocol';
import { InvalidInputError } from '../../errors';
import type { Translate } from '../../locales';
import type { ProviderFlags } from '../options';
import { resolveRelayConfig } from '../relay-upstream';
import { cliLocale, cliTranslate } from '../report-error';

export type RelayFlags = ProviderFlags & { port?: string; host?: string; allowOrigin?: string[]; token?: string };

export interface RelayPlan {
  port: number;
  host?: string;
  origins: string[];
  token?: string;
  /** The host is reachable from other computers: warn, and require a token. */
  exposed: boolean;
}

/** The flags checked before anything listens: a sentence for each mistake. */
export function planRelay(flags: Pick<RelayFlags, 'port' | 'host' | 'allowOrigin' | 'token'>): RelayPlan {
  const rawPort = flags.port ?? '8787';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new InvalidInputError('relay.cli.badPort', { value: rawPort });
  const origins = (flags.allowOrigin ?? []).map(originOf);
  if (flags.token !== undefined && flags.token.length < 16) throw new InvalidInputError('relay.cli.shortToken');
  const host = flags.host?.trim() || undefined;
  const exposed = host !== undefined && !isLoopbackHost(host);
  const token = flags.token ?? (exposed ? randomBytes(24).toString('base64url') : undefined);
  return { port, host, origins: [...new Set([...ADDIN_ORIGINS, ...origins])], token, exposed };
}

function originOf(value: string): string {
  try {
    const u = new URL(value);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.pathname === '/' && !u.search && !u.hash && !u.username) return u.origin;
  } catch {
    /* not a URL: said below */
  }
  throw new InvalidInputError('relay.cli.badOrigin', { value });
}

/** Names the Host header may carry for a relay bound to `host`: that name, and every address of this machine when it is a wildcard. */
function hostnamesFor(host: string | undefined): string[] {
  if (!host) return [];
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const addrs = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
  return [hostname(), ...addrs];
}

function logLine(t: Translate, e: RelayLogEntry): string {
  if (!e.refused) return t('relay.cli.request', { method: e.method, path: e.path, status: e.status, ms: e.ms });
  return t('relay.cli.refused', { method: e.method, path: e.path, status: e.status, reason: t(`relay.refused.${e.refused}`, { origin: e.origin ?? '' }) });
}

/** Starts the relay and prints where it is, which provider it reaches and (when it has one) its token. */
export async function startRelay(
  flags: RelayFlags,
  out: (line: string) => void,
  err: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RelayServer> {
  const t = cliTranslate();
  const plan = planRelay(flags);
  const cfg = resolveRelayConfig(flags, env);
  const settings = cfg.settings;
  const handler = createRelayHandler({
    upstream: () => ({ settings }),
    allowedOrigins: plan.origins,
    extraHostnames: hostnamesFor(plan.host),
    token: plan.token,
    log: (e) => err(logLine(t, e)),
  });
  const server = await listenRelay(handler, { host: plan.host, port: plan.port });
  const preset = presetFor(settings.provider);
  const key = !settings.apiKey
    ? t('relay.cli.key.none')
    : cfg.sources.apiKey === 'file'
      ? t('relay.cli.key.file', { path: cfg.configPath })
      : t('relay.cli.key.env');
  let upstream = settings.baseURL;
  try {
    upstream = new URL(settings.baseURL).host;
  } catch {
    /* shown as given */
  }
  // A wildcard address is not one to type into the pane: name the machine's network address instead.
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
  const paneURL = plan.host === '0.0.0.0' || plan.host === '::' ? `http://${lan ?? '127.0.0.1'}:${server.port}/v1` : server.urls[0];
  if (plan.exposed) err(t('relay.cli.warnHost', { host: plan.host ?? '' }));
  out(t('relay.cli.listening', { urls: server.urls.join(', '), provider: cliLocale() === 'zh-CN' ? preset.nameZh : preset.name, upstream, key }));
  out(t('relay.cli.origins', { origins: plan.origins.join(', ') }));
  out(t('relay.cli.pane', { url: paneURL }));
  if (plan.token) out(t('relay.cli.token', { token: plan.token }));
  out(t('relay.cli.stop'));
  return server;
}

/** `dsplus relay`: runs until Ctrl+C (or SIGTERM), then closes its connections and exits 0. */
export async function relayAction(flags: RelayFlags): Promise<void> {
  const server = await startRelay(
    flags,
    (l) => console.log(l),
    (l) => console.error(l),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
