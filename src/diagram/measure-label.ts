import { lineHeightPt, textWidthEm, wrapText } from '../slides/measure';
import { sizeForText, textInsets } from './shapes';
import type { LaidText, NodeShape, Rect } from './types';

// Label sizing with the slides' text measurement (CJK full width, Latin by advance widths, errs towards
// wrapping), so a box sized here holds its text in PowerPoint, LibreOffice and the SVG alike.

export const NODE_FONT_PT = 14;
export const EDGE_FONT_PT = 12;
export const GROUP_FONT_PT = 13;
const PAD_X = 10;
const PAD_Y = 6;
const MIN_W = 72;
const MIN_H = 36;

/** The widest a label may run before it wraps, per shape (a diamond doubles its text's width). */
function maxTextWidth(shape: NodeShape): number {
  if (shape === 'diamond') return 120;
  if (shape === 'circle' || shape === 'doubleCircle') return 96;
  return 168;
}

export interface MeasuredText {
  source: string;
  lines: string[];
  /** Widest line and the block's height, in points. */
  width: number;
  height: number;
}

function widthOf(line: string, fontPt: number, bold: boolean): number {
  return textWidthEm(line) * fontPt * (bold ? 1.1 : 1);
}

/**
 * Wraps at `maxWidth`, then narrows the width as long as the line count stays the same, so a label
 * that needs two lines gets two even lines rather than a full one and a stub.
 */
export function measureText(text: string, fontPt: number, maxWidth: number, bold = false): MeasuredText {
  // The pane redraws on every pause in typing and most labels have not changed: each is wrapped once.
  const key = `${fontPt}|${maxWidth}|${bold ? 1 : 0}|${text}`;
  let m = measured.get(key);
  if (!m) {
    if (measured.size >= MEASURED_MAX) measured.clear();
    m = wrapBalanced(text, fontPt, maxWidth, bold);
    measured.set(key, m);
  }
  return { ...m, lines: m.lines.slice() };
}

const MEASURED_MAX = 5000;
const measured = new Map<string, MeasuredText>();

function wrapBalanced(text: string, fontPt: number, maxWidth: number, bold: boolean): MeasuredText {
  const wrap = (w: number) => wrapText(text, fontPt, w, false, bold);
  let lines = wrap(maxWidth);
  if (lines.length > 1) {
    let lo = maxWidth / 3;
    let hi = maxWidth;
    for (let i = 0; i < 8; i++) {
      const mid = (lo + hi) / 2;
      if (wrap(mid).length <= lines.length) hi = mid;
      else lo = mid;
    }
    lines = wrap(hi);
  }
  const width = Math.max(0, ...lines.map((l) => widthOf(l, fontPt, bold)));
  return { source: text, lines, width, height: lines.length * lineHeightPt(fontPt) };
}

/** A block of text centred on the centre of `area`. */
export function centredText(m: MeasuredText, fontPt: number, area: Rect, bold = false): LaidText {
  const box = { x: area.x + (area.w - m.width) / 2, y: area.y + (area.h - m.height) / 2, w: m.width, h: m.height };
  const source = m.source.trim();
  return bold ? { source, lines: m.lines, fontPt, bold, box } : { source, lines: m.lines, fontPt, box };
}

export interface SizedNode {
  w: number;
  h: number;
  text: MeasuredText;
}

export function sizeNode(label: string, shape: NodeShape, fontPt = NODE_FONT_PT, minW = MIN_W): SizedNode {
  const text = measureText(label || ' ', fontPt, maxTextWidth(shape));
  const size = sizeForText(shape, text.width + 2 * PAD_X, text.height + 2 * PAD_Y);
  const square = shape === 'circle' || shape === 'doubleCircle';
  const w = Math.ceil(Math.max(size.w, square ? MIN_H : minW));
  const h = Math.ceil(Math.max(size.h, MIN_H, square ? w : 0));
  return { w: square ? Math.max(w, h) : w, h, text };
}

/** The node's text placed in the middle of its shape's text area. */
export function placeNodeText(shape: NodeShape, r: Rect, m: MeasuredText, fontPt = NODE_FONT_PT, bold = false): LaidText {
  const i = textInsets(shape, r.w, r.h);
  return centredText(m, fontPt, { x: r.x + i.l, y: r.y + i.t, w: r.w - i.l - i.r, h: r.h - i.t - i.b }, bold);
}

export const EDGE_LABEL_PAD = 3;

export function sizeEdgeLabel(label: string): { w: number; h: number; text: MeasuredText } {
  const text = measureText(label, EDGE_FONT_PT, 120);
  return { w: Math.ceil(text.width + 2 * EDGE_LABEL_PAD), h: Math.ceil(text.height + 2 * EDGE_LABEL_PAD), text };
}
