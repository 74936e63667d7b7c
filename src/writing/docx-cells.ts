import { message, type Message } from '../messages';

/**
 * Where a paragraph of a .docx sits when it is inside a table: the table's number in document order (a
 * table nested in a cell counts too), the row, and the grid column (a cell spanning two columns moves the
 * next one along by two, as Word numbers them). Read from word/document.xml's own tags.
 */
export interface CellPlace {
  table: number;
  row: number;
  column: number;
}

interface CellRange extends CellPlace {
  start: number;
  end: number;
}

const TAG = /<(\/?)w:(tbl|tr|tc)(?=[\s>/])[^>]*>/g;
const GRID_SPAN = /<w:gridSpan\s+w:val="(\d+)"/;

/** Every table cell of document.xml with the XML range it covers, innermost cells after their outer ones. */
function cellRanges(xml: string): CellRange[] {
  const cells: CellRange[] = [];
  let tables = 0;
  // One frame per open table: its number, its current row, and the next grid column in that row.
  const open: { table: number; row: number; column: number; cell: CellRange | null }[] = [];
  for (const m of xml.matchAll(TAG)) {
    const closing = m[1] === '/';
    const tag = m[2];
    const top = open[open.length - 1];
    if (tag === 'tbl') {
      if (closing) open.pop();
      else open.push({ table: ++tables, row: 0, column: 1, cell: null });
    } else if (tag === 'tr' && top && !closing) {
      top.row++;
      top.column = 1;
    } else if (tag === 'tc' && top) {
      if (closing) {
        if (top.cell) top.cell.end = m.index + m[0].length;
        top.cell = null;
        continue;
      }
      const props = /^[\s\S]*?(?=<w:p\b|<\/w:tc>)/.exec(xml.slice(m.index, m.index + 2000))?.[0] ?? '';
      const span = Number(GRID_SPAN.exec(props)?.[1] ?? 1) || 1;
      top.cell = { table: top.table, row: top.row, column: top.column, start: m.index, end: xml.length };
      cells.push(top.cell);
      top.column += span;
    }
  }
  return cells;
}

/** For XML offsets (each paragraph's start, in order): the innermost table cell holding it, or null. */
export function cellPlaces(xml: string, offsets: readonly number[]): (CellPlace | null)[] {
  const cells = cellRanges(xml);
  return offsets.map((at) => {
    let found: CellRange | null = null;
    for (const c of cells) if (c.start <= at && at < c.end) found = c;
    return found && { table: found.table, row: found.row, column: found.column };
  });
}

/** "表 2，第 3 行，第 1 列" / "Table 2, row 3, column 1", as data the pane and the CLI translate. */
export function cellMessage(p: CellPlace): Message {
  return message('word.proof.where.cell', { table: p.table, row: p.row, column: p.column });
}
