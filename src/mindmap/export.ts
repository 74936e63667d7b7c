import type { MindFormat, MindNode } from './types';
import { MindmapFormatError } from './errors';
import { toMindMarkdown } from './to-markdown';
import { toOpml } from './opml';
import { toXmind } from './xmind';
import { renderSvg } from './render-svg';
import { layoutMap, type MapLayout } from './layout';
import { toOfflineHtml, type HtmlAssets, type HtmlLabels } from './export-html';
import { countNodes } from './types';
import { flattenExtras, hasExtras } from './extras';
import { MAX_DRAWN_TOPICS, TooManyItemsError } from '../limits';

/** What differs between Node and the browser: how a PNG is rasterized and where the HTML's scripts come from. */
export interface ExportEnv {
  layoutToPng: (layout: MapLayout) => Promise<Uint8Array>;
  htmlAssets: () => Promise<HtmlAssets>;
  htmlLabels?: HtmlLabels;
  lang?: string;
  /** Further sheets of an .xmind that was read whole; written only to .xmind. */
  moreSheets?: readonly { title: string; root: MindNode }[];
}

export function formatFromFileName(fileName: string): MindFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'xmind':
    case 'md':
    case 'opml':
    case 'svg':
    case 'png':
    case 'html':
      return ext;
    case 'markdown':
      return 'md';
    case 'htm':
      return 'html';
    default:
      throw new MindmapFormatError(fileName);
  }
}

/** Every format from the one tree; text formats come back as strings, binary ones as bytes. */
export async function exportMindMap(map: MindNode, format: MindFormat, env: ExportEnv): Promise<string | Uint8Array> {
  if (format === 'svg' || format === 'png' || format === 'html') assertDrawable(map);
  if (format === 'xmind') return toXmind(map, env.moreSheets);
  // Floating, summary and callout topics become ordinary topics: kept, and said so by lostInFormat.
  const root = hasExtras(map) ? flattenExtras(map) : map;
  switch (format) {
    case 'md':
      return toMindMarkdown(root);
    case 'opml':
      return toOpml(root);
    case 'svg':
      return renderSvg(root).svg;
    case 'png':
      return env.layoutToPng(layoutMap(root));
    case 'html':
      return toOfflineHtml(root, await env.htmlAssets(), { labels: env.htmlLabels, lang: env.lang });
  }
}

/** A picture grows with its map (~350 bytes of SVG per topic): past the stated limit it is refused by name. */
export function assertDrawable(root: MindNode): void {
  const n = countNodes(root);
  if (n > MAX_DRAWN_TOPICS) throw new TooManyItemsError('mindmap.error.tooManyToDraw', n, MAX_DRAWN_TOPICS);
}

/** A file name for the map: its title without characters file systems reject, or the fallback. */
export function mapFileName(root: MindNode, format: MindFormat, fallback = 'mindmap'): string {
  const base =
    root.title
      // eslint-disable-next-line no-control-regex -- control characters are invalid in Windows file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || fallback;
  return `${base}.${format}`;
}
