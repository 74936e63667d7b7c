import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { powerpointHost, type SlideInfo, type SlidesBackend } from '../../../src/agent/powerpoint';
import { wordHost, type WordBackend, type WordParagraph } from '../../../src/agent/word';
import type { ToolContext, WriteTool } from '../../../src/agent/tool';

// insert_diagram in PowerPoint and Word, over in-memory stand-ins for the Office adapters: what the
// user reviews, what reaches the document, and what the run's undo takes out again.

const ctx: ToolContext = { locale: 'zh-CN', noteRead: () => undefined };
const FLOW =
  '---\ntitle: 报销审批\n---\nflowchart TD\n  A[提交报销单] --> B{金额超过 5000？}\n  B -->|是| C[总监审批]\n  B -->|否| D[经理审批]\n  C --> E[财务付款]\n  D --> E\n  classDef hot fill:#f00';

function slidesDouble() {
  const slides: SlideInfo[] = [
    { id: '256#', shapes: [{ id: '2', name: 'Title 1', text: '年度计划' }] },
    { id: '257#', shapes: [{ id: '2', name: 'Title 1', text: '谢谢' }] },
  ];
  const inserted: { after: string | null; base64: string; ids: string[] }[] = [];
  let next = 300;
  const b: SlidesBackend = {
    listSlides: async () => slides,
    async insertSlides(after, base64) {
      const ids = [`${next++}#`];
      slides.splice(after ? slides.findIndex((s) => s.id === after) + 1 : 0, 0, ...ids.map((id) => ({ id, shapes: [] })));
      inserted.push({ after, base64, ids });
      return ids;
    },
    async deleteSlides(ids) {
      for (const id of ids)
        slides.splice(
          slides.findIndex((s) => s.id === id),
          1,
        );
    },
    setShapeText: async () => '',
    slideRoom: async () => ({ width: 960, height: 540, shapes: [] }),
    addShapes: async () => [],
    deleteShapes: async () => undefined,
  };
  return { b, slides, inserted };
}

const tool = (tools: { name: string }[], name: string) => tools.find((t) => t.name === name) as WriteTool;

describe('insert_diagram in PowerPoint', () => {
  it('proposes a diagram slide after a given slide; applied, it holds one shape per box and one connector per line; undo deletes it', async () => {
    const d = slidesDouble();
    const insert = tool(powerpointHost(d.b).tools, 'insert_diagram');
    const p = await insert.propose({ after_slide: 1, mermaid: FLOW }, ctx);
    expect(p.summary).toEqual({ key: 'agent.change.diagramSlide', params: { after: 1, boxes: 5, lines: 5 } });
    expect(p.preview.lines).toEqual(['报销审批']);
    expect(p.preview.after).toContain('B -->|是| C[总监审批]');
    expect(d.inserted).toHaveLength(0); // nothing reaches the deck before the user applies

    const applied = await p.apply();
    expect(d.slides.map((s) => s.id)).toEqual(['256#', '300#', '257#']);
    expect(d.inserted[0].after).toBe('256#');
    const zip = await JSZip.loadAsync(d.inserted[0].base64, { base64: true });
    const slideXml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(1);
    expect(slideXml.match(/<p:cxnSp>/g)).toHaveLength(5);
    for (const text of ['提交报销单', '金额超过 5000？', '总监审批', '经理审批', '财务付款', '报销审批']) expect(slideXml).toContain(text);
    // The model hears what the engine ignored (the classDef line), so it can say so or fix it.
    expect(applied.result).toEqual({ inserted: 1, slide: 2, boxes: 5, lines: 5, warnings: [{ warning: 'diagram.warn.styleIgnored', lines: '10' }] });

    await applied.undo.run();
    expect(d.slides.map((s) => s.id)).toEqual(['256#', '257#']);
    expect(applied.undo.label.key).toBe('agent.undo.diagramSlide');
  });

  it('refuses Mermaid it cannot draw and a slide that does not exist, with the sentence the model can act on', async () => {
    const insert = tool(powerpointHost(slidesDouble().b).tools, 'insert_diagram');
    await expect(insert.propose({ after_slide: 1, mermaid: 'sequenceDiagram\n  A->>B: hi' }, ctx)).rejects.toMatchObject({
      key: 'diagram.error.unsupportedType',
      params: { type: 'sequenceDiagram' },
    });
    await expect(insert.propose({ after_slide: 5, mermaid: FLOW }, ctx)).rejects.toMatchObject({ key: 'agent.error.noSlide', params: { slide: 5, count: 2 } });
    expect(insert.schema.safeParse({ after_slide: 1 }).success).toBe(false);
  });
});

describe('insert_diagram in Word', () => {
  const PARAS: WordParagraph[] = [
    { text: '流程说明', style: 'Heading1', isListItem: false, inTable: false },
    { text: '报销按以下步骤进行。', style: 'Normal', isListItem: false, inTable: false },
  ];

  function wordDouble() {
    const pictures: { after: number; base64: string; width: number; altTitle: string; altDescription: string; tag: string }[] = [];
    const fail = async () => {
      throw new Error('not used');
    };
    const b: WordBackend = {
      paragraphs: async () => PARAS,
      async insertPictureAfter(para, picture, altTitle, altDescription) {
        const tag = `dsplus:agent:${pictures.length}`;
        pictures.push({ after: para.index + 1, base64: picture.base64, width: picture.width, altTitle, altDescription, tag });
        return { tag };
      },
      async removeInserted(tag) {
        const i = pictures.findIndex((p) => p.tag === tag);
        if (i >= 0) pictures.splice(i, 1);
        return i >= 0;
      },
      replace: fail,
      undoReplace: fail,
      insertMarkdownAfter: fail,
      addComment: fail,
      deleteComment: fail,
      setStyle: fail,
      restoreStyle: fail,
    };
    return { b, pictures };
  }

  it('proposes a picture after a paragraph with the Mermaid source as its alt text; undo removes it', async () => {
    const d = wordDouble();
    const drawn: number[] = [];
    const host = wordHost(d.b, {
      diagramPng: async (layout) => (drawn.push(layout.nodes.length), { base64: 'iVBORw0KGgo=', width: layout.width, height: layout.height }),
    });
    const p = await tool(host.tools, 'insert_diagram').propose({ after_paragraph: 2, mermaid: FLOW }, ctx);
    expect(p.summary).toEqual({ key: 'agent.change.diagramPicture', params: { paragraph: 2, boxes: 5, lines: 5 } });
    expect(d.pictures).toHaveLength(0);
    const applied = await p.apply();
    expect(drawn).toEqual([5]);
    expect(d.pictures).toEqual([expect.objectContaining({ after: 2, base64: 'iVBORw0KGgo=', altTitle: '报销审批', altDescription: FLOW })]);
    expect(d.pictures[0].width).toBeGreaterThan(100);
    await applied.undo.run();
    expect(d.pictures).toHaveLength(0);
    // Undoing twice finds nothing left and says so.
    await expect(applied.undo.run()).rejects.toMatchObject({ key: 'agent.error.insertGone' });
  });

  it('is not offered where no picture can be drawn, and the model is told why', () => {
    const host = wordHost(wordDouble().b);
    expect(host.tools.some((t) => t.name === 'insert_diagram')).toBe(false);
    expect(host.unavailable?.insert_diagram).toMatch(/cannot be drawn/);
  });
});
