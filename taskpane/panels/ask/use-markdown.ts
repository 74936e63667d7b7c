import { useEffect, useState } from 'react';
import type * as RenderMarkdown from './render-markdown';

type Renderer = typeof RenderMarkdown;

let renderer: Renderer | undefined;
let loading: Promise<Renderer> | undefined;

/** markdown-it and DOMPurify (~57 KB gzip) load with the first answer, not with the pane. */
export function loadMarkdown(): Promise<Renderer> {
  loading ??= import('./render-markdown').then(
    (m) => (renderer = m),
    (e: unknown) => {
      loading = undefined; // a failed load (a dropped connection) is tried again next time
      throw e;
    },
  );
  return loading;
}

/** The renderer once loaded; undefined until then (the caller shows plain text meanwhile). */
export function useMarkdown(): Renderer | undefined {
  const [m, setM] = useState(renderer);
  useEffect(() => {
    if (!m) loadMarkdown().then(setM, () => undefined);
  }, [m]);
  return m;
}
