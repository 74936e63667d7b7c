import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../../src/sheets/parse-number';

const n = (s: string | number) => parseNumberCell(s)?.value ?? null;

describe('parseNumberCell', () => {
  it.each([
    ['¥1,234.50', 1234.5],
    ['￥1,234', 1234],
    ['$99.90', 99.9],
    ['€12', 12],
    ['1234元', 1234],
    ['RMB 5,000', 5000],
    ['rmb5000', 5000],
    ['1，234，567', 1234567],
    ['12%', 0.12],
    ['12.5%', 0.125],
    ['１２％', 0.12],
    ['1.2万', 12000],
    ['1.1万', 11000],
    ['3千', 3000],
    ['2.5亿', 250000000],
    ['1.2万元', 12000],
    ['(1,234)', -1234],
    ['-¥1,234', -1234],
    ['¥-1,234', -1234],
    ['１２３４．５', 1234.5],
    ['  42  ', 42],
    ['0.1', 0.1],
    ['-7', -7],
    ['1e3', 1000],
  ])('reads %s as %s', (input, out) => {
    expect(n(input)).toBe(out);
  });

  it('leaves what is not a number', () => {
    for (const s of ['abc', '1,23', '12.3.4', '', '¥', '万', '1/5/2024', '--', 'N/A', '12 apples']) expect(n(s)).toBeNull();
  });

  it('gives plain numbers without float noise or trailing zeros', () => {
    expect(String(n('¥1,234.50'))).toBe('1234.5');
    expect(String(n('0.07万'))).toBe('700');
    expect(String(n('7%'))).toBe('0.07');
  });

  it('names the format for the profile', () => {
    expect(parseNumberCell('¥1,234')?.format).toBe('currency');
    expect(parseNumberCell('1,234')?.format).toBe('thousands');
    expect(parseNumberCell('12%')?.format).toBe('percent');
    expect(parseNumberCell('1.2万')?.format).toBe('unit');
    expect(parseNumberCell('(5)')?.format).toBe('accounting negative');
  });
});
