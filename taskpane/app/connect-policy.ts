import { allowedConnectOrigins, originOf, type ConnectSettings } from '../../src/llm/connect-origins';

// The built pages carry a Content-Security-Policy (vite.config.ts) whose connect-src is only an outer
// bound. At startup the pane adds a second policy naming exactly the origins the saved settings allow;
// browsers enforce every policy a page has, and a policy can be added but never taken back. So a new
// provider takes effect after a reload (Settings reloads the pane when the saved origin changes).

let installed: string[] | null = null;

/** The policy the pane adds for the saved settings: its own origin plus the allowed ones. */
export function connectPolicy(origins: readonly string[]): string {
  return `connect-src 'self' ${origins.join(' ')}`.trim();
}

export function installConnectPolicy(settings: ConnectSettings): void {
  if (installed) return;
  installed = allowedConnectOrigins(settings);
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(installed);
  document.head.appendChild(meta);
}

/** Whether this page may call `url` (always, before a policy is installed, e.g. in unit tests). */
export function connectAllowed(url: string): boolean {
  if (!installed) return true;
  const origin = originOf(url);
  return origin !== null && (origin === location.origin || installed.includes(origin));
}

/** Whether saving these settings needs a reload for the pane to reach them. */
export function needsReloadFor(settings: ConnectSettings): boolean {
  return allowedConnectOrigins(settings).some((o) => !connectAllowed(o));
}

const RELOAD_KEY = 'dsplus.reloadedForSettings';

/** Reloads the pane (Settings stays open) so that the policy names the newly saved provider. */
export function reloadForNewOrigin(opts: { test: boolean }): void {
  try {
    sessionStorage.setItem(RELOAD_KEY, JSON.stringify(opts));
    sessionStorage.setItem('dsplus.tab', 'settings');
  } catch {
    /* storage blocked: the pane still reloads, on its first tab */
  }
  location.reload();
}

/** After such a reload: what Settings should say (and whether it should run Test connection). */
export function takeReloadNotice(): { test: boolean } | null {
  try {
    const raw = sessionStorage.getItem(RELOAD_KEY);
    if (!raw) return null;
    sessionStorage.removeItem(RELOAD_KEY);
    return JSON.parse(raw) as { test: boolean };
  } catch {
    return null;
  }
}
