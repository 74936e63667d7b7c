import type { Box } from '../slides/types';
import type { DiagramLayout } from './types';

/** Where a diagram sits on a slide: its top left in inches and inches per layout point. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

/** A small diagram is enlarged at most this much, so three boxes do not fill the slide with 30 pt text. */
export const MAX_ZOOM = 1.4;

/** Scaled to fit `area` (never enlarged past MAX_ZOOM) and centred in it. */
export function placeDiagram(layout: DiagramLayout, area: Box): Placement {
  const scale = Math.min(area.w / layout.width, area.h / layout.height, MAX_ZOOM / 72);
  return { x: area.x + (area.w - layout.width * scale) / 2, y: area.y + (area.h - layout.height * scale) / 2, scale };
}
