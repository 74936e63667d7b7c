import { describe, expect, it } from 'vitest';
import { parseMermaid, MAX_NODES, type FlowchartDiagram, type TimelineDiagram } from '../../../src/diagram';
import { docsExamples, REIMBURSE_ZH, TIMELINE_EN } from './fixtures';

const flow = (src: string) => {
  const r = parseMermaid(src);
  return { d: r.diagram as FlowchartDiagram, warnings: r.warnings };
};
const edge = (d: FlowchartDiagram, from: string, to: string) => d.edges.find((e) => e.from === from && e.to === to);

describe('Mermaid from mermaid-js/mermaid’s own docs', () => {
  // Styling lines are read and deliberately not drawn; anything else left out would be a gap in the parser.
  const left = (w: { key: string }) => !['diagram.warn.styleIgnored', 'diagram.warn.clickIgnored', 'diagram.warn.directionIgnored'].includes(w.key);
  it.each(docsExamples('flowchart').map((e) => [e.n, e.source]))('flowchart example %i reads with no line left out', (_n, source) => {
    const r = parseMermaid(source as string);
    expect(r.diagram.kind).toBe('flowchart');
    expect((r.diagram as FlowchartDiagram).nodes.length).toBeGreaterThan(0);
    expect(r.warnings.filter(left)).toEqual([]);
  });
  it.each(docsExamples('timeline').map((e) => [e.n, e.source]))('timeline example %i reads with no line left out', (_n, source) => {
    const r = parseMermaid(source as string);
    expect(r.diagram.kind).toBe('timeline');
    expect(r.warnings).toEqual([]);
  });
  it('reads the docs’ multi-line Markdown labels and quoted edge texts', () => {
    const ex = docsExamples('flowchart').find((e) => e.source.includes('in the hat'))!;
    const { d } = flow(ex.source);
    expect(d.nodes.find((n) => n.id === 'a')?.label).toBe('The cat\nin the hat');
    expect(d.nodes.find((n) => n.id === 'b')).toMatchObject({ label: 'The dog in the hog', shape: 'hexagon' });
    expect(edge(d, 'a', 'b')?.label).toBe('edge label');
    expect(d.groups.map((g) => g.title)).toEqual(['One', 'Two']);
  });
});

describe('flowchart statements', () => {
  it('reads shapes, both edge-label forms, dotted and thick lines, chains and &', () => {
    const { d, warnings } = flow(
      'flowchart LR\n  A[rect] --> B(round) --> C{diamond}\n  C -->|yes| D((circle))\n  C -- no --> E([stadium])\n  D & E -.-> F[[sub]]\n  F ==> G[(db)]\n  G --o H{{hex}} --x I[/para/]\n  I <--> J[\\trap/]\n  J --- K>flag]\n  K ~~~ L(((double)))',
    );
    expect(warnings).toEqual([]);
    expect(d.direction).toBe('LR');
    expect(Object.fromEntries(d.nodes.map((n) => [n.id, n.shape]))).toEqual({
      A: 'rect',
      B: 'round',
      C: 'diamond',
      D: 'circle',
      E: 'stadium',
      F: 'subroutine',
      G: 'cylinder',
      H: 'hexagon',
      I: 'parallelogram',
      J: 'trapezoidAlt',
      K: 'asymmetric',
      L: 'doubleCircle',
    });
    expect(edge(d, 'A', 'B')).toMatchObject({ stroke: 'solid', end: 'arrow', start: 'none' });
    expect(edge(d, 'B', 'C')).toBeTruthy();
    expect(edge(d, 'C', 'D')?.label).toBe('yes');
    expect(edge(d, 'C', 'E')?.label).toBe('no');
    expect(edge(d, 'D', 'F')?.stroke).toBe('dotted');
    expect(edge(d, 'E', 'F')?.stroke).toBe('dotted');
    expect(edge(d, 'F', 'G')?.stroke).toBe('thick');
    expect(edge(d, 'G', 'H')?.end).toBe('circle');
    expect(edge(d, 'H', 'I')?.end).toBe('cross');
    expect(edge(d, 'I', 'J')).toMatchObject({ start: 'arrow', end: 'arrow' });
    expect(edge(d, 'J', 'K')).toMatchObject({ start: 'none', end: 'none' });
    expect(edge(d, 'K', 'L')?.stroke).toBe('invisible');
  });

  it('reads Chinese labels, front matter, comments, ; separators and subgraphs', () => {
    const { d, warnings } = flow(REIMBURSE_ZH);
    expect(warnings).toEqual([]);
    expect(d.title).toBe('报销审批流程');
    expect(d.nodes).toHaveLength(9);
    expect(d.nodes.find((n) => n.id === 'B')).toMatchObject({ shape: 'diamond', label: '金额是否超过 5000 元？' });
    expect(edge(d, 'B', 'D')?.label).toBe('否');
    expect(edge(d, 'C', 'E') && edge(d, 'D', 'E')).toBeTruthy();
    expect(d.groups).toEqual([{ id: '财务部', title: '财务部', parent: null, line: 13 }]);
    expect(d.membership).toEqual({ E: '财务部', F: '财务部' });
    expect(flow('graph TB; a-->b; b-->c\n%% a comment\nc-->d').d.edges).toHaveLength(3);
  });

  it('names every line it leaves out by number, and ignores styling with one note', () => {
    const { d, warnings } = flow(
      'flowchart TD\n  A --> B\n  this is prose, not a statement!\n  classDef hot fill:#f00\n  B:::hot --> C\n  style C fill:#0f0\n  click A "https://example.com"\n  C --> [broken',
    );
    expect(d.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['A>B', 'B>C']);
    expect(warnings).toEqual([
      { key: 'diagram.warn.notUnderstood', params: { line: 3, text: 'this is prose, not a statement!' } },
      { key: 'diagram.warn.notUnderstood', params: { line: 8, text: 'C --> [broken' } },
      { key: 'diagram.warn.styleIgnored', params: { lines: '4, 5, 6' } },
      { key: 'diagram.warn.clickIgnored', params: { lines: '7' } },
    ]);
  });

  it('nests subgraphs, links to a subgraph, and warns about a missing end', () => {
    const { d, warnings } = flow(
      'flowchart TB\n  c1-->a2\n  subgraph one\n    a1-->a2\n  end\n  subgraph two [第二组]\n    subgraph inner\n      b1\n    end\n  end\n  one --> two\n  subgraph open\n    z',
    );
    expect(d.groups.map((g) => [g.id, g.title, g.parent])).toEqual([
      ['one', 'one', null],
      ['two', '第二组', null],
      ['inner', 'inner', 'two'],
      ['open', 'open', null],
    ]);
    expect(d.membership).toMatchObject({ a1: 'one', a2: 'one', b1: 'inner', z: 'open' });
    expect(d.nodes.map((n) => n.id)).not.toContain('one');
    expect(edge(d, 'one', 'two')).toBeTruthy();
    expect(warnings).toEqual([{ key: 'diagram.warn.unclosedSubgraph', params: { line: 12, title: 'open' } }]);
  });

  it('reads a flowchart without its header, and says so', () => {
    const r = parseMermaid('A[开始] --> B[结束]');
    expect((r.diagram as FlowchartDiagram).edges).toHaveLength(1);
    expect(r.warnings[0].key).toBe('diagram.warn.noHeader');
  });
});

describe('timeline', () => {
  it('reads sections, periods, events and continuation lines', () => {
    const d = parseMermaid(`${TIMELINE_EN}\n      : Snapchat`).diagram as TimelineDiagram;
    expect(d.title).toBe('History of Social Media Platform');
    expect(d.sections.map((s) => s.title)).toEqual(['2002-2006', '2007-2010']);
    expect(d.sections[0].periods[1]).toEqual({ label: '2004', events: ['Facebook', 'Google'] });
    expect(d.sections[1].periods.at(-1)).toEqual({ label: '2010', events: ['Pinterest', 'Snapchat'] });
  });
  it('keeps a time of day in one period', () => {
    const d = parseMermaid('timeline\n  09:30 : 晨会\n  14:00 : 评审').diagram as TimelineDiagram;
    expect(d.sections[0].periods.map((p) => p.label)).toEqual(['09:30', '14:00']);
  });
});

describe('refusals', () => {
  it('names a Mermaid type it does not draw', () => {
    expect(() => parseMermaid('sequenceDiagram\n  A->>B: hi')).toThrow(expect.objectContaining({ key: 'diagram.error.unsupportedType' }));
    expect(() => parseMermaid('sequenceDiagram')).toThrow(expect.objectContaining({ params: { type: 'sequenceDiagram' } }));
  });
  it('says when the text is not Mermaid at all', () => {
    expect(() => parseMermaid('Dear team,\nplease find the process below.')).toThrow(
      expect.objectContaining({ key: 'diagram.error.notMermaid', params: { line: 1, text: 'Dear team,' } }),
    );
  });
  it('refuses an empty text and a diagram with no boxes', () => {
    expect(() => parseMermaid('  \n%% only a comment\n')).toThrow(expect.objectContaining({ key: 'diagram.error.empty' }));
    expect(() => parseMermaid('flowchart TD\n')).toThrow(expect.objectContaining({ key: 'diagram.error.empty' }));
    expect(() => parseMermaid('timeline\n  title Nothing yet')).toThrow(expect.objectContaining({ key: 'diagram.error.empty' }));
  });
  it('names the first line when no line of a diagram can be read', () => {
    expect(() => parseMermaid('flowchart TD\n  A -> B\n  C -> D')).toThrow(
      expect.objectContaining({ key: 'diagram.error.unreadable', params: { line: 2, text: 'A -> B' } }),
    );
  });
  it('refuses more boxes than fit a page', () => {
    const src = ['flowchart TD', ...Array.from({ length: MAX_NODES + 1 }, (_, i) => `  n${i}`)].join('\n');
    expect(() => parseMermaid(src)).toThrow(expect.objectContaining({ key: 'diagram.error.tooLarge', params: { count: MAX_NODES + 1, limit: MAX_NODES } }));
  });
});
