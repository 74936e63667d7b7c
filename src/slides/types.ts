import type { DiagramLayout } from '../diagram/types';
import type { TextRun } from '../markdown/inline-text';
import type { ChartData } from './chart-data';
import type { TemplateLook } from './template/types';

// The deck model: slides already laid out and fitted, in inches on a 13.333 × 7.5 (16:9) page.
// Both the pptxgenjs renderer and the pane's HTML preview draw exactly this, so the preview is faithful.

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;

export type DeckLang = 'zh' | 'en';
export type ThemeName = 'business' | 'china-red' | 'minimal' | 'dark';
export const THEME_NAMES: readonly ThemeName[] = ['business', 'china-red', 'minimal', 'dark'];

export type SlideLayout = 'title' | 'agenda' | 'section' | 'bullets' | 'twoColumn' | 'table' | 'chart' | 'code' | 'quote' | 'picture' | 'diagram' | 'closing';
/** One slide master (PowerPoint slide layout) per kind, defined per theme. */
export type MasterKind = 'TITLE' | 'SECTION' | 'CONTENT' | 'TITLE_ONLY' | 'CLOSING';

/**
 * The kinds of slide layout a user's template is asked for (its `<p:sldLayout type>` or placeholders
 * say which layout serves which); each deck slide names the kind it was laid out for.
 */
export type TemplateKind = 'title' | 'section' | 'bullets' | 'twoColumn' | 'comparison' | 'table' | 'picture' | 'titleOnly' | 'closing';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['title', 'section', 'bullets', 'twoColumn', 'comparison', 'table', 'picture', 'titleOnly', 'closing'];

/** Which placeholder of the slide's layout an element fills (templates); elements without one are free shapes. */
export type Slot = 'title' | 'subtitle' | 'body' | 'left' | 'right' | 'leftHead' | 'rightHead' | 'picture' | 'caption' | 'table';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Colour roles resolved by the theme, so the same model renders in every theme. */
export type ColorRole = 'title' | 'text' | 'muted' | 'accent' | 'onAccent' | 'codeText' | 'codeBg' | 'panel';

export interface Paragraph {
  runs: TextRun[];
  level: number;
  bullet: 'dot' | 'number' | 'none';
  /** Space before the paragraph at a 24 pt body size, in points (scaled with the font; part of the estimate). */
  spaceBeforePt: number;
  /** For numbered paragraphs: the number shown. */
  number?: number;
}

export interface TextElement {
  type: 'text';
  box: Box;
  paragraphs: Paragraph[];
  fontPt: number;
  color: ColorRole;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  /** Fills the master's placeholder of that name (so it is editable as title/body in PowerPoint). */
  placeholder?: 'title' | 'body';
  /** In a template deck: the layout placeholder this text goes into. */
  slot?: Slot;
  /** Bullet indent per level, in points. */
  indentPt: number;
  /** How many lines the fitter budgeted for; tests compare this with the box height. */
  lines: number;
}

export interface TableElement {
  type: 'table';
  box: Box;
  header: string[];
  rows: string[][];
  colW: number[];
  rowH: number[];
  fontPt: number;
  slot?: Slot;
}

export interface ImageElement {
  type: 'image';
  box: Box;
  /** A data URL (already resolved) or, when it could not be loaded, null: a labelled frame is drawn. */
  data: string | null;
  alt: string;
  slot?: Slot;
}

export interface ShapeElement {
  type: 'shape';
  box: Box;
  fill: ColorRole;
  rounded?: boolean;
}

/**
 * A Mermaid diagram drawn as native shapes and connectors in `box` (src/diagram). `layout` is filled in
 * before rendering (markdownToDeck lays every diagram out first); the preview lays it out itself.
 */
export interface DiagramElement {
  type: 'diagram';
  box: Box;
  source: string;
  layout?: DiagramLayout;
}

/** A native, editable PowerPoint chart (pptxgenjs addChart) of a table's numbers; the preview draws it as SVG. */
export interface ChartElement {
  type: 'chart';
  box: Box;
  chart: ChartData;
}

export type SlideElement = ChartElement | TextElement | TableElement | ImageElement | ShapeElement | DiagramElement;

export interface DeckSlide {
  layout: SlideLayout;
  master: MasterKind;
  /** The template layout kind this slide was laid out for. */
  kind: TemplateKind;
  /** In a template deck: the layout part the slide uses (ppt/slideLayouts/slideLayoutN.xml). */
  templateLayout?: string;
  /** Plain title as shown (with "(cont.)" on continuations). */
  title: string;
  elements: SlideElement[];
  notes: string;
  continued: boolean;
}

export interface Deck {
  title: string;
  lang: DeckLang;
  theme: ThemeName;
  footer: string;
  /** Page size in inches (13.333 × 7.5 for the built-in themes; a template's own size otherwise). */
  page: { w: number; h: number };
  slides: DeckSlide[];
  /** Set when the deck was laid out into a user's template: what the preview needs to draw it. */
  template?: DeckTemplate;
}

export interface DeckTemplate {
  name: string;
  /** Per layout part: colours, background picture and master pictures, for the preview. */
  looks: Record<string, TemplateLook>;
  /** CSS font stack from the theme's body fonts (Latin, then East Asian). */
  font: string;
}
