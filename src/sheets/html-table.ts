// A table copied from a web page or Word arrives on the clipboard as HTML beside its plain text, and the
// HTML says what the text cannot: which cells span several columns or rows, and which rows are headers.
// Read from a parsed document (the pane's DOMParser, which is inert: nothing in it runs or loads), the
// first <table> becomes a grid of cell texts with spans expanded; the paste falls back to the text.

/** One cell as the HTML has it. */
export interface HtmlCell {
  text: string;
  colSpan: number;
  /** 0 means "to the end of the table", as in HTML. */
  rowSpan: number;
  header: boolean;
}

/** Largest spans HTML itself allows: anything beyond is a page's mistake, not a wider table. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Cells as the page shows them: a cell spanning columns or rows fills each of them with its text, and
 * header rows at the top (rows of <th> only) become one header row, their texts joined per column
 * ("Total area / sq mi"). Returns rows of equal width.
 */
export function gridFromCells(rows: readonly (readonly HtmlCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r][c]) c++;
      const down = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, cell.rowSpan), MAX_ROWSPAN);
      const across = Math.min(Math.max(1, cell.colSpan), MAX_COLSPAN);
      for (let i = r; i < Math.min(rows.length, r + down); i++) {
        for (let j = c; j < c + across; j++) {
          grid[i][j] = cell.text;
          taken[i][j] = true;
        }
      }
      c += across;
    }
  });
  // Leading rows made only of header cells: one header, read top to bottom.
  let heads = 0;
  while (heads < rows.length - 1 && rows[heads].length > 0 && rows[heads].every((c) => c.header)) heads++;
  // As wide as the data: a header cell spanning past the last data column (a page's miscount) adds none.
  const widest = (from: string[][]) => Math.max(0, ...from.map((g) => g.length));
  const width = heads > 0 && heads < rows.length ? Math.min(widest(grid), widest(grid.slice(heads))) : widest(grid);
  const full = grid.map((g) => Array.from({ length: width }, (_v, j) => g[j] ?? ''));
  if (heads < 2) return full.filter((row) => row.some((v) => v !== ''));
  const header = Array.from({ length: width }, (_v, j) => [...new Set(full.slice(0, heads).map((row) => row[j]))].filter((v) => v !== '').join(' / '));
  return [header, ...full.slice(heads).filter((row) => row.some((v) => v !== ''))];
}

/** Elements whose text a reader does not see: hidden inline, MediaWiki's sort keys (hidden by the site's stylesheet), code. */
const HIDDEN = '[style*="display:none" i], [style*="display: none" i], [hidden], .sortkey, script, style, template, noscript';

/** A cell's text as it reads: line breaks kept, other white space (and &nbsp;) one space. */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll(HIDDEN).forEach((e) => e.remove());
  copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  copy.querySelectorAll('p, div, li').forEach((block) => block.append('\n'));
  return (copy.textContent ?? '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** A span attribute as HTML reads it: a number (0 only where `zero` allows it), anything else 1. */
function span(value: string | null, zero = 1): number {
  const n = parseInt(value ?? '', 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 ? zero : n;
}

/** The first table in a parsed HTML document, as a grid, or null when there is none (or it is empty). */
export function readHtmlTable(doc: ParentNode): string[][] | null {
  const table = doc.querySelector('table');
  if (!table) return null;
  // The table's own rows (header, bodies, footer), not those of a table nested in a cell.
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const cells = rows.map((tr) =>
    [...tr.children]
      .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .map((c): HtmlCell => ({
        text: cellText(c),
        colSpan: span(c.getAttribute('colspan')),
        rowSpan: span(c.getAttribute('rowspan'), 0),
        header: c.tagName === 'TH',
      })),
  );
  const grid = gridFromCells(cells);
  return grid.length ? grid : null;
}
