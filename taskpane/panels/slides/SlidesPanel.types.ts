import type { OutlineStyle, ThemeName } from '../../../src/slides';
import type { TemplateKind } from '../../../src/slides/types';
import type { SlideFormatting } from '../../../src/office/powerpoint';

export type SourceKind = 'topic' | 'document';
export type LangChoice = 'auto' | 'zh' | 'en';

export interface GenerateForm {
  source: SourceKind;
  topic: string;
  audience: string;
  slides: number;
  lang: LangChoice;
  style: OutlineStyle;
  deep: boolean;
  notes: boolean;
  /** 联网搜索 for a topic: sources picked by the user, cited on the slides, a sources slide at the end. */
  web: boolean;
  /** Document source: Word's selection or body; elsewhere pasted or opened text. */
  scope: 'selection' | 'body';
  docText: string;
  docName: string | null;
}

/** Where the slides' design comes from: a built-in theme, a template file, or (in PowerPoint) this presentation. */
export type DesignSource = 'theme' | 'file' | 'presentation';

export interface DeckChoices {
  theme: ThemeName;
  agenda: boolean;
  closing: boolean;
  formatting: SlideFormatting;
  design: DesignSource;
  keepTemplateSlides: boolean;
  /** Kind → layout number chosen in the template report (missing: automatic). */
  layouts: Partial<Record<TemplateKind, string>>;
}

export const DEFAULT_FORM: GenerateForm = {
  source: 'topic',
  topic: '',
  audience: '',
  slides: 8,
  lang: 'auto',
  style: 'professional',
  deep: false,
  notes: false,
  web: false,
  scope: 'selection',
  docText: '',
  docName: null,
};

export const DEFAULT_DECK: DeckChoices = {
  theme: 'business',
  agenda: true,
  closing: true,
  formatting: 'KeepSourceFormatting',
  design: 'theme',
  keepTemplateSlides: false,
  layouts: {},
};
