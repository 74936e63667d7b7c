// The diagram feature's public face: Mermaid (flowchart, org chart, timeline) → laid-out model →
// PowerPoint shapes and connectors, SVG, PNG, .drawio. See docs/diagram.md.
export type {
  Diagram,
  DiagramKind,
  DiagramLayout,
  FlowchartDiagram,
  TimelineDiagram,
  ParsedDiagram,
  LaidNode,
  LaidEdge,
  LaidGroup,
  LaidText,
  NodeShape,
  Direction,
  Point,
  Rect,
} from './types';
export { parseMermaid, MAX_SOURCE_CHARS } from './parse-mermaid';
export { MAX_NODES } from './parse-flowchart';
export { layoutDiagram } from './layout';
export { diagramToSvg, type SvgDiagram } from './render-svg';
export { diagramToDrawio } from './render-drawio';
export { renderDiagramPptx, placeDiagram, diagramArea, drawDiagramShapes, diagramEdgesXml, type Placement } from './render-pptx';
export { DIAGRAM_FORMATS, DIAGRAM_MIME, diagramFormatFromFileName, exportDiagram, diagramFileName, type DiagramFormat, type DiagramExportEnv } from './export';
export { cleanMermaidAnswer } from './clean-mermaid';
export { DIAGRAM_KIND_HINTS, type DiagramKindHint } from './prompt';
export { prepareDiagram, diagramWorkflow, type DiagramJob, type PreparedDiagram, type DiagramStage } from './workflow';
export * from './errors';
