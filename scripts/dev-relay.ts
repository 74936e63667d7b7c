// `npm start`, `npm run start:https` and `vite preview` serve the local relay on the pane's own origin,
// under /relay/v1: the pane calls it same-origin (no CORS at all) and the key stays in this process,
// read the way every dsplus command reads it (flags aside: environment, config file, preset).
// vite.config.ts loads this file through tsx when the server starts, so the config stays plain.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PreviewServer, ViteDevServer } from 'vite';
import { createRelayHandler } from '../src/relay/handler';
import { RELAY_SAME_ORIGIN_PATH } from '../src/relay/protocol';
import { relayUpstreamFromCli } from '../src/cli/relay-upstream';
import { cliLocale, cliTranslate } from '../src/cli/report-error';
import { presetFor } from '../src/llm/providers/presets';

export function mountRelay(server: ViteDevServer | PreviewServer, env: NodeJS.ProcessEnv = process.env): void {
  const t = cliTranslate();
  const upstream = relayUpstreamFromCli(t, env);
  const logger = server.config.logger;
  const handler = createRelayHandler({
    upstream,
    // Same-origin only, and only from this computer: the dev server may be started with --host.
    allowedOrigins: [],
    loopbackPeersOnly: true,
    log: (e) => {
      if (e.refused && e.refused !== 'relay_no_route')
        logger.warn(
          `  relay: ${t('relay.cli.refused', { method: e.method, path: e.path, status: e.status, reason: t(`relay.refused.${e.refused}`, { origin: e.origin ?? '' }) })}`,
        );
    },
  });
  // Connect strips the mount path, so the handler sees /v1/… as under `dsplus relay`.
  server.middlewares.use(RELAY_SAME_ORIGIN_PATH.replace(/\/v1$/, ''), (req: IncomingMessage, res: ServerResponse) => handler(req, res));
  server.httpServer?.once('listening', () => {
    setTimeout(() => {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (!base) return;
      const url = `${base}${RELAY_SAME_ORIGIN_PATH}`;
      const up = upstream();
      if ('problem' in up) {
        logger.info(`  ➜  ${t('relay.dev.notReady', { url, problem: up.problem })}`);
        return;
      }
      const preset = presetFor(up.settings.provider);
      let host = up.settings.baseURL;
      try {
        host = new URL(host).host;
      } catch {
        /* shown as given */
      }
      logger.info(`  ➜  ${t('relay.dev.ready', { url, provider: cliLocale() === 'zh-CN' ? preset.nameZh : preset.name, upstream: host })}`);
    }, 60);
  });
  server.httpServer?.once('close', () => handler.close());
}
