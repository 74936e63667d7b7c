import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { deriveOptions, Markmap } from 'markmap-view';
import type { IPureNode } from 'markmap-common';
import { MARKMAP_JSON_OPTIONS, toMarkmapNode, type MindNode } from '../../../src/mindmap';
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
export function MapView({ root }: { root: MindNode | null }) {
  const t = useT();
  const s = useMindmapStyles();
  const svgRef = useRef<SVGSVGElement>(null);
  const mmRef = useRef<Markmap | null>(null);
  const rootRef = useRef(root);

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
    rootRef.current = root;
    const mm = mmRef.current;
    if (!mm || !root) return;
    // Fitted once the nodes are drawn, and again when the web fonts have settled their widths: a fit made
    // with fallback-font widths left the longest leaves cut off at the right on the first render.
    void mm
      .setData(toMarkmapNode(root))
      .then(() => mm.fit())
      .then(() => document.fonts.ready)
      .then(() => (mmRef.current === mm ? mm.fit() : undefined));
  }, [root]);

  const refold = (level: number) => {
    const mm = mmRef.current;
    if (!mm || !rootRef.current) return;
    void mm.setData(withFold(toMarkmapNode(rootRef.current), level)).then(() => mm.fit());
  };

  return (
    <div className={s.mapBox}>
      <div className={s.mapTools} role="toolbar" aria-label={t('mindmap.panel.mapLabel')}>
        <ToolButton label={t('mindmap.panel.fit')} text={t('mindmap.panel.fit')} disabled={!root} onClick={() => void mmRef.current?.fit()} />
        <ToolButton label={t('mindmap.panel.zoomIn')} text="+" disabled={!root} onClick={() => void mmRef.current?.rescale(1.25)} />
        <ToolButton label={t('mindmap.panel.zoomOut')} text="−" disabled={!root} onClick={() => void mmRef.current?.rescale(0.8)} />
        <ToolButton label={t('mindmap.panel.expandAll')} text={t('mindmap.panel.expandAll')} disabled={!root} onClick={() => refold(0)} />
        <ToolButton label={t('mindmap.panel.collapseAll')} text={t('mindmap.panel.collapseAll')} disabled={!root} onClick={() => refold(1)} />
      </div>
      <svg
        ref={svgRef}
        className={s.mapSvg}
        role="img"
        aria-label={root ? `${t('mindmap.panel.mapLabel')}: ${root.title}` : t('mindmap.panel.mapLabel')}
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
