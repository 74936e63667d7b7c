import type { Box } from './types';

// Boxes of every layout on the 13.333 × 7.5 in page. The masters in themes.ts use the same numbers for
// their placeholders, so a filled placeholder sits exactly where the fitter measured it.

export const MARGIN_X = 0.6;
export const CONTENT_W = 13.333 - 2 * MARGIN_X;
export const TITLE_BOX: Box = { x: MARGIN_X, y: 0.35, w: CONTENT_W, h: 1.1 };
export const BODY_BOX: Box = { x: MARGIN_X, y: 1.6, w: CONTENT_W, h: 5.1 };
export const FOOTER_Y = 6.95;

export const COL_GAP = 0.4;
export const COL_W = (CONTENT_W - COL_GAP) / 2;
export const COL_HEAD_H = 0.6;

export const TITLE_SLIDE = { title: { x: 0.9, y: 1.9, w: 11.5, h: 2.0 }, subtitle: { x: 0.9, y: 4.1, w: 11.5, h: 1.3 } };
export const SECTION_SLIDE = {
  kicker: { x: 0.9, y: 1.7, w: 4, h: 1.0 },
  title: { x: 0.9, y: 2.75, w: 11.5, h: 1.7 },
  subtitle: { x: 0.9, y: 4.55, w: 11.5, h: 1.2 },
};
export const CLOSING_SLIDE = { title: { x: 0.9, y: 2.3, w: 11.5, h: 1.6 }, subtitle: { x: 0.9, y: 4.0, w: 11.5, h: 1.0 } };

export const TITLE_SIZES = [32, 30, 28, 26, 24];
export const BODY_SIZES = [24, 22, 20, 18, 16];
export const TABLE_SIZES = [18, 16, 14, 12];
export const CODE_SIZES = [16, 14, 13, 12, 11];
