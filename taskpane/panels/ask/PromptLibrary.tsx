import { useState } from 'react';
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { PROMPT_FAMILIES, templatesOf, type PromptFamily, type PromptTemplate } from '../../../src/prompts/library';
import { useApp } from '../../app/AppContext';
import { useAskStyles } from './useAskStyles.styles';

/** The ten families of everyday office prompts; picking a template fills the question box. */
export function PromptLibrary({ onPick }: { onPick: (tpl: PromptTemplate) => void }) {
  const { t, locale } = useApp();
  const s = useAskStyles();
  const [family, setFamily] = useState<PromptFamily>('content');
  return (
    <div className={s.library}>
      <Field label={t('ask.library.family')}>
        {/* A native select: Fluent's Dropdown popup did not render in Chromium-based webviews in our tests. */}
        <Select value={family} onChange={(_e, d) => setFamily(d.value as PromptFamily)}>
          {PROMPT_FAMILIES.map((f) => (
            <option key={f} value={f}>
              {t(`ask.family.${f}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.templateList} role="group" aria-label={t('ask.library.templates')}>
        {templatesOf(family).map((tpl) => (
          <Button key={tpl.id} size="small" onClick={() => onPick(tpl)} title={tpl.text[locale]}>
            {tpl.title[locale]}
            {tpl.deep ? ` · ${t('ask.mode.deep')}` : ''}
          </Button>
        ))}
      </div>
      <Text className={s.hint}>{t('ask.library.hint')}</Text>
    </div>
  );
}
