import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { diagramFileName, diagramFormatFromFileName, diagramToDrawio, diagramToSvg, exportDiagram, layoutDiagram, parseMermaid } from '../../../src/diagram';
import { diagramToPng } from '../../../src/diagram/render-png-node';
import { ORDER_EN, randomFlowchart, REIMBURSE_ZH } from './fixtures';

const laid = async (src: string) => layoutDiagram(parseMermaid(src).diagram);
const env = { toPng: async (l: Awaited<ReturnType<typeof laid>>) => diagramToPng(l) };

describe('SVG', () => {
  it('draws every box’s text as plain <text>, with no markers, foreignObject or script', async () => {
    const { svg, width, height } = diagramToSvg(await laid(REIMBURSE_ZH));
    for (const t of ['员工提交报销申请', '金额是否超过', '财务部', '报销审批流程', '是', '否']) expect(svg).toContain(t);
    expect(svg).not.toMatch(/<marker|foreignObject|<script|<style/);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  });
  it('escapes labels, so markup in a label is text', async () => {
    const { svg } = diagramToSvg(await laid('flowchart LR\n  A["<b>x</b> & <script>alert(1)</script>"] --> B'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&amp;');
  });
});

describe('PNG (resvg)', () => {
  it('is a PNG twice the SVG’s size with something drawn on it', async () => {
    const layout = await laid(ORDER_EN);
    const png = diagramToPng(layout);
    expect(Array.from(png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    const v = new DataView(png.buffer, png.byteOffset);
    const { width, height } = diagramToSvg(layout);
    expect([v.getUint32(16), v.getUint32(20)]).toEqual([width * 2, height * 2]);
    expect(png.length).toBeGreaterThan(15_000);
  });
});

describe('.drawio', () => {
  it('is mxGraph XML with one vertex per box, one glued edge per line, subgraphs as containers', async () => {
    const layout = await laid(REIMBURSE_ZH);
    const xml = diagramToDrawio(layout);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const cells = Array.from(doc.getElementsByTagName('mxCell'));
    const vertices = cells.filter((c) => c.getAttribute('vertex') === '1' && /^n\d+$/.test(c.getAttribute('id') ?? ''));
    const edges = cells.filter((c) => c.getAttribute('edge') === '1');
    const groups = cells.filter((c) => (c.getAttribute('style') ?? '').includes('container=1'));
    expect(vertices).toHaveLength(layout.nodes.length);
    expect(edges).toHaveLength(layout.edges.length);
    expect(groups.map((g) => g.getAttribute('value'))).toEqual(['财务部']);
    const ids = new Set(vertices.map((v) => v.getAttribute('id')));
    for (const e of edges) {
      expect(ids.has(e.getAttribute('source'))).toBe(true);
      expect(ids.has(e.getAttribute('target'))).toBe(true);
    }
    expect(vertices.map((v) => v.getAttribute('value'))).toContain('金额是否超过 5000 元？');
    expect(vertices.find((v) => v.getAttribute('value') === '财务复核')?.getAttribute('parent')).toBe(groups[0].getAttribute('id'));
    expect(vertices.find((v) => v.getAttribute('value') === '金额是否超过 5000 元？')?.getAttribute('style')).toMatch(/^rhombus;/);
    expect(edges.map((e) => e.getAttribute('value'))).toEqual(expect.arrayContaining(['是', '否']));
  });
});

describe('formats', () => {
  it('takes the format from the extension and refuses others', () => {
    expect(['a.pptx', 'a.SVG', 'b.png', 'c.drawio', 'd.mmd', 'e.mermaid'].map(diagramFormatFromFileName)).toEqual([
      'pptx',
      'svg',
      'png',
      'drawio',
      'mmd',
      'mmd',
    ]);
    expect(() => diagramFormatFromFileName('x.docx')).toThrow(expect.objectContaining({ key: 'diagram.error.format', params: { file: 'x.docx' } }));
  });
  it('warns when a big diagram’s text would be tiny on one slide', async () => {
    const small = await exportDiagram(await laid(ORDER_EN), ORDER_EN, 'pptx', env);
    expect(small.warnings).toEqual([]);
    const big = await exportDiagram(await laid(randomFlowchart(120, true)), '', 'pptx', env);
    expect(big.warnings.map((w) => w.key)).toEqual(['diagram.warn.smallText']);
  }, 60_000);
  it('names files after the title without characters file systems reject', () => {
    expect(diagramFileName('报销/审批: 流程?', 'pptx')).toBe('报销 审批 流程.pptx');
    expect(diagramFileName(undefined, 'svg')).toBe('diagram.svg');
  });
});
