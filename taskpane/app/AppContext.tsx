import { createContext, useContext } from 'react';
import type { HostInfo } from '../host/host-kind';
import type { Locale, Translate } from '../../src/locales';
import type { LlmSettings } from '../../src/llm/settings';
import type { LocaleChoice } from '../settings/settings-store';

export interface AppContextValue {
  host: HostInfo;
  locale: Locale;
  t: Translate;
  llm: LlmSettings;
  saveLlm: (next: LlmSettings) => void;
  /** The language as chosen in Settings ('auto' follows Office, or the browser in a tab). */
  localeChoice: LocaleChoice;
  setLocaleChoice: (next: LocaleChoice) => void;
  /** The part of the open panel a home-view job asked for (e.g. 'minutes' in Writing), if any. */
  entry?: string;
  /** Opens a panel (or 'home' / 'settings'), optionally on one of its parts. */
  navigate: (view: string, entry?: string) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp outside <AppContext.Provider>');
  return v;
}
