import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/sheets/apply-plan';
import type { Table } from '../../../src/sheets/table';
import type { PlanStep } from '../../../src/sheets/plan-schema';

const run = (t: Table, ...steps: PlanStep[]) => applyPlan(t, { steps }, { changeLimit: 100 });
const col = (t: Table, name: string) => t.rows.map((r) => r[t.headers.indexOf(name)]);

describe('text operations', () => {
  const t: Table = {
    headers: ['名称', '备注'],
    rows: [
      ['\u3000张三\u00A0', ' a   b '],
      ['李四', 'ok'],
      ['ＡＢＣ１２３', null],
      [42, '\t x\u3000\u3000y '],
    ],
  };

  it('trim removes U+3000/U+00A0 at the edges and collapses inner runs, counting changed cells', () => {
    const r = run(t, { op: 'trim', columns: '*' });
    expect(col(r.table, '名称')).toEqual(['张三', '李四', 'ＡＢＣ１２３', 42]);
    expect(col(r.table, '备注')).toEqual(['a b', 'ok', null, 'x y']);
    expect(r.reports[0].cellsChanged).toBe(3);
    expect(t.rows[0][0]).toBe('\u3000张三\u00A0');
  });

  it('toHalfWidth maps U+FF01–U+FF5E and U+3000 only', () => {
    const r = run({ headers: ['a'], rows: [['ＡＢＣ１２３！～'], ['（测试）\u3000ｘ'], ['中文，句号。']] }, { op: 'toHalfWidth', columns: ['a'] });
    expect(col(r.table, 'a')).toEqual(['ABC123!~', '(测试) x', '中文,句号。']);
    expect(r.reports[0].cellsChanged).toBe(3);
  });

  it('nullify compares after trimming', () => {
    const r = run(
      {
        headers: ['a', 'b'],
        rows: [
          [' N/A ', '无'],
          ['x', '-'],
          ['NA', 'NAN'],
        ],
      },
      { op: 'nullify', columns: 'a', values: ['N/A', 'NA'] },
    );
    expect(col(r.table, 'a')).toEqual([null, 'x', null]);
    expect(col(r.table, 'b')).toEqual(['无', '-', 'NAN']);
    expect(r.reports[0].cellsChanged).toBe(2);
  });

  it('standardizeCase upper, lower and title', () => {
    const t2: Table = { headers: ['c'], rows: [['new york'], ['SAN-FRANCISCO'], ['北京']] };
    expect(col(run(t2, { op: 'standardizeCase', column: 'c', to: 'title' }).table, 'c')).toEqual(['New York', 'San-Francisco', '北京']);
    expect(col(run(t2, { op: 'standardizeCase', column: 'c', to: 'upper' }).table, 'c')).toEqual(['NEW YORK', 'SAN-FRANCISCO', '北京']);
    const lower = run(t2, { op: 'standardizeCase', column: 'c', to: 'lower' });
    expect(col(lower.table, 'c')[1]).toBe('san-francisco');
    expect(lower.reports[0].cellsChanged).toBe(1);
  });
});

describe('parsing operations', () => {
  it('parseDate normalises every listed format, leaves and counts the rest', () => {
    const t: Table = {
      headers: ['日期'],
      rows: [['2024-01-05'], ['2024/1/5'], ['2024.1.5'], ['2024年1月5日'], ['20240105'], ['2024-01-05T08:30:00'], [45296], ['1/5/2024'], ['明天'], [null]],
    };
    const r = run(t, { op: 'parseDate', column: '日期' });
    expect(col(r.table, '日期')).toEqual([...Array(7).fill('2024-01-05'), '1/5/2024', '明天', null]);
    expect(r.reports[0]).toMatchObject({ cellsChanged: 6, unparseable: 2, unparseableSamples: ['1/5/2024', '明天'] });
    const mdy = run(t, { op: 'parseDate', column: '日期', order: 'MDY' });
    expect(col(mdy.table, '日期')[7]).toBe('2024-01-05');
    expect(mdy.reports[0].unparseable).toBe(1);
    expect(col(run(t, { op: 'parseDate', column: '日期', order: 'DMY' }).table, '日期')[7]).toBe('2024-05-01');
  });

  it('parseNumber turns text into plain numbers and counts what it cannot read', () => {
    const t: Table = { headers: ['金额'], rows: [['¥1,234.50'], ['1.2万'], ['12%'], ['(1,234)'], ['１２３'], ['abc'], [7], ['']] };
    const r = run(t, { op: 'parseNumber', column: '金额' });
    expect(col(r.table, '金额')).toEqual([1234.5, 12000, 0.12, -1234, 123, 'abc', 7, '']);
    expect(r.reports[0]).toMatchObject({ cellsChanged: 5, unparseable: 1, unparseableSamples: ['abc'] });
  });
});

describe('fillMissing', () => {
  const t: Table = {
    headers: ['k', 'v'],
    rows: [
      ['a', 1],
      ['b', null],
      ['c', 'N/A'],
      ['d', 4],
      ['e', '  '],
      ['f', 4],
    ],
  };
  it.each([
    ['value', 0, [1, 0, 0, 4, 0, 4]],
    ['previous', undefined, [1, 1, 1, 4, 4, 4]],
    ['mean', undefined, [1, 3, 3, 4, 3, 4]],
    ['median', undefined, [1, 4, 4, 4, 4, 4]],
    ['mode', undefined, [1, 4, 4, 4, 4, 4]],
  ] as const)('strategy %s', (strategy, value, expected) => {
    const r = run(t, { op: 'fillMissing', column: 'v', strategy, value });
    expect(col(r.table, 'v')).toEqual(expected);
    expect(r.reports[0].cellsChanged).toBe(3);
  });

  it('previous leaves leading gaps', () => {
    const r = run({ headers: ['v'], rows: [[null], ['x'], [null]] }, { op: 'fillMissing', column: 'v', strategy: 'previous' });
    expect(col(r.table, 'v')).toEqual([null, 'x', 'x']);
  });
});

describe('mapValues', () => {
  it('replaces whole cells only, optionally ignoring case', () => {
    const t: Table = { headers: ['r'], rows: [['华东区'], ['华东区北部'], ['east'], ['EAST']] };
    const r = run(t, { op: 'mapValues', column: 'r', mapping: { 华东区: '华东', east: '华东' } });
    expect(col(r.table, 'r')).toEqual(['华东', '华东区北部', '华东', 'EAST']);
    const ci = run(t, { op: 'mapValues', column: 'r', mapping: { east: '华东' }, caseInsensitive: true });
    expect(col(ci.table, 'r')).toEqual(['华东区', '华东区北部', '华东', '华东']);
    expect(ci.reports[0].cellsChanged).toBe(2);
  });
});

describe('row operations', () => {
  const t: Table = {
    headers: ['id', 'name', 'n'],
    rows: [
      ['1', 'a', 5],
      ['2', 'b', 10],
      ['1', 'a', 5],
      ['1', 'c', 7],
      ['3', null, 2],
    ],
  };

  it('dedupe on all columns or keys, keeping first or last', () => {
    expect(run(t, { op: 'dedupe' }).table.rows).toHaveLength(4);
    const byId = run(t, { op: 'dedupe', keys: ['id'] });
    expect(byId.table.rows.map((r) => r[1])).toEqual(['a', 'b', null]);
    expect(byId.reports[0].rowsRemoved).toBe(2);
    expect(run(t, { op: 'dedupe', keys: ['id'], keep: 'last' }).table.rows.map((r) => r[1])).toEqual(['b', 'c', null]);
  });

  it('dedupe sees values as earlier steps left them', () => {
    const r = run({ headers: ['x'], rows: [[' a'], ['a ']] }, { op: 'trim', columns: '*' }, { op: 'dedupe' });
    expect(r.table.rows).toEqual([['a']]);
  });

  it('filterRows keeps the matching rows for every comparison', () => {
    const keep = (where: 'eq' | 'ne' | 'gt' | 'lt' | 'contains' | 'empty' | 'notEmpty', column: string, value?: string | number) =>
      run(t, { op: 'filterRows', column, where, value }).table.rows.map((r) => r[0] + String(r[1]));
    expect(keep('eq', 'id', 1)).toEqual(['1a', '1a', '1c']);
    expect(keep('ne', 'name', 'a')).toEqual(['2b', '1c', '3null']);
    expect(keep('gt', 'n', 5)).toEqual(['2b', '1c']);
    expect(keep('lt', 'n', '5')).toEqual(['3null']);
    expect(keep('contains', 'name', 'c')).toEqual(['1c']);
    expect(keep('empty', 'name')).toEqual(['3null']);
    expect(keep('notEmpty', 'name')).toHaveLength(4);
    expect(run(t, { op: 'filterRows', column: 'n', where: 'gt', value: 5 }).reports[0].rowsRemoved).toBe(3);
  });

  it('filterRows compares dates as dates', () => {
    const r = run(
      { headers: ['d'], rows: [['2024-01-05'], ['2024-03-01'], ['2023-12-31']] },
      { op: 'filterRows', column: 'd', where: 'gt', value: '2024-01-01' },
    );
    expect(r.table.rows).toEqual([['2024-01-05'], ['2024-03-01']]);
  });
});

describe('column operations', () => {
  const t: Table = {
    headers: ['地址', '金额'],
    rows: [
      ['广东省-深圳市-南山区', 1],
      ['北京市', 2],
      [null, 3],
    ],
  };

  it('splitColumn replaces the column with the new ones and keeps the remainder in the last', () => {
    const r = run(t, { op: 'splitColumn', column: '地址', separator: '-', into: ['省', '市'] });
    expect(r.table.headers).toEqual(['省', '市', '金额']);
    expect(r.table.rows).toEqual([
      ['广东省', '深圳市-南山区', 1],
      ['北京市', null, 2],
      [null, null, 3],
    ]);
    expect(r.reports[0]).toMatchObject({ cellsChanged: 2, unparseable: 1 });
  });

  it('renameColumn and dropColumns; later steps use the new names', () => {
    const r = run(
      t,
      { op: 'renameColumn', from: '金额', to: 'amount' },
      { op: 'filterRows', column: 'amount', where: 'gt', value: 1 },
      { op: 'dropColumns', columns: ['地址'] },
    );
    expect(r.table).toEqual({ headers: ['amount'], rows: [[2], [3]] });
  });
});

describe('无 is an answer in a 有/无 column', () => {
  const t: Table = {
    headers: ['配备电梯', '备注'],
    rows: [
      ['有', '无'],
      ['无', '南北通透'],
      ['有', null],
      ['', '无'],
      ['无', 'N/A'],
      ['有', '近地铁'],
    ],
  };

  it('fillMissing mode fills only the blank, never turns 无 into 有', () => {
    const r = run(t, { op: 'fillMissing', column: '配备电梯', strategy: 'mode' });
    expect(col(r.table, '配备电梯')).toEqual(['有', '无', '有', '有', '无', '有']);
    expect(r.reports[0].cellsChanged).toBe(1);
  });

  it('in a free-text column 无 still means "nothing" and is filled', () => {
    const r = run(t, { op: 'fillMissing', column: '备注', strategy: 'value', value: '（未填）' });
    expect(col(r.table, '备注')).toEqual(['（未填）', '南北通透', '（未填）', '（未填）', '（未填）', '近地铁']);
  });

  it('filterRows eq 无 keeps the rows answering 无; empty keeps only the blank', () => {
    expect(col(run(t, { op: 'filterRows', column: '配备电梯', where: 'eq', value: '无' }).table, '配备电梯')).toEqual(['无', '无']);
    expect(run(t, { op: 'filterRows', column: '配备电梯', where: 'empty' }).table.rows).toHaveLength(1);
  });
});
