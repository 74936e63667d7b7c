import { normalize } from './geometry';
import { centredText, GROUP_FONT_PT, measureText, placeNodeText, sizeNode } from './measure-label';
import type { DiagramLayout, LaidEdge, LaidGroup, LaidNode, TimelineDiagram } from './types';

// A timeline is a row: one column per period (the period's box, its events stacked below), periods
// joined left to right by arrows, and each section a titled frame around its columns in its own colour.

const COL_GAP = 24;
const EVENT_GAP = 14;
const SECTION_GAP = 16;
const PAD = 12;

export function layoutTimeline(d: TimelineDiagram): DiagramLayout {
  const nodes: LaidNode[] = [];
  const edges: LaidEdge[] = [];
  const groups: LaidGroup[] = [];
  const titled = d.sections.some((s) => s.title);
  const titles = d.sections.map((s) => measureText(s.title ?? '', GROUP_FONT_PT, 400, true));
  const titleH = titled ? Math.max(...titles.map((t) => t.height)) + PAD : 0;
  const top = titled ? PAD + titleH : 0;

  const periods = d.sections.flatMap((s, si) =>
    s.periods.map((p) => ({ p, si, box: sizeNode(p.label, 'rect', 15, 96), events: p.events.map((e) => sizeNode(e, 'round', 13, 96)) })),
  );
  const periodH = Math.max(...periods.map((c) => c.box.h));
  let x = titled ? PAD : 0;
  let prevSection = -1;
  let sectionStart = x;
  let n = 0;
  let prevPeriod: LaidNode | null = null;
  const closeSection = (si: number, right: number, bottom: number) => {
    if (!titled) return;
    const t = titles[si];
    const left = sectionStart - PAD;
    const w = Math.max(right + PAD - left, t.width + 2 * PAD);
    groups.push({
      id: `section${si}`,
      x: left,
      y: 0,
      w,
      h: bottom + PAD,
      depth: 0,
      tone: si + 1,
      text: centredText(t, GROUP_FONT_PT, { x: left + PAD, y: PAD / 2 + 2, w: t.width, h: t.height }, true),
    });
  };
  let bottom = 0;
  let sectionBottom = 0;
  const columns: Array<{ si: number; right: number }> = [];
  for (const c of periods) {
    if (c.si !== prevSection) {
      if (prevSection >= 0) {
        closeSection(prevSection, columns[columns.length - 1].right, sectionBottom);
        x += titled ? 2 * PAD + SECTION_GAP : 0;
      }
      sectionStart = x;
      sectionBottom = 0;
      prevSection = c.si;
    }
    const colW = Math.max(c.box.w, ...c.events.map((e) => e.w));
    const pBox = { x, y: top, w: colW, h: periodH };
    const period: LaidNode = { id: `p${n}`, shape: 'rect', ...pBox, tone: c.si + 1, strong: true, text: placeNodeText('rect', pBox, c.box.text, 15, true) };
    nodes.push(period);
    if (prevPeriod)
      edges.push({
        id: `axis${n}`,
        from: prevPeriod.id,
        to: period.id,
        points: [
          { x: prevPeriod.x + prevPeriod.w, y: top + periodH / 2 },
          { x, y: top + periodH / 2 },
        ],
        stroke: 'thick',
        start: 'none',
        end: 'arrow',
      });
    let y = top + periodH + EVENT_GAP + 8;
    let above: LaidNode = period;
    c.events.forEach((e, k) => {
      const box = { x, y, w: colW, h: e.h };
      const ev: LaidNode = { id: `p${n}e${k}`, shape: 'round', ...box, tone: c.si + 1, text: placeNodeText('round', box, e.text, 13) };
      nodes.push(ev);
      edges.push({
        id: `link${n}_${k}`,
        from: above.id,
        to: ev.id,
        points: [
          { x: x + colW / 2, y: above.y + above.h },
          { x: x + colW / 2, y },
        ],
        stroke: 'dotted',
        start: 'none',
        end: 'none',
      });
      above = ev;
      y += e.h + EVENT_GAP;
    });
    bottom = Math.max(bottom, above.y + above.h);
    sectionBottom = Math.max(sectionBottom, above.y + above.h);
    columns.push({ si: c.si, right: x + colW });
    prevPeriod = period;
    x += colW + COL_GAP;
    n++;
  }
  if (prevSection >= 0) closeSection(prevSection, columns[columns.length - 1].right, sectionBottom);
  // Every frame reaches the lowest column, so the row reads as one band.
  for (const g of groups) g.h = bottom + PAD - g.y;
  return normalize({ kind: 'timeline', ...(d.title ? { title: d.title } : {}), width: 0, height: 0, nodes, groups, edges });
}
