import type { Message } from '../messages';

// Two models: the diagram as parsed from Mermaid (what the user or the model wrote), and the diagram
// laid out (every box, line and label placed, in points). Every renderer — PowerPoint, SVG, PNG, .drawio,
// the pane's preview — draws the laid-out model, so they all show the same picture.

export type DiagramKind = 'flowchart' | 'timeline';
/** TB: top to bottom (Mermaid's TD is the same), BT, LR, RL. */
export type Direction = 'TB' | 'BT' | 'LR' | 'RL';

export type NodeShape =
  | 'rect'
  | 'round'
  | 'stadium'
  | 'subroutine'
  | 'cylinder'
  | 'circle'
  | 'doubleCircle'
  | 'asymmetric'
  | 'diamond'
  | 'hexagon'
  | 'parallelogram'
  | 'parallelogramAlt'
  | 'trapezoid'
  | 'trapezoidAlt';

export interface FlowNode {
  id: string;
  label: string;
  shape: NodeShape;
  /** 1-based line of the node's first mention. */
  line: number;
}

export type ArrowEnd = 'none' | 'arrow' | 'circle' | 'cross';
export type EdgeStroke = 'solid' | 'dotted' | 'thick' | 'invisible';

export interface FlowEdge {
  /** A node id or a subgraph id. */
  from: string;
  to: string;
  label: string;
  stroke: EdgeStroke;
  start: ArrowEnd;
  end: ArrowEnd;
  line: number;
}

export interface FlowGroup {
  id: string;
  title: string;
  /** The enclosing subgraph, or null at the top level. */
  parent: string | null;
  line: number;
}

export interface FlowchartDiagram {
  kind: 'flowchart';
  title?: string;
  direction: Direction;
  nodes: FlowNode[];
  edges: FlowEdge[];
  groups: FlowGroup[];
  /** Node id → subgraph id, for nodes inside a subgraph. */
  membership: Record<string, string>;
}

export interface TimelinePeriod {
  label: string;
  events: string[];
}

export interface TimelineSection {
  title: string | null;
  periods: TimelinePeriod[];
}

export interface TimelineDiagram {
  kind: 'timeline';
  title?: string;
  sections: TimelineSection[];
}

export type Diagram = FlowchartDiagram | TimelineDiagram;

export interface ParsedDiagram {
  diagram: Diagram;
  /** Lines left out or ignored, each naming its line number. */
  warnings: Message[];
}

// ——— The laid-out model (points; origin top left) ———

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text already wrapped: lines centred in `box`, which lies inside the shape. */
export interface LaidText {
  /** The text as written (line breaks only where the author put them): what PowerPoint and .drawio get. */
  source: string;
  lines: string[];
  fontPt: number;
  bold?: boolean;
  box: Rect;
}

/** Colour roles (see style.ts): 0 is the plain node; timelines give each section its own tone. */
export type Tone = number;

export interface LaidNode extends Rect {
  id: string;
  shape: NodeShape;
  text: LaidText;
  tone: Tone;
  /** Filled in the tone's colour (timeline periods) rather than tinted. */
  strong?: boolean;
}

export interface LaidEdge {
  id: string;
  from: string;
  to: string;
  /** Orthogonal polyline: the first point on `from`'s border, the last on `to`'s. */
  points: Point[];
  stroke: Exclude<EdgeStroke, 'invisible'>;
  start: ArrowEnd;
  end: ArrowEnd;
  label?: LaidText;
}

export interface LaidGroup extends Rect {
  id: string;
  text: LaidText;
  depth: number;
  tone: Tone;
}

export type LayoutKind = 'flowchart' | 'orgchart' | 'timeline';

export interface DiagramLayout {
  kind: LayoutKind;
  title?: string;
  width: number;
  height: number;
  groups: LaidGroup[];
  nodes: LaidNode[];
  edges: LaidEdge[];
}
