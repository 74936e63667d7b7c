import type { Point } from './types';

// PowerPoint connectors (<p:cxnSp>) written by hand: pptxgenjs has none (its lines are plain shapes that
// stay where they are when a box moves). An orthogonal route with up to two bends is one of the preset
// connectors straightConnector1 / bentConnector2 / bentConnector3, placed with a rotation and flips so its
// canonical path (ending bottom right) lands on the route; stCxn/endCxn glue it to the boxes, so
// PowerPoint re-routes it when the user moves one. Routes with more bends (a line doubling back round
// other boxes) become a freeform polyline: bentConnector4/5 would express them, but LibreOffice 7.4
// ignores their adjust values and draws them through boxes (checked by rendering both side by side).

export const EMU_PER_PT = 12700;

export interface Glue {
  /** cNvPr id of the shape the end is glued to. */
  id: number;
  /** Connection site index on that shape. */
  idx: number;
}

export interface EdgeShape {
  id: number;
  name: string;
  /** Route in EMU, slide coordinates. */
  points: Point[];
  /** A complete <a:ln> element. */
  line: string;
  start?: Glue;
  end?: Glue;
}

interface Frame {
  rot: 0 | 90;
  flipH: boolean;
  flipV: boolean;
  local: Point[];
}

const PRESET = ['straightConnector1', 'bentConnector2', 'bentConnector3'];
/** Points of the longest route written as a connector (two bends). */
export const MAX_CONNECTOR_POINTS = 4;

/** local = F · R(-θ) · (g - g0): the inverse of what DrawingML applies (flip inside the box, then rotate). */
function toLocal(g: Point, rot: 0 | 90, flipH: boolean, flipV: boolean): Point {
  let x = g.x;
  let y = g.y;
  if (rot === 90) [x, y] = [y, -x];
  return { x: flipH ? -x : x, y: flipV ? -y : y };
}

/** The rotation and flips under which the route is its preset's canonical path, or null. */
export function connectorFrame(route: Point[]): Frame | null {
  const g0 = route[0];
  const rel = route.map((p) => ({ x: p.x - g0.x, y: p.y - g0.y }));
  for (const rot of [0, 90] as const) {
    for (const flipH of [false, true]) {
      for (const flipV of [false, true]) {
        const local = rel.map((p) => toLocal(p, rot, flipH, flipV));
        if (fits(local)) return { rot, flipH, flipV, local };
      }
    }
  }
  return null;
}

function fits(l: Point[]): boolean {
  const n = l.length;
  if (n < 2 || n > MAX_CONNECTOR_POINTS) return false;
  // The first segment is horizontal; it may run left of the box (a negative adjust value, as PowerPoint
  // itself writes for lines that double back).
  const first = l[1];
  if (Math.abs(first.y) > 0.5 || Math.abs(first.x) < 0.5) return false;
  if (n === 3 && first.x < 0) return false;
  const end = l[n - 1];
  if (end.x < -0.5 || end.y < -0.5) return false;
  // Alternating horizontal / vertical segments, the first horizontal.
  for (let i = 1; i < n; i++) {
    const horizontal = Math.abs(l[i].y - l[i - 1].y) <= 0.5;
    const vertical = Math.abs(l[i].x - l[i - 1].x) <= 0.5;
    if ((i % 2 === 1 && !horizontal) || (i % 2 === 0 && !vertical)) return false;
  }
  // The adjust value is a fraction of the box's width: the middle segment needs a box that is not flat.
  return n < 4 || end.x >= 1;
}

const E = (n: number) => Math.round(n);

export function lineXml(o: { widthPt: number; color: string; dash?: 'dash' | 'sysDot'; head?: string; tail?: string }): string {
  const end = (tag: string, type?: string) => (type && type !== 'none' ? `<a:${tag} type="${type}" w="med" len="med"/>` : '');
  return `<a:ln w="${E(o.widthPt * EMU_PER_PT)}"><a:solidFill><a:srgbClr val="${o.color}"/></a:solidFill>${o.dash ? `<a:prstDash val="${o.dash}"/>` : ''}<a:round/>${end('headEnd', o.head)}${end('tailEnd', o.tail)}</a:ln>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** One edge as slide XML: a glued connector when the route allows, else a freeform line. */
export function edgeShapeXml(e: EdgeShape): { xml: string; connector: boolean } {
  const frame = connectorFrame(e.points);
  if (!frame) return { xml: freeformXml(e), connector: false };
  const n = frame.local.length;
  const end = frame.local[n - 1];
  const w = Math.max(0, end.x);
  const h = Math.max(0, end.y);
  const adj: number[] = [];
  const l = frame.local;
  if (n === 4) adj.push((l[1].x / w) * 100000);
  // The box's centre in slide coordinates; with a 90° rotation its stored extent is the unrotated one.
  const mid = fromLocal({ x: w / 2, y: h / 2 }, frame);
  const cx = e.points[0].x + mid.x;
  const cy = e.points[0].y + mid.y;
  const attrs = `${frame.rot ? ' rot="5400000"' : ''}${frame.flipH ? ' flipH="1"' : ''}${frame.flipV ? ' flipV="1"' : ''}`;
  const av = adj.map((v, i) => `<a:gd name="adj${i + 1}" fmla="val ${Math.round(v)}"/>`).join('');
  const glue = `${e.start ? `<a:stCxn id="${e.start.id}" idx="${e.start.idx}"/>` : ''}${e.end ? `<a:endCxn id="${e.end.id}" idx="${e.end.idx}"/>` : ''}`;
  const xml =
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${e.id}" name="${escapeAttr(e.name)}"/><p:cNvCxnSpPr>${glue}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr><a:xfrm${attrs}><a:off x="${E(cx - w / 2)}" y="${E(cy - h / 2)}"/><a:ext cx="${E(w)}" cy="${E(h)}"/></a:xfrm>` +
    `<a:prstGeom prst="${PRESET[n - 2]}"><a:avLst>${av}</a:avLst></a:prstGeom>${e.line}</p:spPr></p:cxnSp>`;
  return { xml, connector: true };
}

function fromLocal(p: Point, f: Frame): Point {
  let x = f.flipH ? -p.x : p.x;
  let y = f.flipV ? -p.y : p.y;
  if (f.rot === 90) [x, y] = [-y, x];
  return { x, y };
}

function freeformXml(e: EdgeShape): string {
  const xs = e.points.map((p) => p.x);
  const ys = e.points.map((p) => p.y);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(1, E(Math.max(...xs) - x0));
  const h = Math.max(1, E(Math.max(...ys) - y0));
  const pt = (p: Point) => `<a:pt x="${E(p.x - x0)}" y="${E(p.y - y0)}"/>`;
  const path = `<a:moveTo>${pt(e.points[0])}</a:moveTo>${e.points
    .slice(1)
    .map((p) => `<a:lnTo>${pt(p)}</a:lnTo>`)
    .join('')}`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${e.id}" name="${escapeAttr(e.name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${E(x0)}" y="${E(y0)}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:noFill/>${e.line}</p:spPr></p:sp>`
  );
}
