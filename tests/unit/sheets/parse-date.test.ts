import { describe, expect, it } from 'vitest';
import { parseDateCell, formatISODate } from '../../../src/sheets/parse-date';
import type { Cell } from '../../../src/sheets/table';
import type { DateOrder } from '../../../src/sheets/parse-date';

const iso = (v: Cell, order?: DateOrder) => {
  const p = parseDateCell(v, order);
  return p ? formatISODate(p) : null;
};

describe('parseDateCell', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.1.5', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    ['2024 年 1 月 5 日', '2024-01-05'],
    ['20240105', '2024-01-05'],
    ['2024-01-05T08:30:00', '2024-01-05'],
    ['2024-01-05 08:30', '2024-01-05'],
    [' 2024-12-31 ', '2024-12-31'],
  ])('reads %s', (input, out) => {
    expect(iso(input)).toBe(out);
  });

  it('reads Excel serial numbers, as numbers and as text', () => {
    expect(iso(45296)).toBe('2024-01-05');
    expect(iso('45296')).toBe('2024-01-05');
    expect(iso(45296.75)).toBe('2024-01-05');
    expect(iso(61)).toBe('1900-03-01');
  });

  it('reads a two-number date only when order says how', () => {
    expect(iso('1/5/2024')).toBeNull();
    expect(iso('1/5/2024', 'YMD')).toBeNull();
    expect(iso('1/5/2024', 'MDY')).toBe('2024-01-05');
    expect(iso('1/5/2024', 'DMY')).toBe('2024-05-01');
    expect(iso('13/5/2024', 'MDY')).toBeNull();
    expect(iso('05-01-24', 'DMY')).toBe('2024-01-05');
  });

  it('rejects impossible and non-date values', () => {
    expect(iso('2023-02-29')).toBeNull();
    expect(iso('2024-02-29')).toBe('2024-02-29');
    expect(iso('2024-13-01')).toBeNull();
    expect(iso('20241301')).toBeNull();
    expect(iso('hello')).toBeNull();
    expect(iso('SO-2024')).toBeNull();
    expect(iso(true)).toBeNull();
    expect(iso(null)).toBeNull();
    expect(iso(-3)).toBeNull();
  });

  it('reports the format it saw', () => {
    expect(parseDateCell('2024年1月5日')?.format).toBe('YYYY年M月D日');
    expect(parseDateCell(45296)?.format).toBe('Excel serial');
    expect(parseDateCell('2024/1/5')?.format).toBe('YYYY/M/D');
  });
});
