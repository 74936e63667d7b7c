import { describe, expect, it } from 'vitest';
import { layoutDiagram, parseMermaid } from '../../../src/diagram';
import { findDiagramSpot, placeOnSlide, type RoomShape } from '../../../src/diagram/slide-room';

// Where a diagram goes on a slide that already has content: the empty content placeholder first, else the
// largest free area between the shapes; never over a shape that shows something.

const FLOW = 'flowchart LR\n  A[申请] --> B[审批] --> C[付款]';
const shape = (name: string, left: number, top: number, width: number, height: number, extra: Partial<RoomShape> = {}): RoomShape => ({
  id: name,
  name,
  left,
  top,
  width,
  height,
  placeholder: null,
  empty: false,
  ...extra,
});
const title = shape('Title 1', 66, 29, 828, 105, { placeholder: 'Title' });
const meets = (a: { x: number; y: number; w: number; h: number }, s: RoomShape) =>
  a.x < s.left + s.width && s.left < a.x + a.w && a.y < s.top + s.height && s.top < a.y + a.h;

describe('the place for a diagram on a slide', () => {
  it('is the empty content placeholder, not the title', async () => {
    const layout = await layoutDiagram(parseMermaid(FLOW).diagram);
    const body = shape('Content Placeholder 2', 66, 144, 828, 344, { placeholder: 'Body', empty: true });
    const spot = findDiagramSpot({ width: 960, height: 540, shapes: [title, body] }, layout)!;
    expect(spot.source).toEqual({ placeholder: 'Content Placeholder 2' });
    expect(spot.area).toEqual({ x: 66, y: 144, w: 828, h: 344 });
    // Centred in it, and no larger than the placeholder.
    expect(spot.x + (layout.width * spot.scale) / 2).toBeCloseTo(66 + 828 / 2, 5);
    expect(layout.width * spot.scale).toBeLessThanOrEqual(828 + 1e-6);
  });

  it('is the free area beside a picture when the placeholder is covered or filled', async () => {
    const layout = await layoutDiagram(parseMermaid(FLOW).diagram);
    const body = shape('Content Placeholder 2', 66, 144, 828, 344, { placeholder: 'Body', empty: false });
    const picture = shape('Picture 3', 500, 150, 420, 340);
    const spot = findDiagramSpot(
      { width: 960, height: 540, shapes: [title, picture, shape('Body', 66, 144, 300, 40, { placeholder: 'Body', empty: true }), body] },
      layout,
    )!;
    expect(spot.source).toBe('free');
    for (const s of [title, picture]) expect(meets(spot.area, s)).toBe(false);
    expect(meets(spot.area, body)).toBe(false);
  });

  it('refuses a slide with no room, and one where the text would shrink below 8 pt', async () => {
    const layout = await layoutDiagram(parseMermaid(FLOW).diagram);
    expect(() => placeOnSlide({ width: 960, height: 540, shapes: [shape('Picture', 0, 0, 960, 540)] }, layout)).toThrow(
      expect.objectContaining({ key: 'diagram.error.slideFull' }),
    );
    const strip = shape('Picture', 0, 0, 960, 490);
    expect(() => placeOnSlide({ width: 960, height: 540, shapes: [strip] }, layout)).toThrow(
      expect.objectContaining({ key: 'diagram.error.slideTooFull', params: expect.objectContaining({ min: 8 }) }),
    );
  });
});
