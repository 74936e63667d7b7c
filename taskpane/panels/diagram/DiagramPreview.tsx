import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { diagramToSvg, type DiagramLayout } from '../../../src/diagram';
import { useDiagramStyles } from './useDiagramStyles.styles';

/** The same SVG every export starts from, so the preview is what Insert and Download give. */
export function DiagramPreview({ layout, label, busy = false }: { layout: DiagramLayout | null; label: string; busy?: boolean }) {
  const s = useDiagramStyles();
  // Labels are escaped by the renderer; the sanitiser is a second fence around text a model wrote.
  const svg = useMemo(() => (layout ? DOMPurify.sanitize(diagramToSvg(layout).svg, { USE_PROFILES: { svg: true } }) : ''), [layout]);
  // Focusable: a tall diagram scrolls, and the keyboard must reach it.
  return (
    <div
      className={s.preview}
      tabIndex={0}
      role="img"
      aria-label={layout?.title ? `${label}: ${layout.title}` : label}
      aria-busy={busy}
      data-testid="diagram-preview"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
