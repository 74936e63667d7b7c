import { fillTemplate } from 'markmap-render';
import type { MindNode } from './types';
import { toMarkmapNode, MARKMAP_JSON_OPTIONS } from './to-markmap';
import { escapeHtml } from '../text/entities';

/** The two browser builds the page needs, read from node_modules (CLI) or bundled as text (pane). */
export interface HtmlAssets {
  d3: string;
  markmapView: string;
}

export interface HtmlLabels {
  fit: string;
  zoomIn: string;
  zoomOut: string;
}

const EN_LABELS: HtmlLabels = { fit: 'Fit', zoomIn: 'Zoom in', zoomOut: 'Zoom out' };

/** `</script` inside inlined code would end the script element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * One self-contained page: markmap-render's template with d3 and markmap-view inlined instead of its
 * CDN URLs, so the map opens with no network (a file on a USB stick, an intranet, a plane).
 */
export function toOfflineHtml(root: MindNode, assets: HtmlAssets, opts: { labels?: HtmlLabels; lang?: string } = {}): string {
  const labels = opts.labels ?? EN_LABELS;
  const html = fillTemplate(
    toMarkmapNode(root),
    { styles: [], scripts: [] },
    {
      baseJs: [
        { type: 'script', data: { textContent: inlineScript(assets.d3) } },
        { type: 'script', data: { textContent: inlineScript(assets.markmapView) } },
      ],
      jsonOptions: MARKMAP_JSON_OPTIONS,
    },
  );
  const toolbar = `<div class="dsplus-toolbar" role="toolbar">
<button type="button" onclick="window.mm&&window.mm.fit()">${escapeHtml(labels.fit)}</button>
<button type="button" onclick="window.mm&&window.mm.rescale(1.25)" aria-label="${escapeHtml(labels.zoomIn)}">+</button>
<button type="button" onclick="window.mm&&window.mm.rescale(0.8)" aria-label="${escapeHtml(labels.zoomOut)}">−</button>
</div>`;
  const style = `<style>.dsplus-toolbar{position:fixed;right:12px;bottom:12px;display:flex;gap:4px}
.dsplus-toolbar button{font:inherit;min-width:2.2em;padding:4px 10px;border:1px solid #888;border-radius:4px;background:#fff;color:#222;cursor:pointer}
.markmap-dark .dsplus-toolbar button{background:#333;color:#eee}</style>`;
  return html
    .replace('<html>', `<html lang="${escapeHtml(opts.lang ?? 'en')}">`)
    .replace('<title>Markmap</title>', () => `<title>${escapeHtml(root.title || 'Mind map')}</title>`)
    .replace('</head>', () => `${style}\n</head>`)
    .replace('<svg id="mindmap"></svg>', () => `<svg id="mindmap" aria-label="${escapeHtml(root.title)}"></svg>\n${toolbar}`);
}
