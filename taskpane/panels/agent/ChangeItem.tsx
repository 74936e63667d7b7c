import { Badge, Button, Text } from '@fluentui/react-components';
import type { ChangeRecord } from '../../../src/agent/review-session';
import { useApp } from '../../app/AppContext';
import { useAgentStyles } from './useAgentStyles.styles';

const STATUS_COLOR: Record<ChangeRecord['status'], 'informative' | 'success' | 'warning' | 'danger' | 'subtle' | 'brand'> = {
  proposed: 'brand',
  applying: 'informative',
  applied: 'success',
  skipped: 'subtle',
  failed: 'danger',
  undone: 'warning',
  discarded: 'subtle',
};

/** One proposed change: what it does, its diff or preview, and Apply / Skip while it waits. */
export function ChangeItem({ change, onApply, onSkip }: { change: ChangeRecord; onApply: () => void; onSkip: () => void }) {
  const { t } = useApp();
  const s = useAgentStyles();
  const p = change.preview;
  const summary = t(change.summary.key, change.summary.params);
  const more = p.cells && p.cellTotal !== undefined ? p.cellTotal - p.cells.length : 0;
  return (
    <li className={s.change} aria-label={summary}>
      <div className={s.row}>
        <Badge appearance="tint" color={STATUS_COLOR[change.status]}>
          {t(`agent.status.${change.status}`)}
        </Badge>
        <Text className={s.summary}>{summary}</Text>
      </div>
      {change.guard && change.status === 'proposed' && (
        <Text className={s.hint}>{t('agent.panel.asksFirst', { reason: t(change.guard.key, change.guard.params) })}</Text>
      )}
      {p.cells && p.cells.length > 0 && (
        <table className={s.diff}>
          <thead>
            <tr>
              <th className={`${s.cell} ${s.addr}`}>{t('agent.panel.cell')}</th>
              <th className={s.cell}>{t('agent.panel.before')}</th>
              <th className={s.cell}>{t('agent.panel.after')}</th>
            </tr>
          </thead>
          <tbody>
            {p.cells.map((d) => (
              <tr key={d.cell}>
                <td className={`${s.cell} ${s.addr}`}>{d.cell}</td>
                <td className={`${s.cell} ${d.before ? s.before : ''}`}>{d.before}</td>
                <td className={`${s.cell} ${s.after}`}>{d.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && <Text className={s.hint}>{t('agent.panel.cellsMore', { more })}</Text>}
      {(p.before !== undefined || p.after !== undefined) && (
        <div className={s.mono}>
          {p.before ? <div className={s.before}>{p.before}</div> : null}
          {p.after ? <div className={s.after}>{p.after}</div> : null}
        </div>
      )}
      {p.lines?.map((l, i) => (
        <Text key={i} className={s.mono}>
          {l}
        </Text>
      ))}
      {p.grid && p.grid.length > 0 && (
        <table className={s.diff}>
          <tbody>
            {p.grid.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) =>
                  i === 0 ? (
                    <th key={j} className={s.cell}>
                      {c}
                    </th>
                  ) : (
                    <td key={j} className={s.cell}>
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {change.error && <Text className={s.hint}>{t(change.error.key, change.error.params)}</Text>}
      {change.status === 'proposed' && (
        <div className={s.row}>
          <Button size="small" appearance="primary" onClick={onApply}>
            {t('agent.panel.apply')}
          </Button>
          <Button size="small" onClick={onSkip}>
            {t('agent.panel.skip')}
          </Button>
        </div>
      )}
    </li>
  );
}
