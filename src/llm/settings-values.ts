import type { LlmSettings } from './settings';

export const defaultLlmSettings: LlmSettings = {
  provider: 'deepseek',
  baseURL: 'https://api.deepseek.com',
  apiKey: '',
  fastModel: 'deepseek-v4-flash',
  deepModel: 'deepseek-v4-flash',
  maskSensitive: true,
  connectTimeoutMs: 30_000,
  idleTimeoutMs: 120_000,
  maxRetries: 2,
};

/** Whether a model call can be made at all; the offline halves of every feature work without it. */
export function isConfigured(s: LlmSettings): boolean {
  return Boolean(s.baseURL && s.fastModel && (s.apiKey || isLocalURL(s.baseURL)));
}

export function isLocalURL(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
  } catch {
    return false;
  }
}

/** What is safe to show after saving: never the whole key. */
export function maskKey(key: string): string {
  if (!key) return '';
  if (key.length <= 8) return '••••';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}
