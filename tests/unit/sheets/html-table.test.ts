// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridFromCells, readHtmlTable } from '../../../src/sheets/html-table';
import { parsePastedTable } from '../../../src/sheets/paste-table';

// A table copied from a web page or Word: the clipboard's text/html, parsed as the pane parses it (DOMParser).
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const WIKI = readFileSync(resolve('tests/fixtures/real/sheets/wikipedia-us-area-table.html'), 'utf8');

describe('a table pasted from a web page (text/html)', () => {
  it('a real Wikipedia table: the spanning header rows become one header, hidden sort keys and &nbsp; do not show', () => {
    // The page's first header row spans 12 columns (its "Water" spans 4 over 3); the data has 11, and so does the table.
    const grid = readHtmlTable(parse(WIKI))!;
    expect(grid[0]).toEqual([
      'State/territory',
      'Total area[2] / Rank',
      'Total area[2] / sq mi',
      'Total area[2] / km²',
      'Land area[2] / Rank',
      'Land area[2] / sq mi',
      'Land area[2] / km²',
      'Land area[2] / % land',
      'Water[2] / sq mi',
      'Water[2] / km²',
      'Water[2] / % water',
    ]);
    expect(grid.slice(1)).toEqual([
      ['Alaska', '1', '665,384.04', '1,723,337', '1', '570,640.95', '1,477,953', '85.76%', '94,743.10', '245,384', '14.24%'],
      ['Texas', '2', '268,596.46', '695,662', '2', '261,231.71', '676,587', '97.26%', '7,364.75', '19,075', '2.74%'],
      ['California', '3', '163,694.74', '423,967', '3', '155,779.22', '403,466', '95.16%', '7,915.52', '20,501', '4.84%'],
    ]);
    const { table, format } = parsePastedTable('State/territory\tRank\n(the plain-text form)', grid);
    expect(format).toBe('html');
    expect(table.rows).toHaveLength(3);
    expect(table.headers).toHaveLength(11);
  });

  it('rowspan and colspan fill every cell they cover, as the page shows them', () => {
    const html = `<meta charset="utf-8"><table>
      <thead><tr><th>区域</th><th>城市</th><th colspan="2">销售额</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">华东</td><td>上海</td><td>120</td><td>万元</td></tr>
        <tr><td>杭州<br>（含萧山）</td><td colspan="2">暂无</td></tr>
        <tr><td>华北</td><td>北京</td><td>80</td><td>万元</td></tr>
      </tbody></table>`;
    expect(readHtmlTable(parse(html))).toEqual([
      ['区域', '城市', '销售额', '销售额'],
      ['华东', '上海', '120', '万元'],
      ['华东', '杭州\n（含萧山）', '暂无', '暂无'],
      ['华北', '北京', '80', '万元'],
    ]);
  });

  it('takes the first table only, not a table nested in a cell nor a later one; no table is null', () => {
    const html =
      '<p>intro</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><table><tr><td>x</td></tr></table></td></tr></table><table><tr><td>later</td></tr></table>';
    expect(readHtmlTable(parse(html))).toEqual([
      ['a', 'b'],
      ['1', 'x'],
    ]);
    expect(readHtmlTable(parse('<p>no table here</p>'))).toBeNull();
  });

  it('spans HTML does not allow are read as HTML reads them; rowspan="0" runs to the end', () => {
    const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan, header: false });
    expect(gridFromCells([[cell('a', 1, 0), cell('b')], [cell('c')], [cell('d')]])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
    ]);
    expect(readHtmlTable(parse('<table><tr><td colspan="x">a</td><td rowspan="-2">b</td></tr><tr><td>c</td><td>d</td></tr></table>'))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('an HTML form that is no table (one cell) falls back to the plain text', () => {
    const { format } = parsePastedTable('Name\tAge\nAda\t36', readHtmlTable(parse('<table><tr><td>just one cell</td></tr></table>')));
    expect(format).toBe('tsv');
  });
});
