import type { InsertReport, InsertUnit, InsertWhere, ReadScope } from '../../../src/office/word';
import type { ProofEdit } from '../../../src/writing/proofread-types';
import type { SourceState } from './WritingPanel.types';
import { EmptyInputError } from '../../../src/errors';
import { proofDocument, type ProofDocument } from '../../../src/writing/workflow';

// The Word adapter is loaded only inside Word, so the standalone page never touches Office globals.
const adapter = () => import('../../../src/office/word');

export async function sourceMarkdown(inWord: boolean, source: SourceState): Promise<string> {
  if (inWord) return (await adapter()).readDocumentAsMarkdown(source.scope);
  if (!source.text.trim()) throw new EmptyInputError();
  return source.text;
}

/** The document proofreading pins edits to: Word's paragraphs, or the pasted/opened file (src/writing/workflow.ts). */
export async function sourceDocument(inWord: boolean, source: SourceState): Promise<ProofDocument> {
  if (inWord) return { text: await (await adapter()).readDocumentText(source.scope), markdown: '', docx: null };
  return proofDocument(source.docx ? { docx: source.docx } : { markdown: source.text });
}

export async function insertIntoWord(md: string, where: InsertWhere, unit: InsertUnit): Promise<InsertReport> {
  return (await adapter()).insertMarkdown(md, where, unit);
}

/** Removes a block this pane inserted (found by its content control's tag); false when it is gone already. */
export async function removeFromWord(tag: string): Promise<boolean> {
  return (await import('../../../src/office/word-insert')).removeInsertedUnit(tag);
}

export async function applyInWord(edits: ProofEdit[], isSetSupported: (n: string, v: string) => boolean) {
  return (await adapter()).applyEdits(edits, isSetSupported);
}

export async function locateInWord(edits: ProofEdit[]) {
  return (await adapter()).locateEdits(edits);
}

export type { InsertReport, InsertWhere, ReadScope };
