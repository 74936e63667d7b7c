import { describe, expect, it } from 'vitest';
import { profileTable } from '../../../src/sheets/profile';
import type { Table } from '../../../src/sheets/table';
import { generateMessySales } from '../../fixtures/sheets/messy-sales';

const byName = (t: Table) => {
  const p = profileTable(t);
  return Object.fromEntries(p.columns.map((c) => [c.name, c]));
};

describe('profileTable', () => {
  it('infers each column type', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `A${1000 + i}`,
      i * 1.5,
      i,
      `${i}%`,
      `¥${i * 100}`,
      `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      `备注 ${i} 很长的一段说明文字`,
      ['华东', '华北', '华南'][i % 3],
      i % 2 ? '是' : '否',
      `1380013${String(8000 + i)}`,
      `user${i}@example.com`,
    ]);
    const cols = byName({ headers: ['编号', '数值', '整数', '比例', '金额', '日期', '说明', '地区', '是否', '电话', '邮箱'], rows });
    expect(Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, c.type]))).toEqual({
      编号: 'id',
      数值: 'number',
      整数: 'integer',
      比例: 'percent',
      金额: 'currency',
      日期: 'date',
      说明: 'text',
      地区: 'category',
      是否: 'boolean',
      电话: 'phone',
      邮箱: 'email',
    });
    expect(cols['数值'].stats).toMatchObject({ min: 0, max: 43.5, mean: 21.75, median: 21.75 });
    expect(cols['日期'].dateRange).toEqual({ min: '2024-01-01', max: '2024-01-28' });
  });

  it('counts missing cells including every null token, by token', () => {
    const cols = byName({ headers: ['x'], rows: [['N/A'], ['NA'], ['null'], ['-'], ['--'], ['无'], ['空'], [null], ['  '], ['ok']] });
    expect(cols.x.missing).toBe(9);
    expect(cols.x.count).toBe(1);
    expect(cols.x.missingBy.map((m) => m.value).sort()).toEqual(['', '--', '-', 'N/A', 'NA', 'null', '无', '空'].sort());
  });

  it('counts formats, full-width characters, stray spaces, outliers and duplicate rows', () => {
    const t: Table = {
      headers: ['日期', '金额', '客户'],
      rows: [
        ['2024-01-05', '100', ' 张三'],
        ['2024/1/6', '110', '李四\u3000'],
        ['2024年1月7日', '105', 'ＡＢＣ'],
        ['2024-01-08', '95', '王五'],
        ['2024-01-09', '102', '赵六'],
        ['2024-01-10', '98', '钱七'],
        ['2024-01-11', '5000', '孙八'],
        ['2024/1/6', '110', '李四\u3000'],
      ],
    };
    const p = profileTable(t);
    const [d, a, c] = p.columns;
    expect(d.formats).toEqual(
      expect.arrayContaining([
        { value: 'YYYY-MM-DD', count: 5 },
        { value: 'YYYY/M/D', count: 2 },
        { value: 'YYYY年M月D日', count: 1 },
      ]),
    );
    expect(a.stats?.outliers).toBe(1);
    expect(c.fullWidth).toBe(3);
    expect(c.straySpaces).toBe(3);
    expect(p.duplicateRows).toBe(1);
  });

  it('profiles the messy sales sheet the way a person would describe it', () => {
    const cols = byName(generateMessySales(2000, 3));
    expect(cols['下单日期'].type).toBe('date');
    expect(cols['下单日期'].formats.map((f) => f.value)).toEqual(
      expect.arrayContaining(['YYYY-MM-DD', 'YYYY/M/D', 'YYYY年M月D日', 'YYYYMMDD', 'YYYY.M.D', 'Excel serial']),
    );
    expect(cols['订单编号'].type).toBe('id');
    expect(cols['联系电话'].type).toBe('phone');
    expect(cols['地区'].type).toBe('category');
    expect(cols['数量'].fullWidth).toBeGreaterThan(0);
    expect(cols['客户名称'].straySpaces).toBeGreaterThan(0);
    expect(cols['销售额'].formats.map((f) => f.value)).toEqual(expect.arrayContaining(['currency', 'accounting negative', 'plain']));
  });
});

describe('null tokens by column', () => {
  it('a 有/无 column is a yes/no category: 无 is counted as an answer, not missing', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i % 3 === 0 ? '无' : i % 7 === 0 ? '' : '有', i % 5 === 0 ? '无' : `说明${i}`]);
    const p = profileTable({ headers: ['电梯', '备注'], rows });
    const lift = p.columns[0];
    expect(lift.missing).toBe(rows.filter((r) => r[0] === '').length);
    expect(lift.type).toBe('boolean');
    expect(lift.top.map((x) => x.value)).toEqual(['有', '无']);
    expect(p.columns[1].missing).toBe(8);
    expect(p.columns[1].nonAnswers).toEqual([{ value: '无', count: 8 }]);
  });
});
