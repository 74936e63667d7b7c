import { Field, Select, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useApp } from '../../app/AppContext';
import { matchLayouts } from '../../../src/slides/template/match-layouts';
import { sampleSlides } from '../../../src/slides/template/sample-slides';
import type { TemplateInfo } from '../../../src/slides/template/types';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../src/slides/types';
import { SlideView } from './SlidePreview';
import { useSlidesStyles } from './useSlidesStyles.styles';

/**
 * The template report: for every kind of slide, the layout it goes on (automatic or the user's choice,
 * with the fallback said when the template lacks the kind) and a thumbnail of a sample slide on it.
 */
export function TemplateReport({
  template,
  layouts,
  onChange,
}: {
  template: TemplateInfo;
  layouts: Partial<Record<TemplateKind, string>>;
  onChange: (v: Partial<Record<TemplateKind, string>>) => void;
}) {
  const { t, locale } = useApp();
  const s = useSlidesStyles();
  const auto = useMemo(() => matchLayouts(template), [template]);
  const mapping = useMemo(() => matchLayouts(template, layouts), [template, layouts]);
  const samples = useMemo(() => sampleSlides(template, mapping, locale === 'zh-CN' ? 'zh' : 'en'), [template, mapping, locale]);
  const clean = (n: string) => n.replace(/\s+/g, ' ').trim();
  return (
    <section className={s.section} aria-label={t('slides.template.pane.report')}>
      <Text weight="semibold">{t('slides.template.pane.report')}</Text>
      <Text className={s.hint}>{t('slides.template.pane.reportHint')}</Text>
      <ul className={s.kindList}>
        {TEMPLATE_KINDS.map((kind) => {
          const choice = mapping[kind];
          const sample = samples.byKind[kind];
          const label = t(`slides.template.kind.${kind}`);
          return (
            <li key={kind} className={s.kindItem}>
              <Field label={label} hint={choice.note ? t(choice.note.key, choice.note.params) : undefined}>
                <Select
                  value={layouts[kind] ?? ''}
                  onChange={(_e, d) => {
                    const next = { ...layouts };
                    if (d.value) next[kind] = d.value;
                    else delete next[kind];
                    onChange(next);
                  }}
                >
                  <option value="">{t('slides.template.pane.auto', { layout: clean(auto[kind].layout?.name ?? '—') })}</option>
                  {template.layouts.map((l) => (
                    <option key={l.key} value={String(l.number)}>
                      {`${l.number}. ${clean(l.name)}`}
                    </option>
                  ))}
                </Select>
              </Field>
              {sample && (
                <div className={s.thumb} role="img" aria-label={t('slides.template.pane.sample', { kind: label, layout: clean(choice.layout?.name ?? '') })}>
                  <SlideView slide={sample} deck={samples.deck} n={1} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
