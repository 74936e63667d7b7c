import { describe, expect, it } from 'vitest';
import { addressesIn, parseAddress, qualified } from '../../../src/sheets/a1';
import { parseTextReply } from '../../../src/agent/text-protocol';

describe('A1 addresses', () => {
  it('reads cells, ranges, whole columns and quoted sheet names', () => {
    expect(parseAddress('B2:D20')).toEqual({ rect: { row: 1, col: 1, rows: 19, cols: 3 }, wholeColumns: false, wholeRows: false });
    expect(parseAddress("'销售 数据'!$C$3")).toMatchObject({ sheet: '销售 数据', rect: { row: 2, col: 2, rows: 1, cols: 1 } });
    expect(parseAddress('C:E')).toMatchObject({ wholeColumns: true, rect: { col: 2, cols: 3 } });
    expect(qualified("O'Brien", { row: 0, col: 0, rows: 2, cols: 2 })).toBe("'O''Brien'!A1:B2");
    expect(() => parseAddress('A1:B2:C3')).toThrow(expect.objectContaining({ key: 'agent.error.badAddress' }));
    expect(() => parseAddress('Total')).toThrow(expect.objectContaining({ key: 'agent.error.badAddress' }));
  });

  it('finds the ranges a task names, with or without a sheet', () => {
    expect(addressesIn('把 Sheet1!D2:D20 的公式改好，再看 F5')).toEqual([
      { sheet: 'Sheet1', rect: { row: 1, col: 3, rows: 19, cols: 1 } },
      { rect: { row: 4, col: 5, rows: 1, cols: 1 } },
    ]);
    expect(addressesIn('=SUM(B2:B9)/COUNT(B2:B9)')).toHaveLength(2);
  });
});

describe('the text protocol', () => {
  it('reads the documented shape and the shapes models drift into', () => {
    expect(parseTextReply('{"tool_calls":[{"name":"read_range","arguments":{"sheet":"S","range":"A1"}}]}', 1)).toEqual({
      kind: 'calls',
      calls: [{ id: 'text-1-0', type: 'function', function: { name: 'read_range', arguments: '{"sheet":"S","range":"A1"}' } }],
    });
    expect(parseTextReply('<think>let me look</think>\n```json\n{"tool":"list_sheets","args":{}}\n```', 2)).toMatchObject({
      kind: 'calls',
      calls: [{ function: { name: 'list_sheets', arguments: '{}' } }],
    });
    expect(parseTextReply('{"final":"All done."}', 3)).toEqual({ kind: 'final', text: 'All done.' });
    expect(parseTextReply('I added the column.', 4)).toEqual({ kind: 'final', text: 'I added the column.' });
  });
});
