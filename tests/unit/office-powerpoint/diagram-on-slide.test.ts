import { afterEach, describe, expect, it, vi } from 'vitest';
import { powerpointHost } from '../../../src/agent/powerpoint';
import type { ToolContext, WriteTool } from '../../../src/agent/tool';
import { layoutDiagram, parseMermaid } from '../../../src/diagram';
import { officeSlides } from '../../../src/office/agent-powerpoint';
import { drawDiagramOnCurrentSlide } from '../../../src/office/powerpoint-shapes';
import { fakePresentation, type FakePresentation, type ShapeRecord } from './fake-presentation';
import { CONTENT_PLACEHOLDER, TITLE_PLACEHOLDER } from '../../support/slide-placeholders';

// A diagram drawn on a slide that already has content, through the real adapter over the PowerPoint
// double's shapes model: where it lands, what it is made of, that nothing already there changes, what a
// too-full slide says, and what the agent's undo leaves.

afterEach(() => vi.unstubAllGlobals());

const FLOW =
  '---\ntitle: 报销审批\n---\nflowchart TD\n  A[提交报销单] --> B{金额超过 5000？}\n  B -->|是| C[总监审批]\n  B -->|否| D[经理审批]\n  C --> E[财务付款]\n  D --> E';
const ctx: ToolContext = { locale: 'zh-CN', noteRead: () => undefined };

const TITLE: ShapeRecord = TITLE_PLACEHOLDER;
const CONTENT: ShapeRecord = CONTENT_PLACEHOLDER;
const PICTURE: ShapeRecord = { id: '4', name: 'Picture 3', type: 'Image', left: 520, top: 150, width: 400, height: 340 };
const NOTE: ShapeRecord = { id: '5', name: 'TextBox 4', type: 'TextBox', left: 40, top: 150, width: 440, height: 60, text: '说明：金额以发票为准' };

function install(p: FakePresentation) {
  vi.stubGlobal('PowerPoint', { run: p.run });
  return p;
}

const layout = async () => layoutDiagram(parseMermaid(FLOW).diagram);

/** Every shape added, group members included. */
function flat(shapes: ShapeRecord[]): ShapeRecord[] {
  return shapes.flatMap((s) => (s.children ? [s, ...flat(s.children)] : [s]));
}
const inside = (s: ShapeRecord, r: { left: number; top: number; width: number; height: number }) =>
  s.left! >= r.left - 0.01 && s.top! >= r.top - 0.01 && s.left! + s.width! <= r.left + r.width + 0.01 && s.top! + s.height! <= r.top + r.height + 0.01;
const meets = (a: ShapeRecord, b: ShapeRecord) =>
  a.left! < b.left! + b.width! && b.left! < a.left! + a.width! && a.top! < b.top! + b.height! && b.top! < a.top! + a.height!;

describe('a diagram on the current slide', () => {
  it('fills the empty content placeholder, grouped, the title untouched (PowerPointApi 1.10)', async () => {
    const p = install(fakePresentation({ '256#': [TITLE, CONTENT], '257#': [] }, { selected: ['256#'], api: '1.10' }));
    const drawn = await drawDiagramOnCurrentSlide(await layout(), p.isSet);
    expect(drawn.spot.source).toEqual({ placeholder: 'Content Placeholder 2' });
    const slide = p.shapes['256#'];
    expect(slide.slice(0, 2)).toEqual([TITLE, CONTENT]);
    expect(slide).toHaveLength(3);
    const group = slide[2];
    expect(group).toMatchObject({ type: 'Group', name: '报销审批' });
    const added = flat(group.children!);
    expect(added).toHaveLength(drawn.shapes);
    for (const s of added) expect(inside(s, CONTENT as Required<ShapeRecord>)).toBe(true);
    // One box per node with its text, one labelled text box per edge label.
    const boxes = added.filter((s) => s.name.startsWith('dsp-node-'));
    expect(boxes.map((s) => s.text)).toEqual(['提交报销单', '金额超过 5000？', '总监审批', '经理审批', '财务付款']);
    expect(boxes[1].geometry).toBe('Diamond');
    expect(added.filter((s) => s.type === 'TextBox').map((s) => s.text)).toEqual(['是', '否']);
    // Lines are plain straight lines; every edge ends in an arrowhead turned to where it points.
    const lines = added.filter((s) => s.type === 'Line');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(new Set(lines.map((s) => s.name.replace(/-\d+$/, ''))).size).toBe(5);
    const heads = added.filter((s) => s.name.startsWith('dsp-end-'));
    expect(heads).toHaveLength(5);
    for (const h of heads) expect(h).toMatchObject({ geometry: 'Triangle', rotation: expect.any(Number) });
    expect(heads.filter((h) => h.rotation === 180).length).toBeGreaterThan(0); // a top-down chart points down
    expect(p.shapes['257#']).toEqual([]);
  });

  it('uses the free area beside what is on the slide, loose shapes and unrotated arrowheads (PowerPointApi 1.5)', async () => {
    const p = install(fakePresentation({ '256#': [TITLE, NOTE, PICTURE] }, { selected: ['256#'], api: '1.5' }));
    const drawn = await drawDiagramOnCurrentSlide(await layout(), p.isSet);
    expect(drawn.spot.source).toBe('free');
    const slide = p.shapes['256#'];
    expect(slide.slice(0, 3)).toEqual([TITLE, NOTE, PICTURE]);
    const added = slide.slice(3);
    expect(added).toHaveLength(drawn.shapes);
    expect(added.some((s) => s.type === 'Group')).toBe(false);
    for (const s of added) for (const there of [TITLE, NOTE, PICTURE]) expect(meets(s, there)).toBe(false);
    for (const s of added) expect(inside(s, { left: 0, top: 0, width: 960, height: 540 })).toBe(true);
    const heads = added.filter((s) => s.name.startsWith('dsp-end-'));
    expect(heads.map((h) => h.rotation)).toEqual(heads.map(() => undefined));
    expect(new Set(heads.map((h) => h.geometry))).toContain('FlowChartMerge');
  });

  it('says the slide is too full, and adds nothing, when the free room would make the text unreadable', async () => {
    const big: ShapeRecord = { ...PICTURE, left: 40, top: 40, width: 880, height: 440 };
    const p = install(fakePresentation({ '256#': [big] }, { selected: ['256#'], api: '1.10' }));
    await expect(drawDiagramOnCurrentSlide(await layout(), p.isSet)).rejects.toMatchObject({ key: 'diagram.error.slideTooFull', params: { min: 8 } });
    expect(p.shapes['256#']).toEqual([big]);
    expect(p.log.filter((c) => c.call === 'addShape')).toEqual([]);
  });

  it('asks for a slide to be selected, and for a newer PowerPoint below PowerPointApi 1.5', async () => {
    const p = install(fakePresentation({ '256#': [TITLE] }, { selected: [], api: '1.5' }));
    await expect(drawDiagramOnCurrentSlide(await layout(), p.isSet)).rejects.toMatchObject({ key: 'diagram.error.noCurrentSlide' });
    const old = install(fakePresentation({ '256#': [TITLE] }, { selected: ['256#'], api: '1.4' }));
    await expect(drawDiagramOnCurrentSlide(await layout(), old.isSet)).rejects.toMatchObject({ key: 'diagram.error.onSlideUnsupported' });
    expect(old.shapes['256#']).toEqual([TITLE]);
  });
});

describe('the agent’s insert_diagram on an existing slide', () => {
  it('proposes where it goes and changes nothing; applied, it draws there; undo removes exactly its shapes', async () => {
    const p = install(fakePresentation({ '256#': [TITLE], '257#': [TITLE, CONTENT], '258#': [] }, { api: '1.8' }));
    const insert = powerpointHost(officeSlides(p.isSet)).tools.find((t) => t.name === 'insert_diagram') as WriteTool;
    const before = structuredClone(p.shapes);
    const proposal = await insert.propose({ slide: 2, mermaid: FLOW }, ctx);
    expect(proposal.summary).toMatchObject({
      key: 'agent.change.diagramInPlaceholder',
      params: { slide: 2, boxes: 5, lines: 5, placeholder: 'Content Placeholder 2' },
    });
    expect(p.shapes).toEqual(before);

    const applied = await proposal.apply();
    expect(applied.result).toMatchObject({ slide: 2, boxes: 5, lines: 5 });
    expect(p.shapes['257#']).toHaveLength(3);
    expect(p.shapes['257#'][2].type).toBe('Group');
    expect(p.shapes['256#']).toEqual(before['256#']);

    await applied.undo.run();
    expect(p.shapes).toEqual(before);
    expect(applied.undo.label).toEqual({ key: 'agent.undo.diagramOnSlide', params: { slide: 2 } });
  });

  it('takes exactly one of after_slide and slide, and refuses a slide that is too full before anything changes', async () => {
    const full: ShapeRecord = { ...PICTURE, left: 10, top: 10, width: 940, height: 520 };
    const p = install(fakePresentation({ '256#': [full] }, { api: '1.8' }));
    const insert = powerpointHost(officeSlides(p.isSet)).tools.find((t) => t.name === 'insert_diagram') as WriteTool;
    expect(insert.schema.safeParse({ slide: 1, after_slide: 0, mermaid: FLOW }).success).toBe(false);
    expect(insert.schema.safeParse({ mermaid: FLOW }).success).toBe(false);
    expect(insert.schema.safeParse({ slide: 1, mermaid: FLOW }).success).toBe(true);
    await expect(insert.propose({ slide: 1, mermaid: FLOW }, ctx)).rejects.toMatchObject({ key: 'diagram.error.slideFull' });
    await expect(insert.propose({ slide: 2, mermaid: FLOW }, ctx)).rejects.toMatchObject({ key: 'agent.error.noSlide' });
    expect(p.shapes['256#']).toEqual([full]);
  });
});
