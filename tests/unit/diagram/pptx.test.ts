import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { layoutDiagram, parseMermaid, renderDiagramPptx } from '../../../src/diagram';
import { connectorFrame, edgeShapeXml } from '../../../src/diagram/connectors';
import { ORDER_EN, ORG_ZH, randomFlowchart, REIMBURSE_ZH, TIMELINE_EN } from './fixtures';

const EMU = 914400;

async function deck(src: string) {
  const layout = await layoutDiagram(parseMermaid(src).diagram);
  const bytes = await renderDiagramPptx(layout, 'uint8array');
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
  const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
  return { layout, zip, slides, xml };
}

const texts = (sp: string) => [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
const shapesNamed = (xml: string, prefix: string) =>
  [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="([^"]+)"[\s\S]*?<\/p:sp>/g)].filter((m) => m[1].startsWith(prefix)).map((m) => m[0]);

describe('diagram → .pptx', () => {
  it.each([
    ['Chinese flowchart', REIMBURSE_ZH],
    ['English flowchart', ORDER_EN],
    ['org chart', ORG_ZH],
    ['timeline', TIMELINE_EN],
  ])('%s: one slide, one shape per box with its text, one connector or line per edge', async (_n, src) => {
    const { layout, slides, xml } = await deck(src);
    expect(slides).toHaveLength(1);
    const nodes = shapesNamed(xml, 'dsp-node-');
    expect(nodes).toHaveLength(layout.nodes.length);
    nodes.forEach((sp, i) => expect(texts(sp)).toBe(layout.nodes[i].text.source.replace(/\n/g, '')));
    const connectors = (xml.match(/<p:cxnSp>/g) ?? []).length;
    const lines = shapesNamed(xml, 'dsp-edge-').length;
    expect(connectors + lines).toBe(layout.edges.length);
    expect(connectors).toBeGreaterThan(0);
  });

  it('glues each connector to the boxes its edge joins', async () => {
    const { layout, xml } = await deck(ORG_ZH);
    const idOf = new Map([...xml.matchAll(/<p:cNvPr id="(\d+)" name="dsp-node-(\d+)"/g)].map((m) => [layout.nodes[Number(m[2])].id, m[1]]));
    const cx = [...xml.matchAll(/<p:cxnSp>[\s\S]*?<\/p:cxnSp>/g)].map((m) => m[0]);
    expect(cx).toHaveLength(layout.edges.length);
    layout.edges.forEach((e, i) => {
      const c = cx.find((x) => x.includes(`name="dsp-edge-${i}"`))!;
      expect(c).toContain(`<a:stCxn id="${idOf.get(e.from)}" idx="2"/>`);
      expect(c).toContain(`<a:endCxn id="${idOf.get(e.to)}" idx="0"/>`);
      expect(c).toContain('<a:tailEnd type="triangle"');
    });
  });

  it('keeps the diagram on the slide, and the title as the slide’s title', async () => {
    const { xml } = await deck(randomFlowchart(50, true));
    // A rotated connector stores its unrotated box, which may stick out; what it draws is checked above.
    for (const m of xml.matchAll(/<a:xfrm(?: flip[HV]="1")*><a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
      const [x, y, w, h] = m.slice(1).map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(13.333 * EMU + 1);
      expect(y + h).toBeLessThanOrEqual(7.5 * EMU + 1);
    }
    expect(texts(shapesNamed((await deck(REIMBURSE_ZH)).xml, 'dsp-title')[0])).toBe('报销审批流程');
  });

  it('lists every part in [Content_Types].xml and gives the East Asian theme font', async () => {
    const { zip } = await deck(REIMBURSE_ZH);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/ppt/slides/slide1.xml');
    expect(await zip.file('ppt/theme/theme1.xml')!.async('string')).not.toContain('<a:ea typeface=""');
  });
});

/** DrawingML: the preset path in its box, flipped inside the box, rotated about its centre. */
function drawn(xml: string): number[][] {
  const rot = /rot="5400000"/.test(xml);
  const fh = /flipH="1"/.test(xml);
  const fv = /flipV="1"/.test(xml);
  const [x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"/.exec(xml)!.slice(1).map(Number);
  const [w, h] = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(xml)!.slice(1).map(Number);
  const adj = [...xml.matchAll(/fmla="val (-?\d+)"/g)].map((m) => Number(m[1]) / 100000);
  const prst = /prst="(\w+)"/.exec(xml)![1];
  const local =
    prst === 'straightConnector1'
      ? [
          [0, 0],
          [w, h],
        ]
      : prst === 'bentConnector2'
        ? [
            [0, 0],
            [w, 0],
            [w, h],
          ]
        : [
            [0, 0],
            [adj[0] * w, 0],
            [adj[0] * w, h],
            [w, h],
          ];
  return local.map(([px, py]) => {
    let dx = px - w / 2;
    let dy = py - h / 2;
    if (fh) dx = -dx;
    if (fv) dy = -dy;
    if (rot) [dx, dy] = [-dy, dx];
    return [Math.round(x + w / 2 + dx), Math.round(y + h / 2 + dy)];
  });
}

describe('connector geometry', () => {
  it.each([
    [
      [
        [0, 0],
        [0, 400],
      ],
    ],
    [
      [
        [0, 0],
        [-300, 0],
      ],
    ],
    [
      [
        [0, 0],
        [300, 0],
        [300, -200],
      ],
    ],
    [
      [
        [0, 0],
        [0, 100],
        [300, 100],
        [300, 400],
      ],
    ],
    [
      [
        [0, 0],
        [0, 100],
        [-300, 100],
        [-300, 400],
      ],
    ],
    [
      [
        [0, 0],
        [100, 0],
        [100, -300],
        [400, -300],
      ],
    ],
    [
      [
        [0, 0],
        [0, 100],
        [-200, 100],
        [-200, -40],
      ],
    ],
  ])('the preset connector PowerPoint draws follows the route %j', (route) => {
    const pts = (route as number[][]).map(([x, y]) => ({ x: x + 5000, y: y + 5000 }));
    const r = edgeShapeXml({ id: 9, name: 'e', points: pts, line: '<a:ln/>' });
    expect(r.connector).toBe(true);
    expect(drawn(r.xml)).toEqual(pts.map((p) => [p.x, p.y]));
  });
  it('writes a route with more bends than a connector can follow as a freeform line through the same points', () => {
    const pts = [
      [0, 0],
      [0, 100],
      [300, 100],
      [300, -200],
      [500, -200],
      [500, -100],
    ].map(([x, y]) => ({ x: x + 5000, y: y + 5000 }));
    expect(connectorFrame(pts)).toBeNull();
    const r = edgeShapeXml({ id: 9, name: 'e', points: pts, line: '<a:ln/>' });
    expect(r.connector).toBe(false);
    expect([...r.xml.matchAll(/<a:pt x="(\d+)" y="(\d+)"\/>/g)].map((m) => [Number(m[1]) + 5000, Number(m[2]) + 4800])).toEqual(pts.map((p) => [p.x, p.y]));
  });
});
