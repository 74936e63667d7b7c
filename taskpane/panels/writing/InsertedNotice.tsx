import { Button, Text } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import type { WordInsert } from './useWordInsert';
import { useWritingStyles } from './useWritingStyles.styles';

/** What the last insertion did: where it is, what may be lost, and a button that removes that block alone. */
export function InsertedNotice({ insert }: { insert: WordInsert }) {
  const { t } = useApp();
  const s = useWritingStyles();
  const { report, where, removal, message } = insert.state;
  if (!report) return null;
  const replaced = where === 'replaceSelection';
  const status = removal ? t(`word.insert.${removal}`) : (message ?? (replaced ? t('word.rewrite.replaced') : t('word.inserted', { title: insert.title })));
  return (
    <div className={s.section}>
      <WarningsBar warnings={report.notices} />
      <div className={s.row}>
        <Text role="status">{status}</Text>
        {report.tag && !replaced && !removal && (
          <Button size="small" disabled={insert.remove.running} onClick={() => void insert.remove.run()}>
            {t('word.insert.remove')}
          </Button>
        )}
      </div>
      <ErrorBar error={insert.remove.error} />
    </div>
  );
}
