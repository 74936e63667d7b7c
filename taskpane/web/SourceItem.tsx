import { Link, Text } from '@fluentui/react-components';
import type { Source } from '../../src/web/types';
import { useT } from '../hooks/useT';
import { useDocumentsStyles } from '../documents/useDocumentsStyles.styles';

/**
 * One source: number, title (a link that opens only on a click, in a new tab, with no referrer), site and
 * date. Nothing is loaded from the page — no favicon, no preview: search results are untrusted.
 */
export function SourceItem({ source, snippet }: { source: Source; snippet?: boolean }) {
  const t = useT();
  const s = useDocumentsStyles();
  return (
    <span className={s.source}>
      <span>
        [{source.n}]{' '}
        <Link href={source.url} target="_blank" rel="noopener noreferrer" className={s.link} title={t('web.sources.open', { site: source.site })}>
          {source.title}
        </Link>
      </span>
      <Text className={s.sourceMeta}>{[source.site, source.date].filter(Boolean).join(' · ')}</Text>
      {snippet && source.snippet && <Text className={s.snippet}>{source.snippet}</Text>}
    </span>
  );
}
