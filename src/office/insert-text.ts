import { AppError } from '../errors';
import type { Message } from '../messages';
import { isFormulaLike } from '../sheets/formula-guard';

export type InsertHost = 'word' | 'excel' | 'powerpoint';

export interface InsertContent {
  /** Plain text (Excel cell, PowerPoint text box). */
  text: string;
  /** The answer as Markdown: Word builds its own headings, lists and tables from it. */
  markdown: string;
  /** The title on the Word block's frame, in the user's language. */
  wordTitle: string;
}

/**
 * Word: after the selection, as one titled block (src/office/word-insert), so nothing is overwritten.
 * Returns what the user should know, such as the HTML fallback's notice.
 */
export async function insertIntoWord(c: InsertContent): Promise<Message[]> {
  // The writer (and the Markdown core) load on the first insert, not with the Ask panel.
  const { insertMarkdownUnit } = await import('./word-insert');
  const report = await insertMarkdownUnit(c.markdown, 'afterSelection', { kind: 'answer', title: c.wordTitle });
  return report.notices;
}

/** Excel: into the selected cell, only when it is empty (the user's data is never overwritten). */
export async function insertIntoExcel(c: InsertContent): Promise<void> {
  await Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load(['values', 'formulas']);
    await context.sync();
    const v = cell.values[0][0] as unknown;
    if (v !== '' && v !== null && v !== undefined) throw new AppError('ask.insert.cellNotEmpty');
    // An answer is model text: one starting "=" or "+" goes in as text, never as a formula.
    if (isFormulaLike(c.text)) cell.numberFormat = [['@']];
    cell.values = [[c.text]];
    cell.format.wrapText = true;
    await context.sync();
  });
}

/** PowerPoint: a new text box on the current slide (PowerPointApi 1.4). */
export async function insertIntoPowerPoint(c: InsertContent): Promise<void> {
  if (!Office.context.requirements.isSetSupported('PowerPointApi', '1.4')) throw new AppError('ask.insert.needsApi', { api: 'PowerPointApi 1.4' });
  await PowerPoint.run(async (context) => {
    const selected = context.presentation.getSelectedSlides();
    selected.load('items');
    await context.sync();
    let slide = selected.items[0];
    if (!slide) {
      const all = context.presentation.slides;
      all.load('items');
      await context.sync();
      slide = all.items[0];
    }
    if (!slide) throw new AppError('ask.insert.noSlide');
    slide.shapes.addTextBox(c.text, { left: 40, top: 80, width: 640, height: 360 });
    await context.sync();
  });
}

/** Inserts an answer into the host; returns notices for the user (none from Excel and PowerPoint). */
export async function insertAnswer(host: InsertHost, c: InsertContent): Promise<Message[]> {
  if (host === 'word') return insertIntoWord(c);
  if (host === 'excel') await insertIntoExcel(c);
  else await insertIntoPowerPoint(c);
  return [];
}
