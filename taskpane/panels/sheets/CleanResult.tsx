import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import type { ApplyResult } from '../../../src/sheets/apply-plan';
import { applySummary } from '../../../src/sheets/render';
import { useSheetsStyles } from './useSheetsStyles.styles';

export const PREVIEW_PER_STEP = 20;

/** Per-step counts and the before/after of changed cells. */
export function CleanResult({ result }: { result: ApplyResult }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  // Whitespace changes are invisible as plain text: show spaces, ideographic and no-break spaces.
  const summary = applySummary(result.reports, t);
  const show = (v: unknown) =>
    v === null
      ? '∅'
      : String(v)
          .replace(/ /g, '·')
          .replace(/\u3000/g, '□')
          .replace(/\u00A0/g, '⍽')
          .replace(/\t/g, '→');
  return (
    <div className={s.section}>
      {summary && <Text size={200}>{summary}</Text>}
      <ul className={s.list} aria-label={t('sheets.clean.steps')}>
        {result.reports.map((r) => (
          <li key={r.index}>
            <Text size={200}>
              {r.skipped
                ? t('sheets.clean.reportSkipped', { index: r.index, op: t(`sheets.op.${r.op}`) })
                : t('sheets.clean.report', {
                    index: r.index,
                    op: t(`sheets.op.${r.op}`),
                    changed: r.cellsChanged,
                    removed: r.rowsRemoved,
                    unparsed: r.unparseable,
                  })}
              {r.unparseableSamples.length > 0 && ` — ${t('sheets.clean.unparsedSamples', { samples: r.unparseableSamples.join(', ') })}`}
            </Text>
          </li>
        ))}
      </ul>
      {result.changes.length > 0 && (
        <>
          <Text weight="semibold">{t('sheets.clean.previewTitle', { n: PREVIEW_PER_STEP })}</Text>
          <div className={s.scroll} tabIndex={0} role="region" aria-label={t('sheets.clean.preview')}>
            <Table size="extra-small" aria-label={t('sheets.clean.preview')} className={s.autoTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>#</TableHeaderCell>
                  <TableHeaderCell>{t('sheets.clean.row')}</TableHeaderCell>
                  <TableHeaderCell>{t('sheets.profile.column')}</TableHeaderCell>
                  <TableHeaderCell>{t('sheets.clean.before')}</TableHeaderCell>
                  <TableHeaderCell>{t('sheets.clean.after')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.changes.map((c, i) => (
                  <TableRow key={i}>
                    <TableCell>{c.step + 1}</TableCell>
                    {/* Row numbers as Excel shows them: the header is row 1. */}
                    <TableCell>{c.row + 2}</TableCell>
                    <TableCell className={s.nowrap}>{c.column}</TableCell>
                    <TableCell className={s.cellWrap}>
                      <span className={s.before}>{show(c.before)}</span>
                    </TableCell>
                    <TableCell className={s.cellWrap}>
                      <span className={s.after}>{show(c.after)}</span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
