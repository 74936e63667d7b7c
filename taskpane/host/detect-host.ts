import type { HostInfo, HostKind } from './host-kind';

const HOSTS: Record<string, HostKind> = { Word: 'word', Excel: 'excel', PowerPoint: 'powerpoint' };

export function standaloneHost(): HostInfo {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { kind: 'standalone', displayLanguage: navigator.language, dark, isSetSupported: () => false };
}

/** `?standalone=1` forces standalone mode, even inside Office. */
export function forcedStandalone(): boolean {
  return new URLSearchParams(location.search).has('standalone');
}

/**
 * Whether the page looks opened by Office, before office.js has loaded: Office adds `_host_Info` to the
 * add-in's URL (office.js keeps it in sessionStorage as `hostInfoValue` for later navigations), and
 * Office on the web shows the pane in a frame. A plain browser tab has none of these, so it can paint
 * in standalone mode at once instead of waiting for the CDN.
 */
export function looksLikeOffice(): boolean {
  if (forcedStandalone()) return false;
  if (/[?&]_host_Info=/i.test(location.search)) return true;
  try {
    if (sessionStorage.getItem('hostInfoValue')) return true;
  } catch {
    // storage blocked: decide from the frame alone
  }
  return window.top !== window.self;
}

/** Office themes are colours, not a flag: a dark body background means a dark theme. */
function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

const timeout = (ms: number) => new Promise<null>((r) => setTimeout(() => r(null), ms));

/**
 * office.js (the async `#office-js` script in taskpane/index.html): true once it ran, false if it failed.
 * Listened to from here rather than by inline handlers, which the Content-Security-Policy refuses; a
 * failure that happened before this runs is caught by the caller's timeout.
 */
function officeJsLoaded(): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  const s = document.getElementById('office-js');
  if (!s) return Promise.resolve(false);
  return new Promise((done) => {
    s.addEventListener('load', () => done(true), { once: true });
    s.addEventListener('error', () => done(false), { once: true });
  });
}

/**
 * Waits for office.js, then calls Office.onReady once. In a plain tab (office.js loaded but no host),
 * when office.js failed to load, or when either never answers, the pane runs standalone.
 */
export async function detectHost(timeoutMs = 4000): Promise<HostInfo> {
  if (forcedStandalone()) return standaloneHost();
  const loaded = await Promise.race([officeJsLoaded(), timeout(timeoutMs)]);
  if (!loaded || typeof Office === 'undefined') return standaloneHost();
  const info = await Promise.race([Office.onReady().catch(() => null), timeout(timeoutMs)]);
  const kind = info?.host ? HOSTS[String(info.host)] : undefined;
  if (!kind) return standaloneHost();
  const ctx = Office.context;
  return {
    kind,
    displayLanguage: ctx?.displayLanguage || navigator.language,
    dark: isDarkColour(ctx?.officeTheme?.bodyBackgroundColor),
    isSetSupported: (name, version) => Boolean(ctx?.requirements?.isSetSupported(name, version)),
  };
}
