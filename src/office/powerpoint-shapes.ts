// A diagram drawn on a slide that already exists, through PowerPoint's shapes API (PowerPointApi 1.4):
// reading where the slide's shapes are, adding the diagram's boxes, text boxes and straight lines, and
// deleting exactly those again. That API has no connectors glued to shapes and no arrowheads (see
// docs/diagrams.md); with 1.8 the added shapes are grouped, with 1.10 arrowheads are rotated triangles
// and the slide's size is read rather than inferred.
import { placeOnSlide, type DiagramSpot, type RoomShape, type SlideRoom } from '../diagram/slide-room';
import { diagramSlideShapes, type SlideShape, type SlideText } from '../diagram/slide-shapes';
import type { DiagramLayout } from '../diagram/types';
import { AppError } from '../errors';

export type IsSetSupported = (name: string, version: string) => boolean;

const has = (isSet: IsSetSupported, v: string) => isSet('PowerPointApi', v);

/** Placeholder contents that are something other than text: such a placeholder is not empty. */
const FILLED = new Set(['Image', 'Table', 'Chart', 'SmartArt', 'Media', 'Graphic', 'Diagram', 'Group', 'Ole', 'ContentApp', 'Model3D']);

/** PowerPoint's default slide (16:9) in points, when the version cannot say (pageSetup is 1.10). */
const DEFAULT_W = 960;
const DEFAULT_H = 540;

/** The slide's size, and where each shape on it is (points). Layout placeholders are centred, which gives the width on older versions. */
export async function readSlideRoom(ctx: PowerPoint.RequestContext, slide: PowerPoint.Slide, isSet: IsSetSupported): Promise<SlideRoom> {
  const shapes = slide.shapes;
  shapes.load('items/id,items/name,items/left,items/top,items/width,items/height,items/type');
  const page = has(isSet, '1.10') ? ctx.presentation.pageSetup : null;
  page?.load('slideWidth,slideHeight');
  await ctx.sync();
  const holders = shapes.items.filter((s) => s.type === 'Placeholder');
  const frames = holders.map((s) => {
    const tf = s.textFrame;
    tf.load('hasText');
    const pf = has(isSet, '1.8') ? s.placeholderFormat : null;
    pf?.load('type,containedType');
    return { tf, pf };
  });
  if (holders.length) await ctx.sync();
  const info = new Map(holders.map((s, i) => [s.id, frames[i]]));
  const out: RoomShape[] = shapes.items.map((s) => {
    const f = info.get(s.id);
    const kind = f ? (f.pf ? String(f.pf.type) : /title|标题/i.test(s.name) ? 'Title' : 'Body') : null;
    const empty = f ? !f.tf.hasText && !(f.pf && FILLED.has(String(f.pf.containedType))) : false;
    return { id: s.id, name: s.name, left: s.left, top: s.top, width: s.width, height: s.height, placeholder: kind, empty };
  });
  const width = page ? page.slideWidth : Math.max(0, ...holders.map((s) => Math.round(2 * s.left + s.width))) || DEFAULT_W;
  const height = page ? page.slideHeight : DEFAULT_H;
  return { width, height, shapes: out };
}

function applyText(shape: PowerPoint.Shape, t: SlideText): void {
  const tf = shape.textFrame;
  tf.wordWrap = true;
  tf.autoSizeSetting = 'AutoSizeNone';
  tf.verticalAlignment = t.valign;
  [tf.leftMargin, tf.rightMargin, tf.topMargin, tf.bottomMargin] = t.margins;
  const r = tf.textRange;
  r.text = t.text;
  r.font.name = t.font;
  r.font.size = t.fontPt;
  r.font.bold = t.bold;
  r.font.color = `#${t.color}`;
  r.paragraphFormat.horizontalAlignment = t.align;
}

/** Arrowhead shapes without rotation (before 1.10): triangles up and down, small block arrows sideways. */
const UNROTATED = { up: 'Triangle', down: 'FlowChartMerge', left: 'LeftArrow', right: 'RightArrow' } as const;
const ROTATION = { up: 0, right: 90, down: 180, left: 270 } as const;

function addOne(shapes: PowerPoint.ShapeCollection, s: SlideShape, isSet: IsSetSupported): PowerPoint.Shape {
  switch (s.kind) {
    case 'shape':
    case 'text': {
      const box = { left: s.box.x, top: s.box.y, width: s.box.w, height: s.box.h };
      const shape = s.kind === 'text' ? shapes.addTextBox(s.text.text, box) : shapes.addGeometricShape(s.geometry, box);
      if (s.fill) shape.fill.setSolidColor(`#${s.fill}`);
      else shape.fill.clear();
      if (s.kind === 'shape' && s.stroke) {
        shape.lineFormat.color = `#${s.stroke}`;
        shape.lineFormat.weight = s.strokePt;
      } else shape.lineFormat.visible = false;
      if (s.text) applyText(shape, s.text);
      shape.name = s.name;
      return shape;
    }
    case 'line': {
      // Runs are level or upright: drawn from their top or left end, the offsets are never negative.
      const [a, b] = s.from.x + s.from.y <= s.to.x + s.to.y ? [s.from, s.to] : [s.to, s.from];
      const shape = shapes.addLine('Straight', { left: a.x, top: a.y, width: b.x - a.x, height: b.y - a.y });
      shape.lineFormat.color = `#${s.color}`;
      shape.lineFormat.weight = s.weightPt;
      if (s.dashed) shape.lineFormat.dashStyle = 'Dash';
      shape.name = s.name;
      return shape;
    }
    case 'arrow': {
      const rotate = has(isSet, '1.10');
      const sideways = s.toward === 'left' || s.toward === 'right';
      // A rotated shape keeps its frame and turns about its centre: the frame of a sideways one is upright.
      const cx = s.box.x + s.box.w / 2;
      const cy = s.box.y + s.box.h / 2;
      const [w, h] = rotate && sideways ? [s.box.h, s.box.w] : [s.box.w, s.box.h];
      const shape = shapes.addGeometricShape(rotate ? 'Triangle' : UNROTATED[s.toward], { left: cx - w / 2, top: cy - h / 2, width: w, height: h });
      if (rotate) shape.rotation = ROTATION[s.toward];
      shape.fill.setSolidColor(`#${s.color}`);
      shape.lineFormat.visible = false;
      shape.name = s.name;
      return shape;
    }
  }
}

/**
 * Adds the shapes to the slide, bottom to top, and returns what to delete to take them out again: the
 * group's id (PowerPointApi 1.8, so the diagram moves as one) or every shape's id.
 */
export async function addSlideShapes(
  ctx: PowerPoint.RequestContext,
  slide: PowerPoint.Slide,
  plan: SlideShape[],
  isSet: IsSetSupported,
  name: string,
): Promise<string[]> {
  const added = plan.map((s) => addOne(slide.shapes, s, isSet));
  for (const s of added) s.load('id');
  await ctx.sync();
  const ids = added.map((s) => s.id);
  if (!has(isSet, '1.8') || ids.length < 2) return ids;
  const group = slide.shapes.addGroup(ids);
  group.name = name;
  group.load('id');
  await ctx.sync();
  return [group.id];
}

/** Deletes the shapes with these ids from the slide (a group with everything in it); ids no longer there are skipped. */
export async function deleteSlideShapes(ctx: PowerPoint.RequestContext, slide: PowerPoint.Slide, ids: string[]): Promise<void> {
  const found = ids.map((id) => slide.shapes.getItemOrNullObject(id));
  for (const f of found) f.load('id');
  await ctx.sync();
  for (const f of found) if (!f.isNullObject) f.delete();
  await ctx.sync();
}

/** An Office failure while drawing, as the sentence the user sees. */
export function drawError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError('diagram.error.onSlide', { reason: code && !message.includes(code) ? `${code}: ${message}` : message });
}

const officeIsSet: IsSetSupported = (n, v) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(n, v);

/** Drawing on the current slide needs the shapes API and the selected slide (PowerPointApi 1.5). */
export function canDrawOnSlide(isSet: IsSetSupported = officeIsSet): boolean {
  return has(isSet, '1.5');
}

export interface DrawnOnSlide {
  /** The placement chosen on the slide (its free area or empty placeholder). */
  spot: DiagramSpot;
  /** Shapes added (boxes, labels, line runs, line ends). */
  shapes: number;
}

/**
 * The Diagram panel's "on the current slide": the diagram fitted into the current slide's free area,
 * the shapes already there untouched. Too little room throws the sentence saying so, adding nothing.
 */
export async function drawDiagramOnCurrentSlide(layout: DiagramLayout, isSet: IsSetSupported = officeIsSet): Promise<DrawnOnSlide> {
  if (!canDrawOnSlide(isSet)) throw new AppError('diagram.error.onSlideUnsupported');
  try {
    return await PowerPoint.run(async (ctx) => {
      const selected = ctx.presentation.getSelectedSlides();
      selected.load('items/id');
      await ctx.sync();
      if (!selected.items.length) throw new AppError('diagram.error.noCurrentSlide');
      const slide = ctx.presentation.slides.getItem(selected.items[0].id);
      const spot = placeOnSlide(await readSlideRoom(ctx, slide, isSet), layout);
      const plan = diagramSlideShapes(layout, spot);
      await addSlideShapes(ctx, slide, plan, isSet, layout.title ?? 'DeepSeek+ diagram');
      return { spot, shapes: plan.length };
    });
  } catch (e) {
    throw drawError(e);
  }
}
