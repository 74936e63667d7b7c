import type { MindNode } from './types';
import { estimateWidth, wrapText, type Measure } from './measure-text';

/** How each depth is drawn: the root and main topics are boxes, deeper topics underlined text. */
export interface DepthStyle {
  fontSize: number;
  bold: boolean;
  padX: number;
  padY: number;
  maxTextWidth: number;
  boxed: boolean;
}

export const DEPTH_STYLES: readonly DepthStyle[] = [
  { fontSize: 20, bold: true, padX: 16, padY: 10, maxTextWidth: 320, boxed: true },
  { fontSize: 16, bold: false, padX: 12, padY: 7, maxTextWidth: 260, boxed: true },
  { fontSize: 14, bold: false, padX: 4, padY: 5, maxTextWidth: 240, boxed: false },
];

export function depthStyle(depth: number): DepthStyle {
  return DEPTH_STYLES[Math.min(depth, DEPTH_STYLES.length - 1)];
}

export const LINE_HEIGHT = 1.3;
const H_GAP = 36;
const V_GAP = 8;
const V_GAP_MAIN = 16;

export interface LaidOutNode {
  node: MindNode;
  depth: number;
  /** Left edge and top edge of the node's box, in SVG user units. */
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  style: DepthStyle;
  /** 1: grows to the right of its parent; -1: to the left. */
  side: 1 | -1;
  /** Index of the main topic this node descends from (the root has -1); picks the branch colour. */
  branch: number;
  children: LaidOutNode[];
}

export interface MapLayout {
  root: LaidOutNode;
  width: number;
  height: number;
  count: number;
}

export interface LayoutOptions {
  /** 'both' balances main topics left and right of the root (XMind's map); 'right' is markmap's. */
  direction?: 'both' | 'right';
  measure?: Measure;
  margin?: number;
}

/**
 * A tidy tree: every subtree owns a horizontal band as tall as its children's bands stacked, so no two
 * nodes can overlap however uneven the text is; each parent sits centred on its children.
 */
export function layoutMap(tree: MindNode, opts: LayoutOptions = {}): MapLayout {
  const measure = opts.measure ?? estimateWidth;
  const margin = opts.margin ?? 24;
  let count = 0;
  const size = (node: MindNode, depth: number, branch: number): LaidOutNode => {
    count++;
    const style = depthStyle(depth);
    const title = node.title || ' ';
    const lines = wrapText(title, style.maxTextWidth, style.fontSize, style.bold, 6, measure);
    const textW = Math.max(...lines.map((l) => measure(l, style.fontSize, style.bold)), style.fontSize);
    const w = Math.ceil(textW + style.padX * 2);
    const h = Math.ceil(lines.length * style.fontSize * LINE_HEIGHT + style.padY * 2);
    return {
      node,
      depth,
      x: 0,
      y: 0,
      w,
      h,
      lines,
      style,
      side: 1,
      branch,
      children: node.children.map((c, i) => size(c, depth + 1, depth === 0 ? i : branch)),
    };
  };
  const root = size(tree, 0, -1);

  const band = new Map<LaidOutNode, number>();
  const bandOf = (n: LaidOutNode): number => {
    let b = band.get(n);
    if (b !== undefined) return b;
    const gap = n.depth === 0 ? V_GAP_MAIN : V_GAP;
    const kids = n.children.reduce((s, c) => s + bandOf(c), 0) + gap * Math.max(0, n.children.length - 1);
    b = Math.max(n.h, kids);
    band.set(n, b);
    return b;
  };

  /** Places n's children in the band starting at `top`; n's own x must be set. Returns n's centre y. */
  const place = (n: LaidOutNode, kids: LaidOutNode[], top: number, side: 1 | -1): number => {
    const gap = n.depth === 0 ? V_GAP_MAIN : V_GAP;
    const total = kids.reduce((s, c) => s + bandOf(c), 0) + gap * Math.max(0, kids.length - 1);
    const own = n.depth === 0 ? total : bandOf(n);
    let y = top + (own - total) / 2;
    const centres: number[] = [];
    for (const c of kids) {
      c.side = side;
      c.x = side === 1 ? n.x + n.w + H_GAP : n.x - H_GAP - c.w;
      const b = bandOf(c);
      const cy = c.children.length ? place(c, c.children, y, side) : y + b / 2;
      c.y = cy - c.h / 2;
      centres.push(cy);
      y += b + gap;
    }
    if (!centres.length) return top + own / 2;
    const mid = (centres[0] + centres[centres.length - 1]) / 2;
    // Uneven children can pull the midpoint off-centre; keep the parent's box inside its own band.
    return n.depth === 0 ? mid : Math.min(Math.max(mid, top + n.h / 2), top + own - n.h / 2);
  };

  const kids = root.children;
  let right = kids;
  let left: LaidOutNode[] = [];
  if ((opts.direction ?? 'both') === 'both' && kids.length > 1) {
    // The split that makes the two sides' heights closest; main topics keep their order clockwise.
    const total = kids.reduce((s, c) => s + bandOf(c), 0);
    let acc = 0;
    let split = 1;
    let best = Infinity;
    for (let i = 1; i < kids.length; i++) {
      acc += bandOf(kids[i - 1]);
      const diff = Math.abs(total - 2 * acc);
      if (diff < best) {
        best = diff;
        split = i;
      }
    }
    right = kids.slice(0, split);
    left = kids.slice(split);
  }
  root.x = 0;
  const rc = right.length ? place(root, right, 0, 1) : root.h / 2;
  const lc = left.length ? place(root, left, 0, -1) : rc;
  // Align both sides on the root's centre.
  const shiftLeft = rc - lc;
  if (left.length) shiftBy(left, 0, shiftLeft);
  root.y = rc - root.h / 2;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  visit(root, (n) => {
    minX = Math.min(minX, n.x);
    minY = Math.min(minY, n.y);
    maxX = Math.max(maxX, n.x + n.w);
    maxY = Math.max(maxY, n.y + n.h);
  });
  visit(root, (n) => {
    n.x += margin - minX;
    n.y += margin - minY;
  });
  return { root, width: Math.ceil(maxX - minX + margin * 2), height: Math.ceil(maxY - minY + margin * 2), count };
}

function shiftBy(nodes: LaidOutNode[], dx: number, dy: number): void {
  for (const n of nodes)
    visit(n, (m) => {
      m.x += dx;
      m.y += dy;
    });
}

export function visit(n: LaidOutNode, fn: (n: LaidOutNode) => void): void {
  const stack = [n];
  while (stack.length) {
    const m = stack.pop() as LaidOutNode;
    fn(m);
    for (const c of m.children) stack.push(c);
  }
}
