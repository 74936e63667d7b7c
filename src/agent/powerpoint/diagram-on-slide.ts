// insert_diagram with `slide`: the diagram drawn on an existing slide, in its free area, through the
// shapes API. Propose reads the slide and says where the diagram will go (or that the slide is too
// full); apply adds the shapes; undo deletes exactly the shapes it added.
import { placeOnSlide } from '../../diagram/slide-room';
import { diagramSlideShapes } from '../../diagram/slide-shapes';
import { message } from '../../messages';
import type { ToolDiagram } from '../diagram-tool';
import type { Proposal } from '../tool';
import type { SlidesBackend } from './backend';

export async function onSlide(b: SlidesBackend, slideId: string, slide: number, d: ToolDiagram): Promise<Proposal> {
  const spot = placeOnSlide(await b.slideRoom(slideId), d.layout);
  const shapes = diagramSlideShapes(d.layout, spot);
  const where = {
    left: Math.round(spot.area.x),
    top: Math.round(spot.area.y),
    width: Math.round(spot.area.w),
    height: Math.round(spot.area.h),
  };
  const summary =
    spot.source === 'free'
      ? message('agent.change.diagramOnSlide', { slide, boxes: d.boxes, lines: d.lines, ...where, pt: spot.textPt })
      : message('agent.change.diagramInPlaceholder', { slide, boxes: d.boxes, lines: d.lines, placeholder: spot.source.placeholder, pt: spot.textPt });
  return {
    summary,
    preview: d.preview,
    async apply() {
      const ids = await b.addShapes(slideId, shapes, d.layout.title ?? 'DeepSeek+ diagram');
      return {
        result: {
          slide,
          boxes: d.boxes,
          lines: d.lines,
          shapes: shapes.length,
          area: where,
          textPt: spot.textPt,
          ...(d.notes.length ? { warnings: d.notes } : {}),
        },
        undo: { label: message('agent.undo.diagramOnSlide', { slide }), run: () => b.deleteShapes(slideId, ids) },
      };
    },
  };
}
