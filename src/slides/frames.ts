import {
  BODY_BOX,
  BODY_SIZES,
  CLOSING_SLIDE,
  CODE_SIZES,
  COL_GAP,
  COL_HEAD_H,
  COL_W,
  MARGIN_X,
  SECTION_SLIDE,
  TABLE_SIZES,
  TITLE_BOX,
  TITLE_SIZES,
  TITLE_SLIDE,
} from './geometry';
import type { Box } from './types';
import { SLIDE_H, SLIDE_W } from './types';

// Where each kind of slide puts its text and objects, and the font sizes the fitter may try there.
// The built-in themes have one fixed set (geometry.ts); a user's template gives another, read from its
// layouts' placeholders (template/template-frames.ts). The layout code (layout-slides.ts,
// layout-media.ts) reads only these frames, so fitting, continuation and the no-truncation rules are
// one code path for both.

export interface TextFrame {
  box: Box;
  /** Sizes to try, largest first; the last is the floor (then text continues on a "(cont.)" slide). */
  sizes: number[];
}

export interface SlideFrames {
  page: { w: number; h: number };
  /** Our own accents (a band behind column headings, a bar beside quotes, a panel behind code): the
   * built-in themes draw them; a template's design is its own, so they are left out there. */
  decorate: boolean;
  title: { title: TextFrame; subtitle: TextFrame };
  /** `kicker`: the big section number some designs show ("02"); templates bring their own design. */
  section: { title: TextFrame; subtitle: TextFrame | null; kicker: Box | null };
  closing: { title: TextFrame; subtitle: TextFrame };
  bullets: { title: TextFrame; body: TextFrame; agendaSizes: number[] };
  /** Tables, code and pictures that have no placeholder of their own: the area under a title. */
  free: { title: TextFrame; area: Box };
  table: { title: TextFrame; area: Box; sizes: number[]; paginatedPt: number };
  code: { sizes: number[] };
  quote: { box: Box; bar: Box | null; sizes: number[] };
  /** Two columns side by side; null when the template has no layout for them (→ one column). */
  columns: { title: TextFrame; left: Box; right: Box } | null;
  /** Two columns each under a heading; null → headings become the first line of each column. */
  comparison: { title: TextFrame; heads: [Box, Box]; left: Box; right: Box; headSizes: number[] } | null;
  /**
   * A picture with text beside it, and a picture alone. `inPlaceholder`: the template has a picture
   * layout, so the picture fills its picture placeholder and the text (or the caption) its text
   * placeholder; otherwise the caption is a line under the picture.
   */
  picture: { title: TextFrame; picture: Box; text: TextFrame | null; alone: Box; inPlaceholder: boolean };
}

const headed = BODY_BOX.y + COL_HEAD_H + 0.1;
const column = (x: number, top: number): Box => ({ x, y: top, w: COL_W, h: BODY_BOX.y + BODY_BOX.h - top });

/** The four built-in themes: exactly the boxes their slide masters draw (geometry.ts). */
export const THEME_FRAMES: SlideFrames = {
  page: { w: SLIDE_W, h: SLIDE_H },
  decorate: true,
  title: { title: { box: TITLE_SLIDE.title, sizes: [44, 40, 36, 32, 28] }, subtitle: { box: TITLE_SLIDE.subtitle, sizes: [24, 22, 20, 18, 16] } },
  section: {
    title: { box: SECTION_SLIDE.title, sizes: [40, 36, 32, 28] },
    subtitle: { box: SECTION_SLIDE.subtitle, sizes: [22, 20, 18, 16] },
    kicker: SECTION_SLIDE.kicker,
  },
  closing: { title: { box: CLOSING_SLIDE.title, sizes: [48, 44, 40, 36] }, subtitle: { box: CLOSING_SLIDE.subtitle, sizes: [24, 22, 20, 18] } },
  bullets: { title: { box: TITLE_BOX, sizes: TITLE_SIZES }, body: { box: BODY_BOX, sizes: BODY_SIZES }, agendaSizes: [28, 26, 24, ...BODY_SIZES.slice(1)] },
  free: { title: { box: TITLE_BOX, sizes: TITLE_SIZES }, area: BODY_BOX },
  table: { title: { box: TITLE_BOX, sizes: TITLE_SIZES }, area: BODY_BOX, sizes: TABLE_SIZES, paginatedPt: 14 },
  code: { sizes: CODE_SIZES },
  quote: { box: { x: 1.4, y: 1.9, w: 10.5, h: 4.2 }, bar: { x: 1.0, y: 1.9, w: 0.12, h: 4.2 }, sizes: [32, 28, 26, 24, 22, 20] },
  columns: { title: { box: TITLE_BOX, sizes: TITLE_SIZES }, left: column(MARGIN_X, BODY_BOX.y), right: column(MARGIN_X + COL_W + COL_GAP, BODY_BOX.y) },
  comparison: {
    title: { box: TITLE_BOX, sizes: TITLE_SIZES },
    heads: [
      { x: MARGIN_X, y: BODY_BOX.y, w: COL_W, h: COL_HEAD_H },
      { x: MARGIN_X + COL_W + COL_GAP, y: BODY_BOX.y, w: COL_W, h: COL_HEAD_H },
    ],
    left: column(MARGIN_X, headed),
    right: column(MARGIN_X + COL_W + COL_GAP, headed),
    headSizes: [24, 22, 20, 18, 16],
  },
  picture: {
    title: { box: TITLE_BOX, sizes: TITLE_SIZES },
    picture: { x: MARGIN_X + 5.4 + COL_GAP, y: BODY_BOX.y, w: BODY_BOX.w - 5.4 - COL_GAP, h: BODY_BOX.h },
    text: { box: { x: MARGIN_X, y: BODY_BOX.y, w: 5.4, h: BODY_BOX.h }, sizes: BODY_SIZES.slice(1) },
    alone: BODY_BOX,
    inPlaceholder: false,
  },
};
