import { SVG_FONT_FAMILY } from '../mindmap/render-svg';
import { escapeXml } from '../mindmap/text';
import { lineHeightPt } from '../slides/measure';
import { edgeGeometry } from './arrowheads';
import { CAN_LID, outline } from './shapes';
import { EDGE_COLOR, groupPaint, nodePaint, STROKE_WIDTH } from './style';
import type { DiagramLayout, LaidEdge, LaidGroup, LaidNode, LaidText, Point } from './types';

// A static SVG of the laid-out diagram drawn with plain <rect>, <path> and <text> (no markers, no
// foreignObject, no CSS), like the mind-map SVG, so Word, PowerPoint, resvg and browsers agree.

export const TITLE_BAND = 40;
const TITLE_FONT = 18;

export interface SvgDiagram {
  svg: string;
  width: number;
  height: number;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();
const pts = (ps: Point[]) => ps.map((p) => `${f(p.x)},${f(p.y)}`).join(' ');

export function diagramToSvg(layout: DiagramLayout): SvgDiagram {
  const band = layout.title ? TITLE_BAND : 0;
  const width = Math.max(layout.width, layout.title ? 200 : 0);
  const height = layout.height + band;
  const body: string[] = [];
  for (const g of [...layout.groups].sort((a, b) => a.depth - b.depth)) body.push(group(g));
  for (const e of layout.edges) body.push(edge(e));
  for (const n of layout.nodes) body.push(node(n));
  for (const e of layout.edges) if (e.label) body.push(edgeLabel(e.label));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(layout.title ?? '')}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    layout.title
      ? `<text x="${f(width / 2)}" y="${f(band / 2 + TITLE_FONT * 0.35)}" font-size="${TITLE_FONT}" font-weight="bold" text-anchor="middle" fill="#1F2328">${escapeXml(layout.title)}</text>`
      : '',
    band ? `<g transform="translate(0 ${band})">` : '<g>',
    ...body,
    '</g>',
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
  return { svg, width, height };
}

/** Lines of text centred in their box; baselines computed (Office ignores dominant-baseline). */
export function svgText(t: LaidText, color: string): string {
  if (!t.lines.length) return '';
  const lh = lineHeightPt(t.fontPt);
  const cx = t.box.x + t.box.w / 2;
  const spans = t.lines
    .map((l, i) => `<tspan x="${f(cx)}" y="${f(t.box.y + i * lh + (lh - t.fontPt) / 2 + t.fontPt * 0.86)}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text font-size="${t.fontPt}"${t.bold ? ' font-weight="bold"' : ''} text-anchor="middle" fill="#${color}">${spans}</text>`;
}

function group(g: LaidGroup): string {
  const p = groupPaint(g.tone);
  return `<rect x="${f(g.x)}" y="${f(g.y)}" width="${f(g.w)}" height="${f(g.h)}" rx="6" fill="#${p.fill}" stroke="#${p.stroke}" stroke-width="1"/>${svgText(g.text, p.text)}`;
}

function edge(e: LaidEdge): string {
  const { line, marks } = edgeGeometry(e);
  const w = STROKE_WIDTH[e.stroke];
  const dash = e.stroke === 'dotted' ? ' stroke-dasharray="5 4"' : '';
  const parts = [`<polyline points="${pts(line)}" fill="none" stroke="#${EDGE_COLOR}" stroke-width="${w}"${dash} stroke-linejoin="round"/>`];
  for (const m of marks) {
    if (m.kind === 'arrow') parts.push(`<polygon points="${pts(m.points)}" fill="#${EDGE_COLOR}"/>`);
    else if (m.kind === 'circle')
      parts.push(
        `<circle cx="${f(m.points[0].x)}" cy="${f(m.points[0].y)}" r="${f(m.radius ?? 4)}" fill="#FFFFFF" stroke="#${EDGE_COLOR}" stroke-width="1.5"/>`,
      );
    else
      parts.push(
        `<path d="M${f(m.points[0].x)},${f(m.points[0].y)} L${f(m.points[1].x)},${f(m.points[1].y)} M${f(m.points[2].x)},${f(m.points[2].y)} L${f(m.points[3].x)},${f(m.points[3].y)}" stroke="#${EDGE_COLOR}" stroke-width="1.5"/>`,
      );
  }
  return parts.join('');
}

function edgeLabel(t: LaidText): string {
  const pad = 3;
  return `<rect x="${f(t.box.x - pad)}" y="${f(t.box.y - pad)}" width="${f(t.box.w + 2 * pad)}" height="${f(t.box.h + 2 * pad)}" rx="3" fill="#FFFFFF" fill-opacity="0.92"/>${svgText(t, '44546A')}`;
}

function node(n: LaidNode): string {
  const p = nodePaint(n.tone, n.strong);
  const paint = `fill="#${p.fill}" stroke="#${p.stroke}" stroke-width="1.5"`;
  const { x, y, w, h } = n;
  let shape: string;
  switch (n.shape) {
    case 'rect':
      shape = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" ${paint}/>`;
      break;
    case 'circle':
      shape = `<ellipse cx="${f(x + w / 2)}" cy="${f(y + h / 2)}" rx="${f(w / 2)}" ry="${f(h / 2)}" ${paint}/>`;
      break;
    case 'doubleCircle':
      shape = `<ellipse cx="${f(x + w / 2)}" cy="${f(y + h / 2)}" rx="${f(w / 2)}" ry="${f(h / 2)}" ${paint}/><ellipse cx="${f(x + w / 2)}" cy="${f(y + h / 2)}" rx="${f(w / 2 - 4)}" ry="${f(h / 2 - 4)}" fill="none" stroke="#${p.stroke}" stroke-width="1.5"/>`;
      break;
    case 'subroutine':
      shape = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" ${paint}/><path d="M${f(x + w / 8)},${f(y)} V${f(y + h)} M${f(x + (7 * w) / 8)},${f(y)} V${f(y + h)}" stroke="#${p.stroke}" stroke-width="1.5"/>`;
      break;
    case 'cylinder': {
      const ry = (CAN_LID / 2) * Math.min(w, h);
      shape = `<path d="M${f(x)},${f(y + ry)} A${f(w / 2)},${f(ry)} 0 0 1 ${f(x + w)},${f(y + ry)} V${f(y + h - ry)} A${f(w / 2)},${f(ry)} 0 0 1 ${f(x)},${f(y + h - ry)} Z" ${paint}/><path d="M${f(x)},${f(y + ry)} A${f(w / 2)},${f(ry)} 0 0 0 ${f(x + w)},${f(y + ry)}" fill="none" stroke="#${p.stroke}" stroke-width="1.5"/>`;
      break;
    }
    default:
      shape = `<polygon points="${pts(outline(n.shape, n))}" ${paint} stroke-linejoin="round"/>`;
  }
  return shape + svgText(n.text, p.text);
}
