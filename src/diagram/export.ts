import { message, type Message } from '../messages';
import { unknownDiagramFormat } from './errors';
import { diagramToDrawio } from './render-drawio';
import { diagramArea, placeDiagram, renderDiagramPptx } from './render-pptx';
import { diagramToSvg } from './render-svg';
import { NODE_FONT_PT } from './measure-label';
import type { DiagramLayout } from './types';

/** Every format a diagram is written as; `mmd` is the Mermaid source itself. */
export const DIAGRAM_FORMATS = ['pptx', 'svg', 'png', 'drawio', 'mmd'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export const DIAGRAM_MIME: Record<DiagramFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  svg: 'image/svg+xml',
  png: 'image/png',
  drawio: 'application/vnd.jgraph.mxfile',
  mmd: 'text/plain',
};

export function diagramFormatFromFileName(file: string): DiagramFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'mermaid') return 'mmd';
  if ((DIAGRAM_FORMATS as readonly string[]).includes(ext)) return ext as DiagramFormat;
  throw unknownDiagramFormat(file);
}

/** What differs between Node and the browser: how a PNG is made. */
export interface DiagramExportEnv {
  toPng: (layout: DiagramLayout) => Promise<Uint8Array>;
  lang?: 'zh' | 'en';
}

/** Text on a slide smaller than this is hard to read when projected. */
const SMALL_TEXT_PT = 8;

/** The diagram in one format, with warnings a user should see (text too small on the slide). */
export async function exportDiagram(
  layout: DiagramLayout,
  source: string,
  format: DiagramFormat,
  env: DiagramExportEnv,
): Promise<{ data: string | Uint8Array; warnings: Message[] }> {
  switch (format) {
    case 'pptx': {
      const place = placeDiagram(layout, diagramArea(Boolean(layout.title)));
      const pt = Math.round(NODE_FONT_PT * place.scale * 72 * 10) / 10;
      const warnings = pt < SMALL_TEXT_PT ? [message('diagram.warn.smallText', { pt, nodes: layout.nodes.length })] : [];
      return { data: await renderDiagramPptx(layout, 'uint8array', { lang: env.lang }), warnings };
    }
    case 'svg':
      return { data: diagramToSvg(layout).svg, warnings: [] };
    case 'png':
      return { data: await env.toPng(layout), warnings: [] };
    case 'drawio':
      return { data: diagramToDrawio(layout), warnings: [] };
    case 'mmd':
      return { data: source.endsWith('\n') ? source : `${source}\n`, warnings: [] };
  }
}

/** A file name from the diagram's title, without characters file systems reject. */
export function diagramFileName(title: string | undefined, format: DiagramFormat, fallback = 'diagram'): string {
  const base =
    (title ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are invalid in Windows file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || fallback;
  return `${base}.${format}`;
}
