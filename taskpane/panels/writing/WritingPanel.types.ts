import type { ReadScope } from '../../../src/office/word';

/** Where the text comes from: the open document (scope) in Word, pasted or opened text in standalone mode. */
export interface SourceState {
  scope: ReadScope;
  text: string;
  fileName: string | null;
  /** The opened .docx itself, so proofreading can write its corrections back into it in place. */
  docx: Uint8Array | null;
}

export type WritingTab = 'minutes' | 'draft' | 'proofread' | 'rewrite';
