import { afterEach, describe, expect, it, vi } from 'vitest';
import { wordHost } from '../../../src/agent/word';
import type { ToolContext, WriteTool } from '../../../src/agent/tool';
import { diagramToPng } from '../../../src/diagram/render-png-node';
import { officeWord } from '../../../src/office/agent-word';
import { insertPictureInWord } from '../../../src/office/insert-picture';
import { fakeWord, type FakeWord } from './fake-word';

// A diagram in Word is a picture whose alt text keeps the Mermaid source, through the real Office
// adapters (the Diagram panel's insertPictureInWord, the agent's officeWord backend) over the Word
// double's document model: where the picture lands, its size and alt text, and what undo leaves.

afterEach(() => vi.unstubAllGlobals());

const FLOW =
  '---\ntitle: 报销审批\n---\nflowchart TD\n  A[提交报销单] --> B{金额超过 5000？}\n  B -->|是| C[总监审批]\n  B -->|否| D[经理审批]\n  C --> E[财务付款]\n  D --> E';
const ctx: ToolContext = { locale: 'zh-CN', noteRead: () => undefined };

function install(fw: FakeWord, sets: Record<string, string> = { WordApi: '1.3' }) {
  vi.stubGlobal(
    'Word',
    Object.assign(fw.mock, { InsertLocation: { after: 'After', before: 'Before', start: 'Start', end: 'End' }, BuiltInStyleName: { normal: 'Normal' } }),
  );
  vi.stubGlobal('Office', { context: { requirements: { isSetSupported: (name: string, v: string) => Number(sets[name] ?? 0) >= Number(v) } } });
  return fw;
}

/** A real PNG of the diagram, as the pane's canvas would give it. */
async function diagramPng(layout: Parameters<typeof diagramToPng>[0]) {
  return { base64: Buffer.from(diagramToPng(layout, 1)).toString('base64'), width: layout.width, height: layout.height };
}

describe('a diagram picture in Word', () => {
  it('the Diagram panel puts the picture after the selection, fitted to the text column, the Mermaid in its alt text', async () => {
    const fw = install(fakeWord([{ text: '流程说明', styleBuiltIn: 'Heading1' }, { text: '报销按以下步骤进行。' }, { text: '结尾' }], { selection: [1] }));
    const png = await diagramPng(await layoutOf(FLOW));
    await insertPictureInWord(png.base64, { width: 900, height: 600 }, '报销审批', FLOW);
    const tree = fw.tree();
    expect(tree.map((n) => ('text' in n ? n.text : n.type))).toEqual(['流程说明', '报销按以下步骤进行。', '结尾']);
    expect(tree[1]).toMatchObject({
      pictures: [{ png: true, width: 468, height: 312, lockAspectRatio: true, altTextTitle: '报销审批', altTextDescription: FLOW }],
    });
    expect(tree[0]).not.toHaveProperty('pictures');
    expect(tree[2]).not.toHaveProperty('pictures');
  });

  it('says which Word is needed, and changes nothing, where pictures cannot be inserted', async () => {
    const fw = install(fakeWord([{ text: '正文' }]), { WordApi: '1.1' });
    await expect(insertPictureInWord('iVBORw0KGgo=', { width: 10, height: 10 }, 'x', FLOW)).rejects.toMatchObject({ key: 'mindmap.error.insertUnsupported' });
    expect(fw.tree()).toEqual([{ type: 'paragraph', style: 'Normal', text: '正文' }]);
  });

  it('the agent’s insert_diagram: nothing changes until applied; then a centred picture in a paragraph of its own; undo removes it', async () => {
    const fw = install(fakeWord([{ text: '流程说明', styleBuiltIn: 'Heading1' }, { text: '报销按以下步骤进行。' }, { text: '结尾' }]));
    const before = fw.tree();
    const insert = wordHost(
      officeWord(() => true),
      { diagramPng },
    ).tools.find((t) => t.name === 'insert_diagram') as WriteTool;
    const p = await insert.propose({ after_paragraph: 1, mermaid: FLOW }, ctx);
    expect(fw.tree()).toEqual(before);

    const applied = await p.apply();
    const tree = fw.tree();
    expect(tree).toHaveLength(4);
    expect(tree[0]).toEqual(before[0]);
    expect(tree[1]).toMatchObject({ type: 'contentControl', title: '报销审批' });
    const para = (tree[1] as { children: Record<string, unknown>[] }).children;
    expect(para).toEqual([
      {
        type: 'paragraph',
        style: 'Normal',
        text: '',
        alignment: 'Centered',
        pictures: [
          { png: true, width: expect.any(Number), height: expect.any(Number), lockAspectRatio: true, altTextTitle: '报销审批', altTextDescription: FLOW },
        ],
      },
    ]);
    const pic = (para[0].pictures as { width: number }[])[0];
    expect(pic.width).toBeGreaterThan(50);
    expect(pic.width).toBeLessThanOrEqual(468);
    expect(tree.slice(2)).toEqual(before.slice(1));

    await applied.undo.run();
    expect(fw.tree()).toEqual(before);
  });
});

async function layoutOf(src: string) {
  const { parseMermaid, layoutDiagram } = await import('../../../src/diagram');
  return layoutDiagram(parseMermaid(src).diagram);
}
