import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { Facts } from '../../../src/sheets/analysis';
import { factsTables } from '../../../src/sheets/render';
import { useApp } from '../../app/AppContext';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** The computed facts as small tables, the same ones the Analysis sheet and the Markdown report hold. */
export function FactsView({ facts }: { facts: Facts }) {
  const s = useSheetsStyles();
  const { t } = useApp();
  return (
    <div className={s.section}>
      {factsTables(facts, t).map(({ title, table }) => (
        <div key={title} className={s.section}>
          <Text weight="semibold">{title}</Text>
          <div className={s.scroll} tabIndex={0} role="region" aria-label={title}>
            <Table size="extra-small" aria-label={title} className={s.autoTable}>
              <TableHeader>
                <TableRow>
                  {table.headers.map((h) => (
                    <TableHeaderCell key={h}>{h}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {table.rows.map((r, i) => (
                  <TableRow key={i}>
                    {r.map((v, j) => (
                      <TableCell key={j} className={s.nowrap}>
                        {v === null ? '' : String(v)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      ))}
    </div>
  );
}
