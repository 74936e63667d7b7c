import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useApp } from '../../app/AppContext';
import type { ApplyResult } from '../../../src/sheets/apply-plan';
import type { PlanStep } from '../../../src/sheets/plan-schema';
import type { CellChange, RemovedRow, StepReport } from '../../../src/sheets/plan-state';
import { describeStep } from '../../../src/sheets/describe-step';
import { applySummary } from '../../../src/sheets/render';
import type { Cell } from '../../../src/sheets/table';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** Changed cells and removed rows kept per step for the preview. */
export const PREVIEW_PER_STEP = 20;

// Whitespace changes are invisible as plain text: show spaces, ideographic and no-break spaces, tabs.
const show = (v: Cell) =>
  v === null
    ? '∅'
    : String(v)
        .replace(/ /g, '·')
        .replace(/\u3000/g, '□')
        .replace(/\u00A0/g, '⍽')
        .replace(/\t/g, '→');

/** A preview table that scrolls sideways in its own box: the row number as Excel shows it, then the columns. */
function RowsTable({ name, headers, children }: { name: string; headers: readonly string[]; children: ReactNode }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  return (
    <div className={s.scroll} tabIndex={0} role="region" aria-label={name}>
      <Table size="extra-small" aria-label={name} className={s.autoTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={s.nowrap}>{t('sheets.clean.row')}</TableHeaderCell>
            {headers.map((h) => (
              <TableHeaderCell key={h} className={s.nowrap}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}

/** The rows a step changed, one line per row, the changed cells as before → after under their column. */
function TouchedRows({ changes, n }: { changes: CellChange[]; n: number }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const columns = [...new Set(changes.map((c) => c.column))];
  const rows = new Map<number, Map<string, CellChange>>();
  for (const c of changes) rows.set(c.row, (rows.get(c.row) ?? new Map<string, CellChange>()).set(c.column, c));
  return (
    <RowsTable name={t('sheets.preview.table', { n })} headers={columns}>
      {[...rows].map(([row, cells]) => (
        <TableRow key={row}>
          {/* Row numbers as Excel shows them: the header is row 1. */}
          <TableCell>{row + 2}</TableCell>
          {columns.map((col) => {
            const c = cells.get(col);
            return (
              <TableCell key={col} className={s.cellWrap}>
                {c && (
                  <>
                    <span className={s.before}>{show(c.before)}</span> → <span className={s.after}>{show(c.after)}</span>
                  </>
                )}
              </TableCell>
            );
          })}
        </TableRow>
      ))}
    </RowsTable>
  );
}

/** The rows a step removed, as they were when it ran. */
function RemovedRows({ removed, n }: { removed: RemovedRow[]; n: number }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  return (
    <RowsTable name={t('sheets.preview.removedTable', { n })} headers={removed[0].headers}>
      {removed.map((r) => (
        <TableRow key={r.row}>
          <TableCell>{r.row + 2}</TableCell>
          {r.cells.map((v, k) => (
            <TableCell key={k} className={`${s.cellWrap} ${s.before}`}>
              {show(v)}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </RowsTable>
  );
}

function StepPreview({ report, step, result }: { report: StepReport; step: PlanStep | undefined; result: ApplyResult }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const op = t(`sheets.op.${report.op}`);
  const described = step && describeStep(step);
  const sentence = described ? t(described.key, described.params) : '';
  if (report.skipped)
    return (
      <li className={s.stepBlock}>
        <Text size={200}>{t('sheets.clean.reportSkipped', { index: report.index, op })}</Text>
      </li>
    );
  const changes = result.changes.filter((c) => c.step === report.index - 1);
  const removed = result.removed.filter((r) => r.step === report.index - 1);
  return (
    <li className={s.stepBlock}>
      <Text size={200} weight="semibold">
        {t('sheets.clean.report', { index: report.index, op, changed: report.cellsChanged, removed: report.rowsRemoved })}
      </Text>
      {sentence && <Text className={s.hint}>{sentence}</Text>}
      {report.unparseable > 0 && (
        <Text size={200} className={s.warn}>
          {t('sheets.preview.unparsed', { n: report.unparseable, samples: report.unparseableSamples.join(', ') })}
        </Text>
      )}
      {changes.length > 0 && (
        <>
          {report.cellsChanged > changes.length && <Text className={s.hint}>{t('sheets.preview.shown', { shown: changes.length })}</Text>}
          <TouchedRows changes={changes} n={report.index} />
        </>
      )}
      {removed.length > 0 && (
        <>
          <Text className={s.hint}>{t('sheets.preview.removedRows', { shown: removed.length })}</Text>
          <RemovedRows removed={removed} n={report.index} />
        </>
      )}
    </li>
  );
}

/** The plan's effect, step by step: counts, then before → after for the rows each step touched; nothing here asks the model. */
export function CleanResult({ result, steps }: { result: ApplyResult; steps: readonly PlanStep[] }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const summary = applySummary(result.reports, t);
  const changed = result.reports.reduce((a, r) => a + r.cellsChanged, 0);
  const removed = result.reports.reduce((a, r) => a + r.rowsRemoved, 0);
  return (
    <div className={s.section}>
      <Text weight="semibold">{t('sheets.preview.total', { changed, removed, rows: result.table.rows.length })}</Text>
      {summary && <Text size={200}>{summary}</Text>}
      <ol className={s.list} aria-label={t('sheets.clean.preview')}>
        {result.reports.map((r) => (
          <StepPreview key={r.index} report={r} step={steps[r.index - 1]} result={result} />
        ))}
      </ol>
    </div>
  );
}
