import { useState } from 'react';
import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
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
        <Dropdown value={t(`ask.family.${family}`)} selectedOptions={[family]} onOptionSelect={(_e, d) => d.optionValue && setFamily(d.optionValue as PromptFamily)}>
          {PROMPT_FAMILIES.map((f) => (
            <Option key={f} value={f}>
              {t(`ask.family.${f}`)}
            </Option>
          ))}
        </Dropdown>
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
