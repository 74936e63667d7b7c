// Real input: Word files made by Microsoft Word for other projects' test suites (tests/fixtures/real/SOURCES.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputAsMarkdown } from '../../src/writing/read-input';
import { mindTreeFromMarkdown } from '../../src/mindmap/from-markdown';
import { outlineFromMarkdown } from '../../src/outline/from-markdown';

const docx = (name: string) => readInputAsMarkdown(name, new Uint8Array(readFileSync(new URL(`../fixtures/real/docx/${name}`, import.meta.url))));
const tables = (md: string) => md.split(/\n{2,}/).filter((b) => /^\|.*\|\n\| --- /.test(b));

describe('tables in a .docx come through as Markdown tables', () => {
  it("Word's 2×2 table between two paragraphs is one table, not four loose lines", async () => {
    const md = await docx('mammoth-tables.docx');
    expect(md).toBe('Above\n\n| Top left | Top right |\n| --- | --- |\n| Bottom left | Bottom right |\n\nBelow');
  });

  it('merged cells keep every row the same width: a row span repeats its value, a column span leaves its cells empty', async () => {
    const md = await docx('python-docx-merged-cells.docx');
    const all = tables(md);
    expect(all).toHaveLength(4);
    for (const t of all) for (const row of t.split('\n')) expect(row.split(' | ')).toHaveLength(3);
    // Row 2 of the second table: "4" spans two columns. Rows 2–3 of the third: "5" spans two rows.
    expect(all[1].split('\n')[2]).toBe('| 4 |  | 6 |');
    expect(all[2].split('\n').slice(2)).toEqual(['| 4 | 5 | 6 |', '| 7 | 5 | 9 |']);
  });

  it('a table nested in a cell is kept inside that cell; empty tables are dropped', async () => {
    const md = await docx('python-docx-nested-table.docx');
    expect(tables(md)).toEqual(['| Text before<br>Table<br>Between<br>Text after |\n| --- |']);
    expect(md).not.toMatch(/\|\s+\|\s+\|/);
  });

  it('slides get a table slide and maps keep the table in a note, not one topic per cell', async () => {
    const md = `# Report\n\n## Figures\n\n${await docx('mammoth-tables.docx')}`;
    const outline = outlineFromMarkdown(md).value;
    const figures = outline.root.children.find((c) => c.title === 'Figures');
    expect(figures?.blocks.find((b) => b.kind === 'table')).toEqual({
      kind: 'table',
      header: ['Top left', 'Top right'],
      rows: [['Bottom left', 'Bottom right']],
    });
    const { root } = mindTreeFromMarkdown(md);
    const titles: string[] = [];
    const walk = (n: { title: string; children: { title: string; children: never[] }[] }) => {
      titles.push(n.title);
      n.children.forEach(walk as never);
    };
    walk(root as never);
    expect(titles).not.toContain('Top left');
  });
});
