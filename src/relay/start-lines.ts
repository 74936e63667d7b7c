import { RELAY_DEFAULT_PORT, RELAY_SAME_ORIGIN_PATH, relayCommand } from './protocol';

/**
 * The lines that start a relay answering at `url`, for a pane served from `origin`: the pane's own
 * /relay/v1 is served by `npm start`; anything else by `dsplus relay` (with the port the address names and
 * `--allow-origin` when the pane is not one of the add-in's own origins). The key goes in the environment.
 */
export function relayStartLines(url: string, provider: string, origin: string): { sameOrigin: boolean; lines: string[] } {
  const key = 'export DSPLUS_API_KEY=sk-…';
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    /* not an address yet: the default relay's command */
  }
  if (u && u.origin === origin && u.pathname.replace(/\/$/, '') === RELAY_SAME_ORIGIN_PATH) return { sameOrigin: true, lines: [key, 'npm start'] };
  const port = u?.port && Number(u.port) !== RELAY_DEFAULT_PORT ? ` --port ${u.port}` : '';
  return { sameOrigin: false, lines: [key, `${relayCommand(provider, { origin })}${port}`] };
}
