import { escapeHtml } from '../text/entities';
import { escapeXmlAttr } from '../mindmap/text';
import { SLANT } from './shapes';
import { EDGE_COLOR, groupPaint, nodePaint, STROKE_WIDTH } from './style';
import type { ArrowEnd, DiagramLayout, LaidGroup, LaidNode, NodeShape, Rect } from './types';

// diagrams.net (draw.io) files: mxGraph XML, uncompressed, one page. Boxes keep their shapes, sizes and
// colours; subgraphs become containers (their boxes move with them); edges are glued to their boxes with
// the same exit and entry points and bends as our layout, so the file opens looking like our picture.

const TITLE_BAND = 40;

function shapeStyle(shape: NodeShape, r: Rect): string {
  const s = Math.round(SLANT * Math.min(r.w, r.h));
  switch (shape) {
    case 'rect':
      return 'rounded=0;';
    case 'round':
      return 'rounded=1;';
    case 'stadium':
      return 'rounded=1;arcSize=50;';
    case 'subroutine':
      return 'shape=process;backgroundOutline=1;size=0.125;';
    case 'cylinder':
      return `shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=${Math.round(0.125 * Math.min(r.w, r.h))};`;
    case 'circle':
      return 'ellipse;';
    case 'doubleCircle':
      return 'ellipse;shape=doubleEllipse;';
    case 'diamond':
      return 'rhombus;';
    case 'hexagon':
      return `shape=hexagon;perimeter=hexagonPerimeter2;fixedSize=1;size=${s};`;
    case 'parallelogram':
      return `shape=parallelogram;perimeter=parallelogramPerimeter;fixedSize=1;size=${s};`;
    case 'parallelogramAlt':
      return `shape=parallelogram;perimeter=parallelogramPerimeter;fixedSize=1;size=${s};flipH=1;`;
    case 'trapezoid':
      return `shape=trapezoid;perimeter=trapezoidPerimeter;fixedSize=1;size=${s};`;
    case 'trapezoidAlt':
      // draw.io keeps labels upright when it flips a shape.
      return `shape=trapezoid;perimeter=trapezoidPerimeter;fixedSize=1;size=${Math.round(0.2 * r.w)};flipV=1;`;
    case 'asymmetric':
      return `shape=offPageConnector;rotation=-90;`;
  }
}

const ARROW: Record<ArrowEnd, string> = { none: 'none', arrow: 'block', circle: 'oval', cross: 'cross' };
const html = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');
const n = (v: number) => Math.round(v * 10) / 10;

export function diagramToDrawio(layout: DiagramLayout): string {
  const band = layout.title ? TITLE_BAND : 0;
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const groupIds = new Map(layout.groups.map((g, i) => [g.id, `g${i}`]));
  // Which container holds each box: the smallest group whose frame contains it.
  const holder = (r: Rect, self?: LaidGroup): LaidGroup | undefined =>
    layout.groups
      .filter((g) => g !== self && g.x <= r.x && g.y <= r.y && g.x + g.w >= r.x + r.w && g.y + g.h >= r.y + r.h && (!self || g.depth < self.depth))
      .sort((a, b) => b.depth - a.depth)[0];
  const geometry = (r: Rect, parent: LaidGroup | undefined) =>
    `<mxGeometry x="${n(r.x - (parent?.x ?? 0))}" y="${n(r.y + (parent ? -parent.y : band))}" width="${n(r.w)}" height="${n(r.h)}" as="geometry"/>`;
  if (layout.title) {
    cells.push(
      `<mxCell id="title" value="${escapeXmlAttr(html(layout.title))}" style="text;html=1;align=center;verticalAlign=middle;fontSize=18;fontStyle=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="${layout.width}" height="${band}" as="geometry"/></mxCell>`,
    );
  }
  for (const g of [...layout.groups].sort((a, b) => a.depth - b.depth)) {
    const p = groupPaint(g.tone);
    const parent = holder(g, g);
    const style = `rounded=1;arcSize=4;absoluteArcSize=1;whiteSpace=wrap;html=1;container=1;collapsible=0;verticalAlign=top;align=left;spacingLeft=10;spacingTop=2;fontStyle=1;fontSize=${g.text.fontPt};fillColor=#${p.fill};strokeColor=#${p.stroke};fontColor=#${p.text};`;
    cells.push(
      `<mxCell id="${groupIds.get(g.id)}" value="${escapeXmlAttr(html(g.text.source))}" style="${style}" vertex="1" parent="${parent ? groupIds.get(parent.id) : '1'}">${geometry(g, parent)}</mxCell>`,
    );
  }
  const nodeIds = new Map<string, string>();
  const byId = new Map<string, LaidNode>();
  layout.nodes.forEach((node, i) => {
    const p = nodePaint(node.tone, node.strong);
    const parent = holder(node);
    nodeIds.set(node.id, `n${i}`);
    byId.set(node.id, node);
    const style = `${shapeStyle(node.shape, node)}whiteSpace=wrap;html=1;fillColor=#${p.fill};strokeColor=#${p.stroke};fontColor=#${p.text};fontSize=${node.text.fontPt};${node.text.bold ? 'fontStyle=1;' : ''}strokeWidth=1.5;`;
    cells.push(
      `<mxCell id="n${i}" value="${escapeXmlAttr(html(node.text.source))}" style="${style}" vertex="1" parent="${parent ? groupIds.get(parent.id) : '1'}">${geometry(node, parent)}</mxCell>`,
    );
  });
  layout.edges.forEach((e, i) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    const first = e.points[0];
    const last = e.points[e.points.length - 1];
    const frac = (v: number) => Math.round(v * 1000) / 1000;
    const rel = (r: LaidNode, p: { x: number; y: number }) => [frac((p.x - r.x) / r.w), frac((p.y - r.y) / r.h)];
    const exit = a ? rel(a, first) : null;
    const entry = b ? rel(b, last) : null;
    const style = [
      'edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;',
      `strokeColor=#${EDGE_COLOR};strokeWidth=${STROKE_WIDTH[e.stroke]};`,
      e.stroke === 'dotted' ? 'dashed=1;' : '',
      `startArrow=${ARROW[e.start]};startFill=${e.start === 'arrow' ? 1 : 0};endArrow=${ARROW[e.end]};endFill=${e.end === 'arrow' ? 1 : 0};`,
      exit ? `exitX=${exit[0]};exitY=${exit[1]};exitDx=0;exitDy=0;` : '',
      entry ? `entryX=${entry[0]};entryY=${entry[1]};entryDx=0;entryDy=0;` : '',
      e.label ? `fontSize=${e.label.fontPt};labelBackgroundColor=#FFFFFF;` : '',
    ].join('');
    const bends = e.points.slice(1, -1).map((p) => `<mxPoint x="${n(p.x)}" y="${n(p.y + band)}"/>`);
    const ends = `${a ? '' : `<mxPoint x="${n(first.x)}" y="${n(first.y + band)}" as="sourcePoint"/>`}${b ? '' : `<mxPoint x="${n(last.x)}" y="${n(last.y + band)}" as="targetPoint"/>`}`;
    const src = nodeIds.get(e.from) ?? groupIds.get(e.from);
    const dst = nodeIds.get(e.to) ?? groupIds.get(e.to);
    cells.push(
      `<mxCell id="e${i}" value="${escapeXmlAttr(html(e.label?.source ?? ''))}" style="${style}" edge="1" parent="1"${src ? ` source="${src}"` : ''}${dst ? ` target="${dst}"` : ''}><mxGeometry relative="1" as="geometry">${ends}${bends.length ? `<Array as="points">${bends.join('')}</Array>` : ''}</mxGeometry></mxCell>`,
    );
  });
  const w = layout.width;
  const h = layout.height + band;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="dsplus" agent="DeepSeek+ for Office" type="device">`,
    `<diagram id="dsplus-diagram" name="${escapeXmlAttr(layout.title ?? 'Diagram')}">`,
    `<mxGraphModel dx="${w}" dy="${h}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${Math.max(850, w)}" pageHeight="${Math.max(1100, h)}" math="0" shadow="0">`,
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
