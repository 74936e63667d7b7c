import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../src/locales';
import { cleanTable, readPlan } from '../../../src/sheets/workflow';
import type { Table } from '../../../src/sheets/table';

// The CLI reads a plan file's text and the pane its step editor; both go through readPlan, so a plan is
// accepted or refused the same way, with the same sentence, wherever it was written.

const table: Table = {
  headers: ['城市', '金额'],
  rows: [
    [' 上海 ', '1,200'],
    ['北京', '300'],
  ],
};
const steps = [
  { op: 'trim', columns: ['城市'] },
  { op: 'parseNumber', column: '金额' },
];
const asFile = JSON.stringify({ steps });
const asEditor = steps.map((s) => ({ json: JSON.stringify(s), enabled: true }));

const sentence = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    const err = e as { key: MessageKey; params?: Record<string, string | number> };
    return translate('en-US', err.key, err.params);
  }
  throw new Error('expected a refusal');
};

describe('one plan reader for the CLI and the pane', () => {
  it('a plan file and the same steps in the editor clean the table identically', () => {
    expect(readPlan(asEditor)).toEqual(readPlan(JSON.stringify({ steps: steps.map((s) => ({ ...s, enabled: true })) })));
    expect(cleanTable(table, asEditor).table).toEqual(cleanTable(table, asFile).table);
    expect(cleanTable(table, asFile).table.rows).toEqual([
      ['上海', 1200],
      ['北京', 300],
    ]);
  });

  it('refuses an unknown op, a missing column and a turned-off step the same way in both forms', () => {
    const bad = [{ op: 'splitt', column: '城市' }];
    expect(sentence(() => readPlan(bad.map((s) => ({ json: JSON.stringify(s), enabled: true }))))).toBe(
      sentence(() => readPlan(JSON.stringify({ steps: bad }))),
    );
    expect(sentence(() => readPlan(JSON.stringify({ steps: bad })))).toMatch(/step 1.*splitt/);
    const missing = [{ op: 'trim', columns: ['省份'] }];
    const fromFile = sentence(() => cleanTable(table, JSON.stringify({ steps: missing })));
    expect(
      sentence(() =>
        cleanTable(
          table,
          missing.map((s) => ({ json: JSON.stringify(s), enabled: true })),
        ),
      ),
    ).toBe(fromFile);
    expect(fromFile).toMatch(/省份/);
    // A turned-off step is skipped, not checked against the columns, in the editor as in a file.
    const off = cleanTable(table, [{ json: JSON.stringify(missing[0]), enabled: false }]);
    expect(off.reports[0].skipped).toBe(true);
    expect(cleanTable(table, JSON.stringify({ steps: [{ ...missing[0], enabled: false }] })).reports[0].skipped).toBe(true);
  });

  it('names the step whose JSON the editor cannot read', () => {
    expect(sentence(() => readPlan([{ json: '{"op": "trim"', enabled: true }]))).toMatch(/step 1: not valid JSON/);
  });
});
