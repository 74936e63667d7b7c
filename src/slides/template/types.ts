import type { Palette } from '../themes';
import type { Box } from '../types';

// What the template reader learns about a user's .pptx/.potx: its page, masters, layouts and the
// placeholders on them (geometry and text size resolved through layout → master inheritance), theme
// fonts, and enough of its look (colours, background, pictures on the master) to draw thumbnails.

export interface PlaceholderInfo {
  /** `<p:ph type>`; 'obj' when the attribute is absent (the schema default). */
  type: string;
  /** `<p:ph idx>`; 0 when absent. Slides refer to the layout's placeholder by type and idx. */
  idx: number;
  /** Whether the layout's `<p:ph>` wrote the type / idx (a slide's ph copies exactly what the layout wrote). */
  typeWritten: boolean;
  idxWritten: boolean;
  name: string;
  /** Inches on the page, inherited from the master when the layout does not say. */
  box: Box;
  /** Level-1 text size in points (layout list style → master placeholder → master text styles → 18). */
  fontPt: number;
  /** Text insets in points. */
  insets: { l: number; t: number; r: number; b: number };
  /** Vertical text (vert="eaVert", "vert270"…): never used for our text. */
  vertical: boolean;
  /** How its text sits (inherited like the rest), for thumbnails. */
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  /** Text the placeholder itself holds (a footer a brand fixed on the layout), else ''. */
  text: string;
}

export interface TemplateLook {
  palette: Palette;
  /** A picture filling the background (data URL) when the master or layout has one we can show. */
  backgroundImage: string | null;
  /** Pictures the master and layout draw on every slide (logos, bands), for thumbnails. */
  decor: Array<{ box: Box; data: string }>;
}

export interface LayoutInfo {
  /** Part name, e.g. ppt/slideLayouts/slideLayout2.xml: the layout a slide's relationship points at. */
  key: string;
  /** 1-based position over all masters, as the report lists them (usable in --layout kind=3). */
  number: number;
  name: string;
  /** ST_SlideLayoutType (title, obj, secHead, twoObj, twoTxTwoObj, titleOnly, picTx…); 'cust' when absent. */
  type: string;
  /** Index into TemplateInfo.masters. */
  master: number;
  placeholders: PlaceholderInfo[];
  look: TemplateLook;
}

export interface MasterInfo {
  key: string;
  name: string;
  layouts: string[];
}

export interface TemplateFonts {
  /** Theme heading and body fonts: Latin and East Asian typefaces ('' when the theme leaves them empty). */
  majorLatin: string;
  minorLatin: string;
  majorEa: string;
  minorEa: string;
  /** The theme's per-script font for Simplified Chinese (what PowerPoint uses when ea is empty). */
  hans: string;
}

export type TemplateFormat = 'pptx' | 'potx' | 'pptm' | 'potm' | 'ppsx' | 'ppsm';

export interface TemplateInfo {
  /** How the file is named in messages. */
  file: string;
  format: TemplateFormat;
  /** Page size in inches. */
  page: { w: number; h: number };
  masters: MasterInfo[];
  layouts: LayoutInfo[];
  fonts: TemplateFonts;
  /** Slides already in the template (example slides); dropped unless kept. */
  exampleSlides: number;
  /** The template carried macros (vbaProject) or a ribbon customisation; they were left out. */
  macrosRemoved: boolean;
}
