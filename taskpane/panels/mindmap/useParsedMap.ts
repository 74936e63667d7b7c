import { useEffect, useMemo, useState } from 'react';
import { mindTreeFromMarkdown } from '../../../src/mindmap';
import type { ParsedState } from './MindmapPanel.types';

/** The editor's text, parsed after typing pauses, so the map redraws on edit without redrawing on every key. */
export function useParsedMap(markdown: string, fallbackTitle: string, delayMs = 300): ParsedState {
  const [settled, setSettled] = useState(markdown);
  useEffect(() => {
    const id = setTimeout(() => setSettled(markdown), delayMs);
    return () => clearTimeout(id);
  }, [markdown, delayMs]);
  return useMemo(() => {
    if (!settled.trim()) return { root: null, warnings: [], error: null };
    try {
      const r = mindTreeFromMarkdown(settled, { fallbackTitle });
      return { root: r.root, warnings: r.warnings, error: null };
    } catch (e) {
      return { root: null, warnings: [], error: e };
    }
  }, [settled, fallbackTitle]);
}
