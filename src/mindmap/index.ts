// The mind-map core: Markdown → one tree → every export. Host-free; Node-only pieces are
// render-png-node.ts and html-assets-node.ts (imported by the CLI, never by the pane).
export type { MindNode, MindFormat, MindImage, MindSummary, MindRelationship } from './types';
export { readXmind, type XmindWorkbook, type XmindSheetMap } from './xmind-read';
export { flattenExtras, lostInFormat } from './extras';
export { countNodes, treeDepth } from './types';
export {
  MIND_EXPORTERS,
  MIND_FORMATS,
  MIND_MIME,
  MIND_EXTRAS,
  mindExporter,
  exporterForFileName,
  extensionsOf,
  type MindExporter,
  type MindExtra,
} from './exporters';
export { mindTreeFromMarkdown, toMindTree, type MindTreeOptions, type MindTreeResult } from './from-markdown';
export { toMindMarkdown } from './to-markdown';
export { toOpml, fromOpml } from './opml';
export { toXmind, fromXmind } from './xmind';
export { layoutMap, type MapLayout, type LaidOutNode, type LayoutOptions } from './layout';
export { renderSvg, svgFromLayout, BRANCH_COLORS, MIN_LEGIBLE_PX, type SvgResult, type SvgDrawOptions } from './render-svg';
export { pngScale, MAX_PNG_PIXELS, MAX_PNG_SIDE } from './png-scale';
export { estimateWidth, wrapText, type Measure } from './measure-text';
export { toOfflineHtml, type HtmlAssets, type HtmlLabels } from './export-html';
export { toMarkmapNode, MARKMAP_JSON_OPTIONS } from './to-markmap';
export { assertDrawable, exportMindMap, formatFromFileName, mapFileName, type ExportEnv } from './export';
export { readMapInput, baseName, type MapInput } from './read-map-input';
export { generateMindMarkdown, SINGLE_PASS_TOKENS, type GenerateMindOptions } from './generate';
export * from './errors';
export { sheetToMarkdown, slidesToMarkdown, type SlideText } from './host-outlines';
