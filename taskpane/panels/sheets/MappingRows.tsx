import { Button, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import type { Cell } from '../../../src/sheets/table';
import { useSheetsStyles } from './useSheetsStyles.styles';

type Row = { from: string; to: string };

const toRows = (m: Record<string, Cell>): Row[] => Object.entries(m).map(([from, to]) => ({ from, to: to === null ? '' : String(to) }));
// A row still being typed (no "from" yet) is not part of the step; an empty "to" leaves the cell blank.
const toMapping = (rows: readonly Row[]): Record<string, Cell> =>
  Object.fromEntries(rows.filter((r) => r.from !== '').map((r) => [r.from, r.to === '' ? null : r.to]));

/** A mapping as rows of from → to, each with its own remove button, and a button that adds a row. */
export function MappingRows({ mapping, onChange, n }: { mapping: Record<string, Cell>; onChange: (m: Record<string, Cell>) => void; n: number }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [rows, setRows] = useState<Row[]>(() => toRows(mapping));
  // The rows are this control's own (two rows may be half-typed); they follow the step when it changes
  // elsewhere (the JSON box, a loaded plan), not when it changes because of them.
  const incoming = JSON.stringify(mapping);
  const [seen, setSeen] = useState(incoming);
  if (incoming !== seen) {
    setSeen(incoming);
    if (incoming !== JSON.stringify(toMapping(rows))) setRows(toRows(mapping));
  }
  const change = (next: Row[]) => {
    setRows(next);
    onChange(toMapping(next));
  };
  return (
    <div className={s.section}>
      {rows.length > 0 && (
        <div className={s.mapHead} aria-hidden="true">
          <Text size={200}>{t('sheets.control.from')}</Text>
          <span />
          <Text size={200}>{t('sheets.control.to')}</Text>
        </div>
      )}
      {rows.map((r, k) => (
        <div key={k} className={s.mapRow}>
          <Input
            size="small"
            aria-label={t('sheets.control.mapFrom', { n, row: k + 1 })}
            value={r.from}
            onChange={(_e, d) => change(rows.map((x, j) => (j === k ? { ...x, from: d.value } : x)))}
          />
          <span aria-hidden="true">→</span>
          <Input
            size="small"
            aria-label={t('sheets.control.mapTo', { n, row: k + 1 })}
            value={r.to}
            onChange={(_e, d) => change(rows.map((x, j) => (j === k ? { ...x, to: d.value } : x)))}
          />
          <Button
            size="small"
            appearance="subtle"
            className={s.mapRemove}
            aria-label={t('sheets.control.removeRow', { row: k + 1 })}
            onClick={() => change(rows.filter((_, j) => j !== k))}
          >
            ✕
          </Button>
        </div>
      ))}
      <div className={s.row}>
        <Button size="small" onClick={() => setRows([...rows, { from: '', to: '' }])}>
          {t('sheets.control.addRow')}
        </Button>
        <Text className={s.hint}>{t('sheets.control.emptyMeansBlank')}</Text>
      </div>
    </div>
  );
}
