import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

// A .docx as Markdown: mammoth writes the document as HTML (Word's heading styles as <h1>…, lists, tables
// with colspan/rowspan), node-html-markdown writes that as Markdown, and tables are written here as GFM
// tables. mammoth's own Markdown writer put every table cell in a paragraph of its own, so a table
// reached slides, maps, minutes and proofreading as a column of loose lines.

const NHM_OPTIONS = { bulletMarker: '-', emDelimiter: '*', strongDelimiter: '**', maxConsecutiveNewlines: 2, useInlineLinks: true } as const;

function elements(n: Node, name: string): Element[] {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === name) out.push(c as Element);
  return out;
}

function rowsOf(table: Element): Element[] {
  // mammoth writes <tr> directly under <table>, or under <thead>/<tbody> for header rows.
  const direct = elements(table, 'tr');
  return [...elements(table, 'thead').flatMap((t) => elements(t, 'tr')), ...direct, ...elements(table, 'tbody').flatMap((t) => elements(t, 'tr'))];
}

type Translate = (html: string) => string;

/** One cell as one Markdown line: paragraphs joined with <br>, pipes escaped, a nested table flattened. */
function cellMarkdown(cell: Element, serialize: (n: Node) => string, translate: Translate): string {
  const parts: string[] = [];
  for (let c = cell.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName === 'table') {
      parts.push(
        ...rowsOf(c as Element)
          .map((r) =>
            [...elements(r, 'td'), ...elements(r, 'th')]
              .map((x) => (x.textContent ?? '').trim())
              .filter(Boolean)
              .join(' · '),
          )
          .filter(Boolean),
      );
    } else {
      const md = translate(serialize(c)).trim();
      if (md)
        parts.push(
          ...md
            .split(/\n+/)
            .map((l) => l.trim())
            .filter(Boolean),
        );
    }
  }
  return parts.join('<br>').replace(/\|/g, '\\|');
}

/** A table as GFM: merged cells expanded (a row-spanning value repeats down its rows; a column span leaves the cells it covers empty). */
export function tableMarkdown(table: Element, serialize: (n: Node) => string, translate: Translate): string {
  const grid: string[][] = [];
  const pending: { col: number; left: number; text: string }[] = [];
  for (const tr of rowsOf(table)) {
    const row: string[] = [];
    const cells: Element[] = [];
    for (let c = tr.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && /^t[dh]$/.test((c as Element).localName)) cells.push(c as Element);
    let col = 0;
    const fill = () => {
      for (let p = pending.find((x) => x.col === col && x.left > 0); p; p = pending.find((x) => x.col === col && x.left > 0)) {
        row[col++] = p.text;
        p.left--;
      }
    };
    for (const cell of cells) {
      fill();
      const text = cellMarkdown(cell, serialize, translate);
      const span = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      const down = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      for (let k = 0; k < span; k++) {
        if (down > 1) pending.push({ col: col + k, left: down - 1, text: k === 0 ? text : '' });
        row[col + k] = k === 0 ? text : '';
      }
      col += span;
    }
    fill();
    grid.push(row);
  }
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (width === 0 || grid.every((r) => r.every((c) => !c))) return '';
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  return [line(grid[0]), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...grid.slice(1).map(line)].join('\n');
}

/** mammoth's HTML → Markdown, tables as GFM tables. */
export async function docxHtmlToMarkdown(html: string): Promise<string> {
  const { NodeHtmlMarkdown } = await import('node-html-markdown');
  const nhm = new NodeHtmlMarkdown(NHM_OPTIONS);
  const translate: Translate = (h) => nhm.translate(h);
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(
    `<body>${html}</body>`,
    'text/html',
  );
  const body = doc.documentElement;
  if (!body) return translate(html);
  const serializer = new XMLSerializer();
  const serialize = (n: Node) => serializer.serializeToString(n);
  const tables: string[] = [];
  for (const table of elements(body, 'table')) {
    const md = tableMarkdown(table, serialize, translate);
    const marker = doc.createElement('p');
    marker.appendChild(doc.createTextNode(`DSPLUSTABLE${tables.length}X`));
    body.replaceChild(marker, table);
    tables.push(md);
  }
  let inner = '';
  for (let c = body.firstChild; c; c = c.nextSibling) inner += serialize(c);
  return translate(inner).replace(/DSPLUSTABLE(\d+)X/g, (_m, i: string) => tables[Number(i)]);
}
