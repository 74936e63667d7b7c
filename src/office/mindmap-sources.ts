// Where the mind map reads the open document from, per host. Each function wraps one host run and
// returns Markdown the map parser reads; the shaping itself is in src/mindmap/host-outlines.ts.
import { sheetToMarkdown, slidesToMarkdown, type SlideText } from '../mindmap/host-outlines';
import { hostSourceEmpty, hostSourceUnsupported } from '../mindmap/errors';
import { readDocumentAsMarkdown, type ReadScope } from './word';
import { loadChildren } from './load-children';

/** Rows and columns read from a sheet: enough for its headings and their typical values. */
const MAX_ROWS = 2000;
const MAX_COLS = 60;

const supported = (name: string, version: string) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);

/** Word: the selection or the whole body, with heading levels and lists (the Word adapter's reader). */
export function readWordForMap(scope: ReadScope): Promise<string> {
  return readDocumentAsMarkdown(scope);
}

/** Excel: the active sheet's column headings and what each column holds. */
export async function readSheetForMap(): Promise<string> {
  if (!supported('ExcelApi', '1.1')) throw hostSourceUnsupported('excel');
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) throw hostSourceEmpty('sheet');
    const part = used.getCell(0, 0).getResizedRange(Math.min(used.rowCount, MAX_ROWS) - 1, Math.min(used.columnCount, MAX_COLS) - 1);
    part.load('values');
    await context.sync();
    const md = sheetToMarkdown(sheet.name, part.values as (string | number | boolean)[][]);
    if (!md) throw hostSourceEmpty('sheet');
    return md;
  });
}

/** PowerPoint shape types that can hold text. */
const TEXT_SHAPES = new Set(['GeometricShape', 'TextBox', 'Placeholder', 'Callout']);

/** PowerPoint: each slide's title and text, in order. Needs PowerPointApi 1.4 (shape text). */
export async function readSlidesForMap(deckTitle: string): Promise<string> {
  if (!supported('PowerPointApi', '1.4')) throw hostSourceUnsupported('powerpoint');
  const placeholders = supported('PowerPointApi', '1.8');
  return PowerPoint.run(async (context) => {
    const { children: perSlide } = await loadChildren(context, context.presentation.slides, 'items', (slide) => slide.shapes, 'items/name,items/type');
    const texts = perSlide.map((shapes) =>
      shapes.items
        .filter((s) => TEXT_SHAPES.has(String(s.type)))
        .map((s) => {
          const range = s.textFrame.textRange;
          range.load('text');
          const ph = placeholders && String(s.type) === 'Placeholder' ? s.placeholderFormat : null;
          ph?.load('type');
          return { name: s.name, range, ph };
        }),
    );
    await context.sync();
    const out: SlideText[] = texts.map((shapes) => {
      const isTitle = (s: (typeof shapes)[number]) => (s.ph ? /title/i.test(String(s.ph.type)) : /^title/i.test(s.name));
      const title = shapes.find(isTitle) ?? shapes[0];
      const paragraphs = shapes.filter((s) => s !== title).flatMap((s) => s.range.text.split(/\r\n?|\n|\v/));
      return { title: (title?.range.text ?? '').replace(/\s+/g, ' ').trim(), paragraphs };
    });
    const md = slidesToMarkdown(deckTitle || out.find((s) => s.title)?.title || '', out);
    if (!md) throw hostSourceEmpty('deck');
    return md;
  });
}
