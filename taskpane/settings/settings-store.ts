import type { LlmSettings } from '../../src/llm/settings';
import { defaultLlmSettings } from '../../src/llm/settings-values';
import type { Locale } from '../../src/locales';

export type LocaleChoice = 'auto' | Locale;

export interface StoredSettings {
  llm: LlmSettings;
  locale: LocaleChoice;
}

const KEY = 'dsplus.settings.v1';

/** Office partitions storage per add-in where it can; Microsoft asks add-ins to prefix keys with it. */
function storageKey(): string {
  const partition = typeof Office !== 'undefined' ? Office.context?.partitionKey : undefined;
  return partition ? `${partition}${KEY}` : KEY;
}

/** Browser settings can block storage: fall back to memory so the pane still works for this session. */
let memory: string | null = null;
function readRaw(): string | null {
  try {
    return localStorage.getItem(storageKey());
  } catch {
    return memory;
  }
}
function writeRaw(v: string): void {
  memory = v;
  try {
    localStorage.setItem(storageKey(), v);
  } catch {
    /* storage blocked: the in-memory copy serves this session */
  }
}

export function loadSettings(): StoredSettings {
  const fallback: StoredSettings = { llm: defaultLlmSettings, locale: 'auto' };
  const raw = readRaw();
  if (!raw) return fallback;
  try {
    const parsed = JSON.parse(raw) as { llm?: unknown; locale?: unknown };
    const locale = parsed.locale === 'zh-CN' || parsed.locale === 'en-US' ? parsed.locale : 'auto';
    return { llm: withDefaults(parsed.llm), locale };
  } catch {
    return fallback;
  }
}

/**
 * Stored settings were validated by the settings form before saving; here a value of the wrong type
 * (an older or hand-edited entry) falls back to its default field by field, without pulling zod into
 * the pane's first chunk.
 */
function withDefaults(stored: unknown): LlmSettings {
  const out: Record<string, unknown> = { ...defaultLlmSettings };
  if (stored && typeof stored === 'object') {
    for (const [k, v] of Object.entries(stored)) {
      const d = (defaultLlmSettings as Record<string, unknown>)[k];
      const allowed = CHOICES[k];
      if (allowed && !allowed.includes(v as string)) continue;
      if (d === undefined || typeof v === typeof d) out[k] = v;
    }
  }
  return out as LlmSettings;
}

/** Fields with a fixed set of values: anything else falls back to the default. */
const CHOICES: Record<string, readonly string[] | undefined> = {
  reasoningEffort: ['low', 'high', 'max'],
  searchBackend: ['auto', 'deepseek', 'searxng', 'none'],
};

export function saveSettings(s: StoredSettings): void {
  writeRaw(JSON.stringify(s));
}
