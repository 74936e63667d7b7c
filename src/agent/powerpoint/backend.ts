import type { SlideRoom } from '../../diagram/slide-room';
import type { SlideShape } from '../../diagram/slide-shapes';

// What the PowerPoint tools need from a presentation (src/office/agent-powerpoint.ts in the pane).
export interface ShapeText {
  id: string;
  name: string;
  text: string;
}

export interface SlideInfo {
  id: string;
  shapes: ShapeText[];
}

export interface SlidesBackend {
  /** Every slide in order, with the text of each shape that has text. */
  listSlides(): Promise<SlideInfo[]>;
  /** Inserts the slides of a .pptx (base64) after the slide with this id (null: at the start); returns the new slides' ids. */
  insertSlides(afterId: string | null, base64: string): Promise<string[]>;
  deleteSlides(ids: string[]): Promise<void>;
  /** Sets a shape's text and returns what it was. */
  setShapeText(slideId: string, shapeId: string, text: string): Promise<string>;
  /** The slide's size and where its shapes are (points), for placing a diagram in its free area. */
  slideRoom(slideId: string): Promise<SlideRoom>;
  /** Adds shapes to the slide; returns the ids that deleteShapes takes to remove exactly them. */
  addShapes(slideId: string, shapes: SlideShape[], name: string): Promise<string[]>;
  deleteShapes(slideId: string, ids: string[]): Promise<void>;
}
