import type { HostInfo, HostKind } from './host-kind';

declare global {
  interface Window {
    __officeJsFailed?: boolean;
  }
}

const HOSTS: Record<string, HostKind> = { Word: 'word', Excel: 'excel', PowerPoint: 'powerpoint' };

function standalone(): HostInfo {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { kind: 'standalone', displayLanguage: navigator.language, dark, isSetSupported: () => false };
}

/** Office themes are colours, not a flag: a dark body background means a dark theme. */
function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/**
 * Calls Office.onReady once. In a plain tab (office.js loaded but no host), when office.js failed to
 * load, or when onReady never answers, the pane runs standalone. `?standalone=1` forces standalone.
 */
export async function detectHost(timeoutMs = 4000): Promise<HostInfo> {
  if (new URLSearchParams(location.search).has('standalone')) return standalone();
  if (window.__officeJsFailed || typeof Office === 'undefined') return standalone();
  const info = await Promise.race([
    Office.onReady().catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
  ]);
  const kind = info?.host ? HOSTS[String(info.host)] : undefined;
  if (!kind) return standalone();
  const ctx = Office.context;
  return {
    kind,
    displayLanguage: ctx?.displayLanguage || navigator.language,
    dark: isDarkColour(ctx?.officeTheme?.bodyBackgroundColor),
    isSetSupported: (name, version) => Boolean(ctx?.requirements?.isSetSupported(name, version)),
  };
}
