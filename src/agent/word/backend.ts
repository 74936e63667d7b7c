// What the Word tools need from a document (src/office/agent-word.ts in the pane). Paragraphs are named by
// their index and the text they had when the model read them, so a change proposed against paragraph 12
// still lands on that paragraph after an insertion above it moved it down.
export interface WordParagraph {
  text: string;
  /** Built-in style name (Heading1, Normal, ListBullet…), or the style's own name for a custom style. */
  style: string;
  isListItem: boolean;
  inTable: boolean;
}

export interface ParaRef {
  /** 0-based index when the model saw it. */
  index: number;
  text: string;
}

export interface ReplaceRecord {
  /** The paragraph as it reads after the replacement. */
  para: ParaRef;
  original: string;
  replacement: string;
  /** Which occurrence of `replacement` in the paragraph is the one this change wrote (1-based). */
  occurrence: number;
  /** Written as a tracked change (WordApi 1.4), or directly. */
  tracked: boolean;
}

export interface StyleRecord {
  para: ParaRef;
  styleBuiltIn: string;
  style: string;
}

export interface WordBackend {
  paragraphs(): Promise<WordParagraph[]>;
  /** Replaces the n-th occurrence of `find` in a paragraph, as a tracked change where Word can. */
  replace(para: ParaRef, find: string, occurrence: number, replacement: string): Promise<ReplaceRecord>;
  /** Rejects the change's own revisions (WordApi 1.6), else writes the original text back. */
  undoReplace(r: ReplaceRecord): Promise<'rejected' | 'restored'>;
  /** Inserts Markdown as Word's own structures after a paragraph, wrapped as one tagged content control. */
  insertMarkdownAfter(
    para: ParaRef,
    markdown: string,
    kind: 'agent' | 'minutes' | 'draft',
    title: string,
  ): Promise<{ tag: string | null; method: 'native' | 'html' }>;
  removeInserted(tag: string): Promise<boolean>;
  /**
   * Inserts a picture (PNG, base64) in a paragraph of its own after a paragraph, with alt text, wrapped as
   * one tagged content control (removeInserted takes it out again); `size` is its natural size in CSS px.
   */
  insertPictureAfter(
    para: ParaRef,
    picture: { base64: string; width: number; height: number },
    altTitle: string,
    altDescription: string,
  ): Promise<{ tag: string | null }>;
  addComment(para: ParaRef, anchor: string | null, text: string): Promise<string>;
  deleteComment(id: string): Promise<void>;
  setStyle(para: ParaRef, style: string): Promise<StyleRecord>;
  restoreStyle(r: StyleRecord): Promise<void>;
}
