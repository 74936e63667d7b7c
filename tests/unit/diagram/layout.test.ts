import { describe, expect, it } from 'vitest';
import { layoutDiagram, parseMermaid, type FlowchartDiagram } from '../../../src/diagram';
import { edgesThroughBoxes, loseEnds, outsideGroups, overlappingBoxes, textOutside } from './layout-checks';
import { orgChart, ORDER_EN, ORG_ZH, randomFlowchart, REIMBURSE_ZH, TIMELINE_EN } from './fixtures';

async function laid(src: string) {
  const parsed = parseMermaid(src);
  return { layout: await layoutDiagram(parsed.diagram), diagram: parsed.diagram };
}

function expectClean(l: Awaited<ReturnType<typeof laid>>['layout']) {
  expect(overlappingBoxes(l)).toEqual([]);
  expect(loseEnds(l)).toEqual([]);
  expect(edgesThroughBoxes(l)).toEqual([]);
  expect(textOutside(l)).toEqual([]);
}

describe('layout of hand-written diagrams', () => {
  it.each([
    ['Chinese flowchart with a subgraph and a loop', REIMBURSE_ZH],
    ['English flowchart, left to right, every shape', ORDER_EN],
    ['Chinese org chart', ORG_ZH],
    ['English timeline', TIMELINE_EN],
  ])('%s: no overlaps, ends on borders, no line through a box, text inside', async (_name, src) => {
    const { layout } = await laid(src);
    expectClean(layout);
  });

  it('keeps a subgraph’s boxes inside its frame', async () => {
    const { layout, diagram } = await laid(REIMBURSE_ZH);
    expect(layout.groups).toHaveLength(1);
    expect(outsideGroups(layout, (diagram as FlowchartDiagram).membership)).toEqual([]);
  });

  it('draws a tree as an org chart: rows by level, each parent centred over its children', async () => {
    const { layout } = await laid(ORG_ZH);
    expect(layout.kind).toBe('orgchart');
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const rowTop = (ids: string[]) => new Set(ids.map((id) => at.get(id)!.y));
    expect(rowTop(['CTO', 'CFO', 'COO']).size).toBe(1);
    expect(rowTop(['D1', 'D2', 'D3', 'F1', 'O1', 'O2']).size).toBe(1);
    const centre = (id: string) => at.get(id)!.x + at.get(id)!.w / 2;
    expect(centre('CTO')).toBeCloseTo((centre('D1') + centre('D3')) / 2, 1);
    expect(centre('CEO')).toBeCloseTo((centre('CTO') + centre('COO')) / 2, 1);
  });

  it('draws a timeline as one row of periods, in order, events below', async () => {
    const { layout } = await laid(TIMELINE_EN);
    expect(layout.kind).toBe('timeline');
    const periods = layout.nodes.filter((n) => n.strong);
    expect(periods.map((p) => p.text.source)).toEqual(['2002', '2004', '2005', '2007', '2008', '2010']);
    expect(new Set(periods.map((p) => p.y)).size).toBe(1);
    for (let i = 1; i < periods.length; i++) expect(periods[i].x).toBeGreaterThan(periods[i - 1].x + periods[i - 1].w);
    const google = layout.nodes.find((n) => n.text.source === 'Google')!;
    const facebook = layout.nodes.find((n) => n.text.source === 'Facebook')!;
    expect(google.y).toBeGreaterThan(facebook.y + facebook.h);
    expect(layout.groups.map((g) => g.text.source)).toEqual(['2002-2006', '2007-2010']);
  });

  it('wraps a long label inside its box instead of making one wide box', async () => {
    const { layout } = await laid(
      'flowchart TD\n  A[这是一个非常非常长的流程步骤说明，需要换行才能放进框里] --> B{This decision label is long enough to wrap onto lines?}',
    );
    const a = layout.nodes.find((n) => n.id === 'A')!;
    const b = layout.nodes.find((n) => n.id === 'B')!;
    expect(a.text.lines.length).toBeGreaterThan(1);
    expect(b.text.lines.length).toBeGreaterThan(1);
    expect(a.text.lines.join('')).toBe('这是一个非常非常长的流程步骤说明，需要换行才能放进框里');
    expectClean(layout);
  });
});

describe('generated flowcharts and org charts', () => {
  for (const n of [5, 50, 300]) {
    for (const zh of [true, false]) {
      it(`${n}-box ${zh ? 'Chinese' : 'English'} flowchart`, async () => {
        const { layout } = await laid(randomFlowchart(n, zh, n + (zh ? 1 : 2)));
        expect(layout.nodes).toHaveLength(n);
        expectClean(layout);
      }, 120_000);
      it(`${n}-box ${zh ? 'Chinese' : 'English'} org chart`, async () => {
        const { layout } = await laid(orgChart(n, zh));
        expect(layout.kind).toBe('orgchart');
        expectClean(layout);
      }, 60_000);
    }
  }
});

describe('the checks themselves', () => {
  it('catch boxes on top of each other, a line through a box, a loose end and text too wide', async () => {
    const { layout } = await laid('flowchart LR\n  A[one] --> B[two]\n  C[three]');
    const [a, b, c] = layout.nodes;
    const broken = {
      ...layout,
      nodes: [a, { ...b }, { ...c, x: a.x + a.w + 4, y: a.y, w: 8 }, { ...a, id: 'A2', x: a.x + 2 }],
      edges: layout.edges.map((e) => ({ ...e, points: [{ ...e.points[0], x: e.points[0].x - 3 }, ...e.points.slice(1)] })),
    };
    expect(overlappingBoxes(broken)).not.toEqual([]);
    expect(edgesThroughBoxes(broken)).not.toEqual([]);
    expect(loseEnds(broken)).not.toEqual([]);
    expect(textOutside(broken)).not.toEqual([]);
  });
});
