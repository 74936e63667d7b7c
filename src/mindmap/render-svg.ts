import type { MindNode } from './types';
import { layoutMap, LINE_HEIGHT, visit, type LaidOutNode, type LayoutOptions, type MapLayout } from './layout';
import { escapeXml } from './text';
import { estimateWidth } from './measure-text';

/** Branch colours (Tableau 10): distinct, legible on white and printable. */
export const BRANCH_COLORS = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];
const ROOT_FILL = '#2F3B52';
const TEXT = '#1F2328';

/** Arial's metrics drive the layout (Liberation Sans has the same; resvg stops at the first missing family, so it goes first); CJK falls back to each platform's UI font. */
export const SVG_FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
}

/**
 * A static SVG drawn with plain `<rect>`, `<path>` and `<text>`: no `<foreignObject>`, no CSS, no
 * scripts, so Word, PowerPoint, Inkscape, resvg and browsers all show the same picture.
 */
export function renderSvg(tree: MindNode, opts: LayoutOptions = {}): SvgResult {
  const layout = layoutMap(tree, opts);
  return { svg: svgFromLayout(layout), width: layout.width, height: layout.height };
}

/** Below this size on screen text cannot be read; a raster that small shows grey bars instead ("greeking"). */
export const MIN_LEGIBLE_PX = 4;

export interface SvgDrawOptions {
  /** The zoom the SVG will be rasterized at; text smaller than MIN_LEGIBLE_PX there is drawn as bars. */
  rasterScale?: number;
}

export function svgFromLayout(layout: MapLayout, opts: SvgDrawOptions = {}): string {
  const { width, height, root } = layout;
  const links: string[] = [];
  const nodes: string[] = [];
  const scale = opts.rasterScale;
  visit(root, (n) => {
    for (const c of n.children) links.push(link(n, c));
    nodes.push(node(n, scale !== undefined && n.style.fontSize * scale < MIN_LEGIBLE_PX));
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(root.node.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<g fill="none" stroke-linecap="round">`,
    ...links,
    '</g>',
    ...nodes,
    '</svg>',
  ].join('\n');
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function color(n: LaidOutNode): string {
  return n.branch < 0 ? ROOT_FILL : BRANCH_COLORS[n.branch % BRANCH_COLORS.length];
}

/** Where a link meets a node: boxes at their vertical centre, underlined topics on their underline. */
function anchor(n: LaidOutNode, towards: 1 | -1): [number, number] {
  const x = towards === 1 ? n.x + n.w : n.x;
  return [x, n.style.boxed ? n.y + n.h / 2 : n.y + n.h];
}

function link(p: LaidOutNode, c: LaidOutNode): string {
  const [sx, sy] = anchor(p, c.side);
  const [tx, ty] = anchor(c, c.side === 1 ? -1 : 1);
  const mx = (sx + tx) / 2;
  const width = Math.max(1.2, 3 - c.depth * 0.5);
  return `<path d="M${f(sx)},${f(sy)} C${f(mx)},${f(sy)} ${f(mx)},${f(ty)} ${f(tx)},${f(ty)}" stroke="${color(c)}" stroke-width="${f(width)}"/>`;
}

function node(n: LaidOutNode, greek: boolean): string {
  const { style } = n;
  const c = color(n);
  const parts: string[] = [];
  let fill = TEXT;
  if (n.depth === 0) {
    parts.push(`<rect x="${f(n.x)}" y="${f(n.y)}" width="${f(n.w)}" height="${f(n.h)}" rx="8" fill="${ROOT_FILL}"/>`);
    fill = '#FFFFFF';
  } else if (style.boxed) {
    parts.push(`<rect x="${f(n.x)}" y="${f(n.y)}" width="${f(n.w)}" height="${f(n.h)}" rx="6" fill="${tint(c, 0.14)}" stroke="${c}" stroke-width="1.5"/>`);
  } else {
    parts.push(`<path d="M${f(n.x)},${f(n.y + n.h)} H${f(n.x + n.w)}" stroke="${c}" stroke-width="1.5"/>`);
  }
  const lh = style.fontSize * LINE_HEIGHT;
  // Baselines are computed rather than left to dominant-baseline, which Office ignores.
  const baseline = n.y + style.padY + (lh - style.fontSize) / 2 + style.fontSize * 0.86;
  const x = n.x + style.padX;
  if (greek) {
    const bars = n.lines.map(
      (l, i) =>
        `<rect x="${f(x)}" y="${f(baseline + i * lh - style.fontSize * 0.6)}" width="${f(estimateWidth(l, style.fontSize, style.bold))}" height="${f(style.fontSize * 0.55)}" fill="${fill}" fill-opacity="0.45"/>`,
    );
    return parts.join('') + bars.join('');
  }
  const weight = style.bold ? ' font-weight="bold"' : '';
  const spans = n.lines.map((l, i) => `<tspan x="${f(x)}" y="${f(baseline + i * lh)}">${escapeXml(l)}</tspan>`).join('');
  parts.push(`<text font-size="${style.fontSize}"${weight} fill="${fill}">${spans}</text>`);
  return parts.join('');
}

function tint(hex: string, amount: number): string {
  const v = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount);
  const r = mix(v >> 16);
  const g = mix((v >> 8) & 255);
  const b = mix(v & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1).toUpperCase()}`;
}
