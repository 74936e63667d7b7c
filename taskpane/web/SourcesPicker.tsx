import { Button, Checkbox, Text } from '@fluentui/react-components';
import type { Source } from '../../src/web/types';
import { useT } from '../hooks/useT';
import { useDocumentsStyles } from '../documents/useDocumentsStyles.styles';
import { SourceItem } from './SourceItem';

export interface SourcesPickerProps {
  queries: string[];
  sources: Source[];
  kept: ReadonlySet<number>;
  onToggle: (n: number, keep: boolean) => void;
  onWrite: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** The sources found, each with a checkbox: the user unticks what should not be used, then the answer is written. */
export function SourcesPicker(p: SourcesPickerProps) {
  const t = useT();
  const s = useDocumentsStyles();
  const n = p.sources.filter((x) => p.kept.has(x.n)).length;
  return (
    <section className={s.section} aria-label={t('web.sources.pick')} data-testid="web-sources-picker">
      <Text weight="semibold">{t('web.sources.pick')}</Text>
      <Text className={s.hint}>{t('web.sources.queries', { queries: p.queries.join(' · ') })}</Text>
      <ul className={s.sources}>
        {p.sources.map((src) => (
          <li key={src.n}>
            <Checkbox
              checked={p.kept.has(src.n)}
              onChange={(_e, d) => p.onToggle(src.n, Boolean(d.checked))}
              aria-label={`[${src.n}] ${src.title}`}
              label={<SourceItem source={src} snippet />}
            />
          </li>
        ))}
      </ul>
      {n === 0 && <Text className={s.hint}>{t('web.sources.none')}</Text>}
      <div className={s.row}>
        <Button appearance="primary" disabled={n === 0 || p.busy} onClick={p.onWrite}>
          {t('web.sources.write', { n })}
        </Button>
        <Button onClick={p.onCancel}>{t('action.cancel')}</Button>
      </div>
    </section>
  );
}
