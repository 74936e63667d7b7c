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
}
