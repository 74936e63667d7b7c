import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import type { InsertUnit, UnitKind } from '../../../src/office/word-insert';
import { insertIntoWord, removeFromWord, type InsertReport, type InsertWhere } from './word-host';

export interface WordInsertState {
  report: InsertReport | null;
  where: InsertWhere | null;
  /** 'removed' after Remove took the block out; 'gone' when the user had deleted it already. */
  removal: 'removed' | 'gone' | null;
  /** What a special writer said it did (footnotes made…), shown instead of the plain "inserted". */
  message: string | null;
}

/** A writer of its own (a draft with web sources and footnotes); null: insert the Markdown as usual. */
export type SpecialWrite = (unit: InsertUnit, where: InsertWhere) => Promise<{ report: InsertReport; message: string } | null>;

const EMPTY: WordInsertState = { report: null, where: null, removal: null, message: null };

/** Insert into Word as one titled block, then offer to remove exactly that block. */
export function useWordInsert(kind: Exclude<UnitKind, 'agent'>) {
  const { t } = useApp();
  const [state, setState] = useState<WordInsertState>(EMPTY);
  const insert = useTask(async (_signal, md: string, where: InsertWhere, special?: SpecialWrite) => {
    setState(EMPTY);
    const unit = { kind, title: t(`word.unit.${kind}`) };
    const done = (special && (await special(unit, where))) ?? { report: await insertIntoWord(md, where, unit), message: null };
    setState({ report: done.report, where, removal: null, message: done.message });
  });
  const remove = useTask(async () => {
    const tag = state.report?.tag;
    if (!tag) return;
    const removed = await removeFromWord(tag);
    setState((s) => ({ ...s, removal: removed ? 'removed' : 'gone' }));
  });
  /** A new result replaces the notice about the last insertion. */
  const clear = () => setState(EMPTY);
  return { insert, remove, state, clear, title: t(`word.unit.${kind}`) };
}

export type WordInsert = ReturnType<typeof useWordInsert>;
