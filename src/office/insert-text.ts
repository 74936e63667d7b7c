import { AppError } from '../errors';

export type InsertHost = 'word' | 'excel' | 'powerpoint';

export interface InsertContent {
  /** Plain text (Excel cell, PowerPoint text box). */
  text: string;
  /** Sanitized HTML (Word keeps headings, lists and bold). */
  html: string;
}

/** Word: after the selection (at the cursor when nothing is selected), so nothing is overwritten. */
export async function insertIntoWord(c: InsertContent): Promise<void> {
  await Word.run(async (context) => {
    const range = context.document.getSelection();
    range.insertHtml(c.html, 'After');
    await context.sync();
  });
}

/** Excel: into the selected cell, only when it is empty (the user's data is never overwritten). */
export async function insertIntoExcel(c: InsertContent): Promise<void> {
  await Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load(['values', 'formulas']);
    await context.sync();
    const v = cell.values[0][0] as unknown;
    if (v !== '' && v !== null && v !== undefined) throw new AppError('ask.insert.cellNotEmpty');
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

export function insertAnswer(host: InsertHost, c: InsertContent): Promise<void> {
  if (host === 'word') return insertIntoWord(c);
  if (host === 'excel') return insertIntoExcel(c);
  return insertIntoPowerPoint(c);
}
