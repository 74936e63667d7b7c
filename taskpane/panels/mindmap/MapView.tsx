import { Button } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { deriveOptions, Markmap } from 'markmap-view';
import type { IPureNode } from 'markmap-common';
import { MARKMAP_JSON_OPTIONS, toMarkmapNode, type MindNode } from '../../../src/mindmap';
import type { Translate } from '../../../src/locales';
import { useT } from '../../hooks/useT';
import { useMindmapStyles } from './useMindmapStyles.styles';

/** Folds every node deeper than `level` (0 = all open), as markmap's payload.fold. */
function withFold(node: IPureNode, level: number, depth = 0): IPureNode {
  const fold = level > 0 && depth >= level && node.children.length > 0 ? 1 : 0;
  return { ...node, payload: { ...node.payload, fold }, children: node.children.map((c) => withFold(c, level, depth + 1)) };
}

/**
 * The live map: markmap-view draws the same tree every export uses (fold/unfold by clicking a node's
 * circle, drag to pan, wheel to zoom). It needs a DOM, so it lives here and never in src/.
 */
export function MapView({ root, onOpenLarge }: { root: MindNode | null; onOpenLarge?: () => void }) {
  const t = useT();
  const node = useMemo(() => (root ? toMarkmapNode(root) : null), [root]);
  return <MarkmapCanvas node={node} title={root?.title ?? null} t={t} onOpenLarge={onOpenLarge} />;
}

export interface MarkmapCanvasProps {
  node: IPureNode | null;
  title: string | null;
  t: Translate;
  /** Adds "Open large" to the tools (the pane); left out in the large view itself. */
  onOpenLarge?: () => void;
  /** The map takes the whole height of its container (the large view) instead of a fixed one. */
  fill?: boolean;
}

/** The drawing and its tools, for the pane and for the large view (taskpane/map-view.tsx) alike. */
export function MarkmapCanvas({ node, title, t, onOpenLarge, fill }: MarkmapCanvasProps) {
  const s = useMindmapStyles();
  const svgRef = useRef<SVGSVGElement>(null);
  const mmRef = useRef<Markmap | null>(null);
  const nodeRef = useRef(node);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const mm = Markmap.create(svg, { ...deriveOptions(MARKMAP_JSON_OPTIONS), duration: 250, autoFit: false });
    mmRef.current = mm;
    // fit() does not follow container resizes on its own (markmap #63).
    const ro = new ResizeObserver(() => void mm.fit());
    ro.observe(svg);
    return () => {
      ro.disconnect();
      mm.destroy();
      mmRef.current = null;
    };
  }, []);

  useEffect(() => {
    nodeRef.current = node;
    const mm = mmRef.current;
    if (!mm || !node) return;
    // Fitted once the nodes are drawn, and again when the web fonts have settled their widths: a fit made
    // with fallback-font widths left the longest leaves cut off at the right on the first render.
    void mm
      .setData(node)
      .then(() => mm.fit())
      .then(() => document.fonts.ready)
      .then(() => (mmRef.current === mm ? mm.fit() : undefined));
  }, [node]);

  const refold = (level: number) => {
    const mm = mmRef.current;
    if (!mm || !nodeRef.current) return;
    void mm.setData(withFold(nodeRef.current, level)).then(() => mm.fit());
  };

  return (
    <div className={fill ? `${s.mapBox} ${s.mapBoxFill}` : s.mapBox}>
      <div className={s.mapTools} role="toolbar" aria-label={t('mindmap.panel.mapLabel')}>
        <ToolButton label={t('mindmap.panel.fit')} text={t('mindmap.panel.fit')} disabled={!node} onClick={() => void mmRef.current?.fit()} />
        <ToolButton label={t('mindmap.panel.zoomIn')} text="+" disabled={!node} onClick={() => void mmRef.current?.rescale(1.25)} />
        <ToolButton label={t('mindmap.panel.zoomOut')} text="−" disabled={!node} onClick={() => void mmRef.current?.rescale(0.8)} />
        <ToolButton label={t('mindmap.panel.expandAll')} text={t('mindmap.panel.expandAll')} disabled={!node} onClick={() => refold(0)} />
        <ToolButton label={t('mindmap.panel.collapseAll')} text={t('mindmap.panel.collapseAll')} disabled={!node} onClick={() => refold(1)} />
        {onOpenLarge && <ToolButton label={t('mindmap.panel.openLarge')} text={t('mindmap.panel.openLarge')} disabled={!node} onClick={onOpenLarge} />}
      </div>
      <svg
        ref={svgRef}
        className={fill ? `${s.mapSvg} ${s.mapSvgFill}` : s.mapSvg}
        role="img"
        aria-label={title ? `${t('mindmap.panel.mapLabel')}: ${title}` : t('mindmap.panel.mapLabel')}
        data-testid="mindmap-view"
      />
    </div>
  );
}

function ToolButton({ label, text, disabled, onClick }: { label: string; text: string; disabled: boolean; onClick: () => void }) {
  const s = useMindmapStyles();
  return (
    <Button className={s.toolButton} appearance="subtle" size="small" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {text}
    </Button>
  );
}
