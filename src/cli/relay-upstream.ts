import { AppError } from '../errors';
import type { Translate } from '../locales';
import type { Upstream } from '../relay/handler';
import { assertCliKey, resolveCliConfig, type CliFlags, type ResolvedConfig } from './config';

/**
 * The provider a relay forwards to, resolved exactly as every dsplus command resolves it (flags,
 * environment, config file, preset), with a key where the provider needs one.
 */
export function resolveRelayConfig(flags: CliFlags = {}, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const cfg = resolveCliConfig(flags, env);
  assertCliKey(cfg);
  return cfg;
}

/**
 * For the dev server's relay, which starts whether or not a provider is set up: resolved per request
 * (a fixed config file needs no restart), a problem becomes the sentence the pane shows.
 */
export function relayUpstreamFromCli(t: Translate, env: NodeJS.ProcessEnv = process.env): () => Upstream {
  return () => {
    try {
      return { settings: resolveRelayConfig({}, env).settings };
    } catch (e) {
      if (e instanceof AppError) return { problem: t(e.key, e.params) };
      throw e;
    }
  };
}
