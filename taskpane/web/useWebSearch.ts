import { useCallback, useState } from 'react';
import type { Locale, MessageKey } from '../../src/locales';
import type { SearchProgress, SearchWebResult } from '../../src/web/search-web';
import type { Source } from '../../src/web/types';
import { useApp } from '../app/AppContext';

/**
 * Step one of 联网搜索 in a panel: search, then hold the sources for the user to untick. `kept()` gives the
 * sources to write from; `reset()` forgets them. The search itself runs in the caller's task (for Stop).
 */
export function useWebSearch() {
  const { llm } = useApp();
  const [found, setFound] = useState<SearchWebResult | null>(null);
  const [kept, setKeptSet] = useState<Set<number>>(new Set());
  const [progress, setProgress] = useState<SearchProgress | null>(null);

  const search = useCallback(
    async (question: string, locale: Locale, signal: AbortSignal): Promise<SearchWebResult> => {
      setFound(null);
      const { searchWeb } = await import('../../src/web/search-web');
      try {
        const r = await searchWeb(llm, { question, locale, signal, onProgress: setProgress });
        setFound(r);
        setKeptSet(new Set(r.sources.map((s) => s.n)));
        return r;
      } finally {
        setProgress(null);
      }
    },
    [llm],
  );

  const toggle = useCallback((n: number, keep: boolean) => {
    setKeptSet((prev) => {
      const next = new Set(prev);
      if (keep) next.add(n);
      else next.delete(n);
      return next;
    });
  }, []);

  const keptSources = useCallback((): Source[] => (found ? found.sources.filter((s) => kept.has(s.n)) : []), [found, kept]);
  const reset = useCallback(() => setFound(null), []);
  return { found, kept, toggle, keptSources, search, reset, progress };
}

/** The progress line while searching. */
export function searchProgressKey(p: SearchProgress): MessageKey {
  return p.phase === 'queries' ? 'web.searching.queries' : p.phase === 'search' ? 'web.searching.search' : 'web.searching.read';
}
