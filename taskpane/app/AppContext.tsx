import { createContext, useContext } from 'react';
import type { HostInfo } from '../host/host-kind';
import type { Locale, Translate } from '../../src/locales';
import type { LlmSettings } from '../../src/llm/settings';

export interface AppContextValue {
  host: HostInfo;
  locale: Locale;
  t: Translate;
  llm: LlmSettings;
  saveLlm: (next: LlmSettings) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp outside <AppContext.Provider>');
  return v;
}
