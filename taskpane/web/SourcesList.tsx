import { Text } from '@fluentui/react-components';
import type { Source } from '../../src/web/types';
import { useT } from '../hooks/useT';
import { useDocumentsStyles } from '../documents/useDocumentsStyles.styles';
import { SourceItem } from './SourceItem';

/** The sources under an answer (title, site, date), numbered as the answer cites them. */
export function SourcesList({ sources, total }: { sources: Source[]; total?: number }) {
  const t = useT();
  const s = useDocumentsStyles();
  return (
    <section className={s.section} aria-label={t('web.sources.title')} data-testid="web-sources">
      <Text weight="semibold">{t('web.sources.title')}</Text>
      <ol className={s.sources}>
        {sources.map((src) => (
          <li key={src.n}>
            <SourceItem source={src} />
          </li>
        ))}
      </ol>
      {total !== undefined && total > sources.length && <Text className={s.hint}>{t('web.sources.cited', { n: sources.length, total })}</Text>}
    </section>
  );
}
