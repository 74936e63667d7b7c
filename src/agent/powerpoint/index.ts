// PowerPoint tools: list and read slides, insert slides from an outline (the slides engine), replace a
// shape's text. Speaker notes of existing slides have no API in any requirement set, so there is no tool
// for them and the model is told so; new slides carry notes written as "Notes:" in the outline.
import { z } from 'zod';
import { AppError } from '../../errors';
import { message } from '../../messages';
import type { AgentHost } from '../host';
import { readTool, writeTool } from '../tool';
import type { SlideInfo, SlidesBackend } from './backend';
import { mermaidArg, toolDiagram } from '../diagram-tool';
import { onSlide } from './diagram-on-slide';

export type { SlidesBackend, SlideInfo, ShapeText } from './backend';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The title a person would read: a shape named like a title, else the first shape with text. */
export function slideTitle(s: SlideInfo): string {
  const titled = s.shapes.find((x) => /title|标题/i.test(x.name) && x.text.trim());
  return (titled ?? s.shapes.find((x) => x.text.trim()))?.text.split('\n')[0]?.trim() ?? '';
}

function slideAt(slides: SlideInfo[], n: number): SlideInfo {
  const s = slides[n - 1];
  if (!s) throw new AppError('agent.error.noSlide', { slide: n, count: slides.length });
  return s;
}

export const NOTES_UNAVAILABLE =
  'PowerPoint has no API to read or write the speaker notes of existing slides (no requirement set has one). Tell the user to type them in the Notes pane; slides you insert with insert_slides can carry notes written as a "Notes:" paragraph under the slide heading.';

export function powerpointHost(b: SlidesBackend): AgentHost {
  return {
    kind: 'powerpoint',
    notes: [
      'Slides are numbered from 1 in the order they appear; shapes are named by their name or id from read_slide.',
      'insert_slides takes Outline Markdown: "## Section", "### Slide title", "- bullet", a pipe table, and a paragraph starting "Notes:" for the speaker notes of that new slide.',
      'insert_diagram draws Mermaid (flowchart, org chart as a flowchart TD tree, timeline) as native, editable shapes: a slide of its own (after_slide), or on an existing slide (slide) in its free area; prefer it to bullets for processes, structures and timelines.',
      `Speaker notes: ${NOTES_UNAVAILABLE}`,
    ],
    unavailable: { set_speaker_notes: NOTES_UNAVAILABLE, read_speaker_notes: NOTES_UNAVAILABLE },
    tools: [
      readTool({
        name: 'list_slides',
        description: 'Lists the slides: number, title and the first words of their text.',
        schema: z.object({}),
        async run() {
          const slides = await b.listSlides();
          return {
            count: slides.length,
            slides: slides.map((s, i) => ({ slide: i + 1, title: slideTitle(s), text: clip(s.shapes.map((x) => x.text).join(' / '), 200) })),
          };
        },
      }),
      readTool({
        name: 'read_slide',
        description: 'Reads one slide: each shape with text (name, id, text).',
        schema: z.object({ slide: z.number().int().min(1) }),
        async run(a) {
          const s = slideAt(await b.listSlides(), a.slide);
          return { slide: a.slide, title: slideTitle(s), shapes: s.shapes.map((x) => ({ shape: x.name, id: x.id, text: clip(x.text, 2000) })) };
        },
      }),
      writeTool({
        name: 'insert_slides',
        description: 'Proposes new slides, laid out by the slides engine from Outline Markdown, inserted after a slide (0 = at the start).',
        schema: z.object({
          after_slide: z.number().int().min(0),
          outline: z.string().min(1).describe('Outline Markdown: "### Slide title" then "- bullets"; "Notes: …" for speaker notes'),
        }),
        async propose(a, ctx) {
          const slides = await b.listSlides();
          const after = a.after_slide === 0 ? null : slideAt(slides, a.after_slide).id;
          const { markdownToDeck } = await import('../../slides/markdown-to-deck');
          const built = await markdownToDeck(a.outline, { agenda: false, closing: false, loadImage: null, signal: ctx.signal });
          // Slides go into a deck that has its own title slide: without a "# title" line the engine's
          // generic title slide is left out.
          const deck =
            !/^#\s/m.test(a.outline) && built.value.slides[0]?.master === 'TITLE' ? { ...built.value, slides: built.value.slides.slice(1) } : built.value;
          if (deck.slides.length === 0) throw new AppError('agent.error.noSlidesInOutline');
          const titles = deck.slides.map((s, i) => `${a.after_slide + i + 1}. ${s.title ?? ''}`);
          return {
            summary: message('agent.change.slides', { count: deck.slides.length, after: a.after_slide }),
            preview: { kind: 'slides', lines: titles },
            async apply() {
              const { renderPptxBase64 } = await import('../../slides/render-pptx');
              const ids = await b.insertSlides(after, await renderPptxBase64(deck));
              return {
                result: { inserted: ids.length, from: a.after_slide + 1, titles: titles.map((x) => x.replace(/^\d+\. /, '')) },
                undo: { label: message('agent.undo.slides', { count: ids.length }), run: () => b.deleteSlides(ids) },
              };
            },
          };
        },
      }),
      writeTool({
        name: 'insert_diagram',
        description:
          'Proposes a diagram drawn from Mermaid as native PowerPoint shapes the user can edit. Give after_slide (0 = at the start) for a slide of its own, with connectors glued to the boxes; or slide to draw it on that existing slide, fitted into its free area (an empty content placeholder, else the space between its shapes), the shapes already there untouched: PowerPoint then draws the lines as plain lines, not glued. The title, if any, comes from Mermaid front matter "---\\ntitle: …\\n---".',
        schema: z
          .object({
            after_slide: z.number().int().min(0).optional().describe('insert a new diagram slide after this slide'),
            slide: z.number().int().min(1).optional().describe('draw on this existing slide instead'),
            mermaid: mermaidArg,
          })
          .refine((a) => (a.after_slide === undefined) !== (a.slide === undefined), { message: 'Give exactly one of after_slide and slide.' }),
        async propose(a, ctx) {
          const slides = await b.listSlides();
          if (a.slide !== undefined) return onSlide(b, slideAt(slides, a.slide).id, a.slide, await toolDiagram(a.mermaid));
          const afterSlide = a.after_slide ?? 0;
          const after = afterSlide === 0 ? null : slideAt(slides, afterSlide).id;
          const d = await toolDiagram(a.mermaid);
          return {
            summary: message('agent.change.diagramSlide', { after: afterSlide, boxes: d.boxes, lines: d.lines }),
            preview: d.preview,
            async apply() {
              const { renderDiagramPptx } = await import('../../diagram/render-pptx');
              const ids = await b.insertSlides(after, await renderDiagramPptx(d.layout, 'base64', { lang: ctx.locale === 'en-US' ? 'en' : 'zh' }));
              return {
                result: { inserted: ids.length, slide: afterSlide + 1, boxes: d.boxes, lines: d.lines, ...(d.notes.length ? { warnings: d.notes } : {}) },
                undo: { label: message('agent.undo.diagramSlide'), run: () => b.deleteSlides(ids) },
              };
            },
          };
        },
      }),
      writeTool({
        name: 'replace_shape_text',
        description: 'Proposes replacing the whole text of one shape on a slide (name or id from read_slide).',
        schema: z.object({ slide: z.number().int().min(1), shape: z.string().min(1), text: z.string() }),
        async propose(a) {
          const s = slideAt(await b.listSlides(), a.slide);
          const shape = s.shapes.find((x) => x.id === a.shape) ?? s.shapes.find((x) => x.name === a.shape);
          if (!shape) throw new AppError('agent.error.noShape', { shape: a.shape, slide: a.slide, shapes: s.shapes.map((x) => x.name).join(', ') });
          return {
            summary: message('agent.change.shapeText', { shape: shape.name, slide: a.slide }),
            preview: { kind: 'text', before: shape.text, after: a.text },
            async apply() {
              const was = await b.setShapeText(s.id, shape.id, a.text);
              return {
                result: { replaced: shape.name, slide: a.slide },
                undo: {
                  label: message('agent.undo.shapeText', { shape: shape.name, slide: a.slide }),
                  run: async () => void (await b.setShapeText(s.id, shape.id, was)),
                },
              };
            },
          };
        },
      }),
    ],
  };
}
