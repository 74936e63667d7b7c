import { Badge, Text } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import type { TableProfile } from '../../../src/sheets/profile';
import { columnIssues, columnRange } from '../../../src/sheets/render';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** The local profile, one card per column (a task pane is too narrow for a six-column table). */
export function ProfileTab({ profile }: { profile: TableProfile }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  return (
    <div className={s.section}>
      <Text weight="semibold">{t('sheets.profile.summary', { rows: profile.rows, cols: profile.columns.length, dups: profile.duplicateRows })}</Text>
      <ul className={s.list} aria-label={t('sheets.tab.profile')}>
        {profile.columns.map((c) => {
          const issues = columnIssues(c, t);
          return (
            <li key={c.name} className={s.step} aria-label={c.name}>
              <div className={s.row}>
                <Text weight="semibold">{c.name}</Text>
                <Badge appearance="tint" color={c.type === 'text' ? 'informative' : 'brand'}>
                  {t(`sheets.type.${c.type}`)}
                </Badge>
                <Text size={200} className={s.hint}>
                  {t('sheets.profile.missing')} {c.missing} · {t('sheets.profile.distinct')} {c.distinct}
                </Text>
              </div>
              <Text size={200} className={s.cellWrap}>
                {columnRange(c)}
              </Text>
              {issues.length > 0 && (
                <Text size={200} className={`${s.cellWrap} ${s.warn}`}>
                  {issues.join(' · ')}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
