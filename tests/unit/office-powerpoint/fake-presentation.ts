import '../../support/office-double/powerpoint-shapes.js';

/**
 * A presentation for PowerPoint adapter tests: the slides, the selection and each slide's shapes are the
 * e2e double's shapes model (tests/support/office-double/powerpoint-shapes.js), so unit tests and e2e tests
 * hold the adapter to the same PowerPoint: load-before-read, shapes there only after a sync, the
 * documented shape types and line form, and what each requirement set adds.
 */
export interface ShapeRecord {
  id: string;
  name: string;
  type?: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  text?: string;
  placeholderType?: string;
  containedType?: string | null;
  geometry?: string;
  fill?: string | null;
  line?: { color?: string; weight?: number; dashStyle?: string; visible?: boolean };
  rotation?: number;
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  children?: ShapeRecord[];
}

export interface FakePresentation {
  shapes: Record<string, ShapeRecord[]>;
  slides: string[];
  selected: string[];
  log: Array<Record<string, unknown>>;
  syncs: number;
  run<T>(cb: (ctx: PowerPoint.RequestContext) => Promise<T>): Promise<T>;
  isSet(name: string, version: string): boolean;
}

type SlideShapesModel = {
  collection(slideId: string, queue: Array<() => void>): unknown;
  pageSetup(queue: Array<() => void>): unknown;
};
declare const createSlideShapes: (o: {
  shapes: Record<string, ShapeRecord[]>;
  isSet: (n: string, v: string) => boolean;
  log: unknown[];
  slideSize?: { width: number; height: number };
}) => SlideShapesModel;

export function fakePresentation(
  slides: Record<string, ShapeRecord[]>,
  opts: { selected?: string[]; api?: string; slideSize?: { width: number; height: number } } = {},
): FakePresentation {
  const api = opts.api ?? '1.10';
  const isSet = (name: string, v: string) => {
    if (name !== 'PowerPointApi') return false;
    const [a, b] = api.split('.').map(Number);
    const [c, d] = v.split('.').map(Number);
    return a > c || (a === c && b >= d);
  };
  const shapes = structuredClone(slides);
  const log: Array<Record<string, unknown>> = [];
  const model = createSlideShapes({ shapes, isSet, log, slideSize: opts.slideSize });
  const p: FakePresentation = {
    shapes,
    slides: Object.keys(slides),
    selected: opts.selected ?? [],
    log,
    syncs: 0,
    isSet,
    async run(cb) {
      const queue: Array<() => void> = [];
      const slideObject = (id: string) => ({ id, shapes: model.collection(id, queue) });
      const loaded = <T, E extends object>(items: () => T[], extra: E) => {
        let ready = false;
        return Object.defineProperties(extra, {
          load: { value: () => void queue.push(() => (ready = true)) },
          items: {
            get() {
              if (!ready) throw Object.assign(new Error('PropertyNotLoaded: items'), { code: 'PropertyNotLoaded' });
              return items();
            },
          },
        });
      };
      const ctx = {
        presentation: {
          slides: loaded(() => p.slides.map(slideObject), {
            getItem(id: string) {
              if (!p.slides.includes(id)) throw Object.assign(new Error(`No slide ${id}`), { code: 'ItemNotFound' });
              return slideObject(id);
            },
          }),
          getSelectedSlides: () => loaded(() => p.selected.map((id) => ({ id })), {}),
          get pageSetup() {
            return model.pageSetup(queue);
          },
        },
        async sync() {
          p.syncs++;
          for (const f of queue.splice(0)) f();
        },
      };
      return cb(ctx as unknown as PowerPoint.RequestContext);
    },
  };
  return p;
}
