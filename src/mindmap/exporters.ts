// Every mind-map export format, one entry each. The CLI (`dsplus mindmap -o FILE`: the extension picks the
// entry; its help lists them), the pane's Export buttons, the download's name and MIME type, the warning
// about what a format cannot hold and the writer all read this table, so adding a format is one entry
// here (its writer beside it when it is new) plus its test (tests/unit/mindmap/exporters.test.ts walks
// the table). Writers load on first use, so reading the table costs the CLI's start-up nothing.

import type { MindNode } from './types';
import type { MapLayout } from './layout';
import type { HtmlAssets, HtmlLabels } from './export-html';

/** What differs between Node and the browser: how a PNG is rasterized and where the HTML's scripts come from. */
export interface ExportEnv {
  layoutToPng: (layout: MapLayout) => Promise<Uint8Array>;
  htmlAssets: () => Promise<HtmlAssets>;
  htmlLabels?: HtmlLabels;
  lang?: string;
  /** Further sheets of an .xmind that was read whole; written only by a format that keeps sheets. */
  moreSheets?: readonly { title: string; root: MindNode }[];
}

/**
 * What an XMind user can put in a map beyond titles, notes and children. The first three are moved, not
 * dropped, by a format without them (they become ordinary topics); the rest are left out, named.
 */
export const MIND_EXTRAS = ['floating', 'summaries', 'callouts', 'relationships', 'labels', 'markers', 'images', 'links'] as const;
export type MindExtra = (typeof MIND_EXTRAS)[number];
export const MOVED_EXTRAS: readonly MindExtra[] = ['floating', 'summaries', 'callouts'];

export interface MindExporter {
  /** The format's name in code and in the CLI: a lower-case word. */
  id: string;
  /** The Export button's label (src/locales/mindmap.ts). */
  labelKey: string;
  /** File extensions (without the dot) that select it; the first is the one written. */
  extensions: readonly string[];
  mime: string;
  /** What of an XMind map it cannot hold: the user is told, topic by topic, before it is written. */
  loses: readonly MindExtra[];
  /** A picture grows with its map: refused beyond MAX_DRAWN_TOPICS (src/limits.ts). */
  picture: boolean;
  /** Whether it writes an .xmind's other sheets too (otherwise the one chosen). */
  keepsSheets?: boolean;
  /** The map (already without the extras it moves) as the file's text or bytes. */
  write: (root: MindNode, env: ExportEnv) => Promise<string | Uint8Array>;
}

const TREE_ONLY: readonly MindExtra[] = ['floating', 'summaries', 'callouts', 'relationships', 'labels', 'markers', 'images'];

/** The table, in the order the pane shows its buttons. */
export const MIND_EXPORTERS = [
  {
    id: 'xmind',
    labelKey: 'mindmap.format.xmind',
    extensions: ['xmind'],
    mime: 'application/vnd.xmind.workbook',
    loses: [],
    picture: false,
    keepsSheets: true,
    write: async (root, env) => (await import('./xmind')).toXmind(root, env.moreSheets),
  },
  {
    id: 'md',
    labelKey: 'mindmap.format.md',
    extensions: ['md', 'markdown'],
    mime: 'text/markdown;charset=utf-8',
    // Markdown writes a topic's link as a link.
    loses: TREE_ONLY,
    picture: false,
    write: async (root) => (await import('./to-markdown')).toMindMarkdown(root),
  },
  {
    id: 'opml',
    labelKey: 'mindmap.format.opml',
    extensions: ['opml'],
    mime: 'text/x-opml;charset=utf-8',
    // OPML keeps a topic's link as its url attribute.
    loses: TREE_ONLY,
    picture: false,
    write: async (root) => (await import('./opml')).toOpml(root),
  },
  {
    id: 'svg',
    labelKey: 'mindmap.format.svg',
    extensions: ['svg'],
    mime: 'image/svg+xml;charset=utf-8',
    loses: [...TREE_ONLY, 'links'],
    picture: true,
    write: async (root) => (await import('./render-svg')).renderSvg(root).svg,
  },
  {
    id: 'png',
    labelKey: 'mindmap.format.png',
    extensions: ['png'],
    mime: 'image/png',
    loses: [...TREE_ONLY, 'links'],
    picture: true,
    write: async (root, env) => env.layoutToPng((await import('./layout')).layoutMap(root)),
  },
  {
    id: 'html',
    labelKey: 'mindmap.format.html',
    extensions: ['html', 'htm'],
    mime: 'text/html;charset=utf-8',
    loses: [...TREE_ONLY, 'links'],
    picture: true,
    write: async (root, env) => (await import('./export-html')).toOfflineHtml(root, await env.htmlAssets(), { labels: env.htmlLabels, lang: env.lang }),
  },
] as const satisfies readonly MindExporter[];

/** Output formats, named by the entry's id. */
export type MindFormat = (typeof MIND_EXPORTERS)[number]['id'];

export const MIND_FORMATS: readonly MindFormat[] = MIND_EXPORTERS.map((x) => x.id);

export const MIND_MIME = Object.fromEntries(MIND_EXPORTERS.map((x) => [x.id, x.mime])) as Record<MindFormat, string>;

export function mindExporter(format: MindFormat): MindExporter {
  return MIND_EXPORTERS.find((x) => x.id === format) as MindExporter;
}

/** The entry a file name's extension selects (case-insensitive), or undefined. */
export function exporterForFileName(fileName: string): (MindExporter & { id: MindFormat }) | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : MIND_EXPORTERS.find((x) => (x.extensions as readonly string[]).includes(ext));
}

/** The written extensions of the entries that pass `keep`, with dots: `.xmind`, `.md`, … */
export function extensionsOf(keep: (x: MindExporter) => boolean = () => true): string[] {
  return MIND_EXPORTERS.filter((x: MindExporter) => keep(x)).map((x) => `.${x.extensions[0]}`);
}
