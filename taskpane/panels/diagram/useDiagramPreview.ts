import { useEffect, useState } from 'react';
import { layoutDiagram, parseMermaid, type DiagramLayout } from '../../../src/diagram';
import type { Message } from '../../../src/messages';

export interface DiagramPreviewState {
  /** The latest drawable layout (kept while an edit does not parse: see `error`). */
  layout: DiagramLayout | null;
  warnings: Message[];
  error: unknown;
}

/** Parses and lays out the editor's Mermaid a moment after typing stops; a newer edit wins over an older layout. */
export function useDiagramPreview(source: string, delayMs = 250): DiagramPreviewState {
  const [state, setState] = useState<DiagramPreviewState>({ layout: null, warnings: [], error: null });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (!source.trim()) {
        setState({ layout: null, warnings: [], error: null });
        return;
      }
      void (async () => {
        try {
          const parsed = parseMermaid(source);
          const layout = await layoutDiagram(parsed.diagram);
          if (live) setState({ layout, warnings: parsed.warnings, error: null });
        } catch (error) {
          // The last good drawing stays while the text is half-typed; the error says what is wrong.
          if (live) setState((prev) => ({ layout: prev.layout, warnings: [], error }));
        }
      })();
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, delayMs]);
  return state;
}
