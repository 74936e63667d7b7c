import { useEffect, useState } from 'react';
import { layoutDiagram, parseMermaid, type DiagramLayout } from '../../../src/diagram';
import type { Message } from '../../../src/messages';

export interface DiagramPreviewState {
  /** The latest drawable layout (kept while an edit does not parse: see `error`). */
  layout: DiagramLayout | null;
  warnings: Message[];
  error: unknown;
  /** A layout is running (in the worker): the drawing shown is the previous one. */
  busy: boolean;
}

/**
 * Parses and lays out the editor's Mermaid a moment after typing stops. A newer edit cancels the older
 * layout (its worker is stopped, see src/diagram/elk-worker-client.ts) and wins over it.
 */
export function useDiagramPreview(source: string, delayMs = 250): DiagramPreviewState {
  const [state, setState] = useState<DiagramPreviewState>({ layout: null, warnings: [], error: null, busy: false });
  useEffect(() => {
    const cancel = new AbortController();
    const timer = setTimeout(() => {
      if (!source.trim()) {
        setState({ layout: null, warnings: [], error: null, busy: false });
        return;
      }
      void (async () => {
        try {
          const parsed = parseMermaid(source);
          setState((prev) => ({ ...prev, busy: true }));
          const layout = await layoutDiagram(parsed.diagram, undefined, cancel.signal);
          if (!cancel.signal.aborted) setState({ layout, warnings: parsed.warnings, error: null, busy: false });
        } catch (error) {
          // The last good drawing stays while the text is half-typed; the error says what is wrong.
          if (!cancel.signal.aborted) setState((prev) => ({ layout: prev.layout, warnings: [], error, busy: false }));
        }
      })();
    }, delayMs);
    return () => {
      cancel.abort();
      clearTimeout(timer);
    };
  }, [source, delayMs]);
  return state;
}
