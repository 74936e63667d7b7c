import { Checkbox, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import { THEME_NAMES, THEMES, type ThemeName } from '../../../src/slides';
import type { DeckChoices } from './SlidesPanel.types';
import { useSlidesStyles } from './useSlidesStyles.styles';

/** Theme, optional slides, and (in PowerPoint) how inserted slides take their formatting. */
export function DeckOptions({ value, onChange, showFormatting }: { value: DeckChoices; onChange: (v: DeckChoices) => void; showFormatting: boolean }) {
  const { t, locale } = useApp();
  const s = useSlidesStyles();
  return (
    <section className={s.section} aria-label={t('slides.options.label')}>
      <Field label={t('slides.theme.label')}>
        <Select value={value.theme} onChange={(_e, d) => onChange({ ...value, theme: d.value as ThemeName })}>
          {THEME_NAMES.map((n) => (
            <option key={n} value={n}>
              {locale === 'zh-CN' ? THEMES[n].label.zh : THEMES[n].label.en}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.row}>
        <Checkbox checked={value.agenda} label={t('slides.agenda')} onChange={(_e, d) => onChange({ ...value, agenda: Boolean(d.checked) })} />
        <Checkbox checked={value.closing} label={t('slides.closing')} onChange={(_e, d) => onChange({ ...value, closing: Boolean(d.checked) })} />
      </div>
      {showFormatting && (
        <Field label={t('slides.formatting.label')} hint={t('slides.formatting.hint')}>
          <RadioGroup value={value.formatting} onChange={(_e, d) => onChange({ ...value, formatting: d.value === 'UseDestinationTheme' ? 'UseDestinationTheme' : 'KeepSourceFormatting' })}>
            <Radio value="KeepSourceFormatting" label={t('slides.formatting.keep')} />
            <Radio value="UseDestinationTheme" label={t('slides.formatting.destination')} />
          </RadioGroup>
        </Field>
      )}
    </section>
  );
}
