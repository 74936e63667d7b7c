import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown, serializeOutline } from '../../../src/outline';
import { buildDeck, markdownToDeck, renderPptx, renderPptxBase64 } from '../../../src/slides';
import { THEME_FRAMES } from '../../../src/slides/frames';
import { said } from './fixtures';
import { APPROVAL_FLOW_ZH as FLOW } from '../diagram/fixtures';

// A ```mermaid block in a slide outline becomes a slide of native shapes with glued connectors (the
// diagram engine), through the same markdownToDeck → renderPptx path as `dsplus slides` and the pane.

const ORG = ['flowchart TD', '  CFO[财务总监] --> A[会计主管]', '  CFO --> B[出纳主管]', '  A --> A1[总账会计]'].join('\n');
const OUTLINE = `# 报销流程改进\n\n## 现状\n\n### 当前审批流程\n\n\`\`\`mermaid\n${FLOW}\n\`\`\`\n\n### 问题\n- 审批平均耗时 6 天\n\n## 组织\n\n### 财务部架构\n\n\`\`\`Mermaid\n${ORG}\n\`\`\`\n`;

async function slideXml(bytes: Uint8Array, n: number): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(`ppt/slides/slide${n}.xml`)!.async('string');
}

describe('diagram slides from an outline', () => {
  it('reads a ```mermaid fence as a diagram block, and writes it back as one', () => {
    const outline = outlineFromMarkdown(OUTLINE).value;
    const slide = outline.root.children[0].children[0];
    expect(slide.blocks).toEqual([{ kind: 'diagram', source: FLOW }]);
    expect(serializeOutline(outline)).toContain(`\`\`\`mermaid\n${FLOW}\n\`\`\``);
    expect(outlineFromMarkdown(serializeOutline(outline)).value).toEqual(outline);
    // Other fences stay code.
    expect(outlineFromMarkdown('# T\n\n## S\n\n```python\nprint(1)\n```').value.root.children[0].blocks[0].kind).toBe('code');
  });

  it('draws each diagram on a slide of its own: one shape per box with its text, one connector per line', async () => {
    const built = await markdownToDeck(OUTLINE);
    const slides = built.value.slides;
    const at = slides.map((s) => s.layout).indexOf('diagram');
    expect(slides.filter((s) => s.layout === 'diagram').map((s) => s.title)).toEqual(['当前审批流程', '财务部架构']);
    expect(built.warnings).toEqual([]);
    const bytes = await renderPptx(built.value);
    const xml = await slideXml(bytes, at + 1);
    expect(xml.match(/<p:cxnSp>/g)).toHaveLength(5);
    expect(xml.match(/name="dsp-node-\d+"/g)).toHaveLength(5);
    for (const text of ['员工提交报销单', '金额超过 5000？', '部门总监审批', '直属经理审批', '财务复核', '是', '否']) expect(xml).toContain(text);
    // Every connector is glued at both ends to a box on this slide.
    const ids = new Set([...xml.matchAll(/<p:cNvPr id="(\d+)" name="dsp-node-\d+"/g)].map((m) => m[1]));
    const glued = [...xml.matchAll(/<a:(?:st|end)Cxn id="(\d+)"/g)].map((m) => m[1]);
    expect(glued).toHaveLength(10);
    expect(glued.every((id) => ids.has(id))).toBe(true);
    // The org chart: its own slide, a tidy tree with bus connectors.
    const org = await slideXml(bytes, slides.map((s) => s.title).indexOf('财务部架构') + 1);
    expect(org.match(/<p:cxnSp>/g)).toHaveLength(3);
    // The pane's insert path writes the same slides.
    const b64 = await renderPptxBase64(built.value);
    expect((await slideXml(Uint8Array.from(Buffer.from(b64, 'base64')), at + 1)).match(/<p:cxnSp>/g)).toHaveLength(5);
  });

  it('shows Mermaid it cannot draw as code, and says so', async () => {
    const built = await markdownToDeck('# T\n\n## S\n\n### 时序\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n');
    const slide = built.value.slides.find((s) => s.title === '时序')!;
    expect(slide.layout).toBe('code');
    expect(said(built.warnings)).toMatch(/sequenceDiagram/);
    expect(said(built.warnings)).toMatch(/could not be drawn; the slide shows its Mermaid as code/);
  });

  it('lays out nothing in the synchronous preview path: the slide carries the source for the pane to draw', () => {
    const deck = buildDeck(outlineFromMarkdown(OUTLINE).value, { frames: THEME_FRAMES }).value;
    const el = deck.slides.find((s) => s.layout === 'diagram')!.elements.find((e) => e.type === 'diagram');
    expect(el).toMatchObject({ type: 'diagram', source: FLOW });
    expect(el && 'layout' in el ? el.layout : undefined).toBeUndefined();
  });
});
