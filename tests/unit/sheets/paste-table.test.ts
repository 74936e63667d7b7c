import { describe, expect, it } from 'vitest';
import { parsePastedTable } from '../../../src/sheets/paste-table';
import type { AppError } from '../../../src/errors';
import { translate } from '../../../src/locales';

// What a user pastes into the Clean or Analyse tab: cells copied from Excel/WPS (TSV, a quoted cell may hold a
// line break), a web page's table (TSV too), CSV text, a Markdown table — and text that is not a table.
describe('a pasted table', () => {
  it('reads cells copied from Excel or WPS, keeping codes as text and a cell with a line break whole', () => {
    const text = '订单号\t地区\t金额\r\n00123\t华东区\t"1,200"\r\nSO-2\t"华北\n（北京）"\t\r\n';
    const { table, format } = parsePastedTable(text);
    expect(format).toBe('tsv');
    expect(table.headers).toEqual(['订单号', '地区', '金额']);
    expect(table.rows).toEqual([
      ['00123', '华东区', '1,200'],
      ['SO-2', '华北\n（北京）', null],
    ]);
  });

  it('reads a table copied from a web page (tabs, a trailing tab, blank lines around it)', () => {
    const { table } = parsePastedTable('\nName\tAge\tCity\t\nAda\t36\tLondon\t\nLin\t\tShanghai\t\n\n');
    expect(table.headers).toEqual(['Name', 'Age', 'City', 'Column 4']);
    expect(table.rows).toEqual([
      ['Ada', '36', 'London', null],
      ['Lin', null, 'Shanghai', null],
    ]);
  });

  it('reads CSV text, comma or semicolon separated', () => {
    expect(parsePastedTable('a,b\n1,"x, y"\n2,z').table.rows).toEqual([
      ['1', 'x, y'],
      ['2', 'z'],
    ]);
    const semi = parsePastedTable('Produkt;Preis\nTee;3,50\nKaffee;2,80');
    expect(semi.format).toBe('csv');
    expect(semi.table.rows).toEqual([
      ['Tee', '3,50'],
      ['Kaffee', '2,80'],
    ]);
  });

  it('reads a Markdown table, with or without outer pipes and with an escaped pipe', () => {
    const md = '| 地区 | 销售额 |\n|:---|---:|\n| 华东 | 1200 |\n| a \\| b | |\n';
    const { table, format } = parsePastedTable(md);
    expect(format).toBe('markdown');
    expect(table.headers).toEqual(['地区', '销售额']);
    expect(table.rows).toEqual([
      ['华东', '1200'],
      ['a | b', null],
    ]);
    expect(parsePastedTable('x | y\n--- | ---\n1 | 2').table.rows).toEqual([['1', '2']]);
  });

  it('refuses text that is not a table with a sentence saying what to copy, in both languages', () => {
    const refuse = (text: string) => {
      try {
        parsePastedTable(text);
      } catch (e) {
        expect((e as AppError).key).toMatch(/^sheets\.error\.paste\./);
        const err = e as AppError;
        return [translate('zh-CN', err.key, err.params), translate('en-US', err.key, err.params)];
      }
      throw new Error(`accepted: ${text}`);
    };
    expect(refuse('   \n ')[0]).toMatch(/没有粘贴内容/);
    expect(refuse('订单号 地区 金额')[1]).toMatch(/one line, not a table/);
    const prose = 'Dear team, the meeting moved to Friday.\nPlease bring the report, the slides, and the budget.\nThanks, Lin';
    expect(refuse(prose)).toEqual([expect.stringMatching(/读不成表格/), expect.stringMatching(/does not read as a table/)]);
    expect(refuse('- 第一点\n- 第二点\n- 第三点')[0]).toMatch(/读不成表格/);
  });
});
