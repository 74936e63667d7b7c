import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readCsv, toCsv } from '../../../src/sheets/read-csv';
import { readTable } from '../../../src/sheets/read-table';
import { readXlsx, writeXlsx } from '../../../src/sheets/xlsx';
import { uniqueSheetName } from '../../../src/sheets/sheet-name';
import type { Table } from '../../../src/sheets/table';

const enc = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
  it('reads UTF-8 with and without a BOM, keeping codes as text', async () => {
    for (const text of ['\uFEFF编码,金额\n007,1\n', '编码,金额\r\n007,1\r\n']) {
      const r = await readCsv(enc(text));
      expect(r.table).toEqual({ headers: ['编码', '金额'], rows: [['007', '1']] });
      expect(r.encoding).toBe('utf-8');
    }
  });
  it('detects GBK', async () => {
    const r = await readCsv(iconv.encode('客户,地区\n张三,华东\n', 'gbk'));
    expect(r.encoding).toBe('gbk');
    expect(r.table.rows[0]).toEqual(['张三', '华东']);
  });
  it('names blank and duplicate headers and pads short rows', async () => {
    const r = await readCsv(enc('a,,a\n1\n'));
    expect(r.table.headers).toEqual(['a', 'Column 2', 'a (2)']);
    expect(r.table.rows[0]).toEqual(['1', null, null]);
  });
  it('writes quoted CSV with a BOM that reads back the same', async () => {
    const t: Table = {
      headers: ['名称', '说明'],
      rows: [
        ['a,b', '他说"好"'],
        [1.5, null],
      ],
    };
    const csv = toCsv(t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect((await readCsv(enc(csv))).table.rows).toEqual([
      ['a,b', '他说"好"'],
      ['1.5', null],
    ]);
  });
});

describe('.xlsx', () => {
  it('round-trips numbers, text, booleans and blanks through exceljs', async () => {
    const t: Table = {
      headers: ['日期', '金额', '编码', '有效'],
      rows: [
        ['2024-01-05', 12.5, '007', true],
        [null, -3, 'x', false],
      ],
    };
    const bytes = await writeXlsx([
      { name: '结果', table: t },
      { name: 'Change log', table: { headers: ['#'], rows: [[1]] } },
    ]);
    const r = await readXlsx(bytes);
    expect(r.sheets).toEqual(['结果', 'Change log']);
    expect(r.table).toEqual(t);
  });
  it('is recognised by content whatever the extension', async () => {
    const bytes = await writeXlsx([{ name: 'S', table: { headers: ['a'], rows: [[1]] } }]);
    expect((await readTable('export.csv', bytes)).table.rows).toEqual([[1]]);
  });
  it('explains an old .xls', async () => {
    await expect(readTable('old.xls', enc('junk'))).rejects.toMatchObject({ key: 'sheets.error.unreadable' });
  });
});

describe('uniqueSheetName', () => {
  it('keeps names unique, ≤ 31 characters and free of [ ] : * ? / \\', () => {
    expect(uniqueSheetName('销售', ['Sheet1'])).toBe('销售');
    expect(uniqueSheetName('销售', ['销售', '销售 2'])).toBe('销售 3');
    expect(uniqueSheetName('Sales', ['sales'])).toBe('Sales 2');
    const long = uniqueSheetName('a/b:c*d?e[f]g\\h'.repeat(4), []);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    const taken = 'x'.repeat(31);
    expect(uniqueSheetName(taken, [taken])).toBe(`${'x'.repeat(29)} 2`);
    expect(uniqueSheetName('   ', [])).toBe('Sheet');
  });
});
