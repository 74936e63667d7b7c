// The agent's presentation backend in PowerPoint: slides and their shapes' text (PowerPointApi 1.3/1.4),
// slides inserted from a .pptx (1.2), found afterwards by comparing slide ids (slides.add and
// insertSlidesFromBase64 return none), deleted again by id on undo (1.2).
import type { SlideInfo, SlidesBackend } from '../agent/powerpoint/backend';
import { AppError } from '../errors';
import { loadChildren } from './load-children';
import { addSlideShapes, deleteSlideShapes, readSlideRoom } from './powerpoint-shapes';

type IsSetSupported = (name: string, version: string) => boolean;
const officeIsSetSupported: IsSetSupported = (n, v) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(n, v);

function need(isSet: IsSetSupported, version: string): void {
  if (!isSet('PowerPointApi', version)) throw new AppError('agent.error.needsApi', { set: `PowerPointApi ${version}` });
}

function wrap(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  return new AppError('agent.error.office', { message: `${code ? `${code}: ` : ''}${e instanceof Error ? e.message : String(e)}` });
}

async function run<T>(fn: (ctx: PowerPoint.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await PowerPoint.run(fn);
  } catch (e) {
    throw wrap(e);
  }
}

async function slideIds(ctx: PowerPoint.RequestContext): Promise<string[]> {
  const slides = ctx.presentation.slides;
  slides.load('items/id');
  await ctx.sync();
  return slides.items.map((s) => s.id);
}

export function officeSlides(isSet: IsSetSupported = officeIsSetSupported): SlidesBackend {
  return {
    async listSlides() {
      need(isSet, '1.4');
      return run(async (ctx) => {
        const { items: slideItems, children: shapes } = await loadChildren(ctx, ctx.presentation.slides, 'items/id', (s) => s.shapes, 'items/id,items/name');
        const frames = shapes.map((c) =>
          c.items.map((sh) => {
            const tf = sh.textFrame;
            tf.load('hasText');
            return tf;
          }),
        );
        await ctx.sync();
        const ranges = frames.map((fs) =>
          fs.map((tf) => {
            if (!tf.hasText) return null;
            const r = tf.textRange;
            r.load('text');
            return r;
          }),
        );
        await ctx.sync();
        return slideItems.map((s, i): SlideInfo => ({
          id: s.id,
          shapes: shapes[i].items.flatMap((sh, j) => {
            const r = ranges[i][j];
            return r ? [{ id: sh.id, name: sh.name, text: r.text.replace(/\r\n?|\v/g, '\n') }] : [];
          }),
        }));
      });
    },
    async insertSlides(afterId, base64) {
      need(isSet, '1.2');
      return run(async (ctx) => {
        const before = new Set(await slideIds(ctx));
        ctx.presentation.insertSlidesFromBase64(base64, {
          formatting: 'UseDestinationTheme' as PowerPoint.InsertSlideFormatting,
          ...(afterId ? { targetSlideId: afterId } : {}),
        });
        await ctx.sync();
        return (await slideIds(ctx)).filter((id) => !before.has(id));
      });
    },
    async deleteSlides(ids) {
      need(isSet, '1.2');
      return run(async (ctx) => {
        const all = new Set(await slideIds(ctx));
        for (const id of ids) if (all.has(id)) ctx.presentation.slides.getItem(id).delete();
        await ctx.sync();
      });
    },
    async setShapeText(slideId, shapeId, text) {
      need(isSet, '1.4');
      return run(async (ctx) => {
        const range = ctx.presentation.slides.getItem(slideId).shapes.getItem(shapeId).textFrame.textRange;
        range.load('text');
        await ctx.sync();
        const was = range.text;
        range.text = text;
        await ctx.sync();
        return was;
      });
    },
    async slideRoom(slideId) {
      need(isSet, '1.4');
      return run((ctx) => readSlideRoom(ctx, ctx.presentation.slides.getItem(slideId), isSet));
    },
    async addShapes(slideId, shapes, name) {
      need(isSet, '1.4');
      return run((ctx) => addSlideShapes(ctx, ctx.presentation.slides.getItem(slideId), shapes, isSet, name));
    },
    async deleteShapes(slideId, ids) {
      need(isSet, '1.4');
      return run((ctx) => deleteSlideShapes(ctx, ctx.presentation.slides.getItem(slideId), ids));
    },
  };
}
