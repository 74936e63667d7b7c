import { Button, Checkbox, Field, Radio, RadioGroup, Select, Spinner, Text } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import { THEME_NAMES, THEMES, type ThemeName } from '../../../src/slides';
import type { TemplateInfo } from '../../../src/slides/template/types';
import type { DeckChoices, DesignSource } from './SlidesPanel.types';
import { useSlidesStyles } from './useSlidesStyles.styles';

export interface DesignProps {
  /** The template in use (file or this presentation), once read. */
  template: TemplateInfo | null;
  loading: boolean;
  /** Offer "this presentation's layouts" (PowerPoint only). */
  inPowerPoint: boolean;
  onPickFile: () => void;
  onUsePresentation: () => void;
}

function ratio(page: { w: number; h: number }): string {
  const r = page.w / page.h;
  return Math.abs(r - 16 / 9) < 0.02 ? '16:9' : Math.abs(r - 4 / 3) < 0.02 ? '4:3' : r.toFixed(2);
}

/** Design (a built-in theme, my template, this presentation), optional slides, and how inserted slides take their formatting. */
export function DeckOptions({
  value,
  onChange,
  showFormatting,
  design,
}: {
  value: DeckChoices;
  onChange: (v: DeckChoices) => void;
  showFormatting: boolean;
  design: DesignProps;
}) {
  const { t, locale } = useApp();
  const s = useSlidesStyles();
  const setDesign = (d: DesignSource) => {
    onChange({ ...value, design: d, layouts: {} });
    if (d === 'presentation') design.onUsePresentation();
  };
  return (
    <section className={s.section} aria-label={t('slides.options.label')}>
      <Field label={t('slides.theme.label')}>
        <RadioGroup value={value.design} onChange={(_e, d) => setDesign(d.value as DesignSource)}>
          <Radio value="theme" label={t('slides.template.pane.builtIn')} />
          <Radio value="file" label={t('slides.template.pane.file')} />
          {design.inPowerPoint && <Radio value="presentation" label={t('slides.template.pane.thisPresentation')} />}
        </RadioGroup>
      </Field>
      {value.design === 'theme' && (
        <Select aria-label={t('slides.theme.label')} value={value.theme} onChange={(_e, d) => onChange({ ...value, theme: d.value as ThemeName })}>
          {THEME_NAMES.map((n) => (
            <option key={n} value={n}>
              {locale === 'zh-CN' ? THEMES[n].label.zh : THEMES[n].label.en}
            </option>
          ))}
        </Select>
      )}
      {value.design === 'file' && (
        <div className={s.row}>
          <Button onClick={design.onPickFile}>{t('slides.template.pane.choose')}</Button>
          <Checkbox
            checked={value.keepTemplateSlides}
            label={t('slides.template.pane.keep')}
            onChange={(_e, d) => onChange({ ...value, keepTemplateSlides: Boolean(d.checked) })}
          />
        </div>
      )}
      {design.loading && <Spinner size="tiny" labelPosition="after" label={t('slides.template.pane.reading')} />}
      {value.design !== 'theme' && design.template && !design.loading && (
        <Text className={s.hint}>
          {t('slides.template.pane.loaded', { file: design.template.file, layouts: design.template.layouts.length, ratio: ratio(design.template.page) })}
        </Text>
      )}
      <div className={s.row}>
        <Checkbox checked={value.agenda} label={t('slides.agenda')} onChange={(_e, d) => onChange({ ...value, agenda: Boolean(d.checked) })} />
        <Checkbox checked={value.closing} label={t('slides.closing')} onChange={(_e, d) => onChange({ ...value, closing: Boolean(d.checked) })} />
      </div>
      {showFormatting && value.design !== 'presentation' && (
        <Field label={t('slides.formatting.label')} hint={t('slides.formatting.hint')}>
          <RadioGroup
            value={value.formatting}
            onChange={(_e, d) => onChange({ ...value, formatting: d.value === 'UseDestinationTheme' ? 'UseDestinationTheme' : 'KeepSourceFormatting' })}
          >
            <Radio value="KeepSourceFormatting" label={t('slides.formatting.keep')} />
            <Radio value="UseDestinationTheme" label={t('slides.formatting.destination')} />
          </RadioGroup>
        </Field>
      )}
    </section>
  );
}
