import { useId } from 'react';
import { Field, Input, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { asksForDeepModel, type DeepChoice } from '../../src/llm/deep-model';
import { useSettingsStyles } from './useSettingsStyles.styles';

export interface ModelValues {
  provider: string;
  fastModel: string;
  deepModel: string;
}

/**
 * The fast and deep models, in Settings and in the setup card. `listed` is the server's own list (read by
 * Test connection): with it the fields are pickers of exactly those models (`free` keeps them typeable,
 * the list as suggestions); without it, typed names with the preset's suggestions. Where the provider names
 * no separate deep model (Custom), the form asks how deep thinking works instead of silently using the
 * fast model: another model from the list, or explicitly the same one, with the sentence that deep
 * thinking is then unavailable.
 */
export function ModelFields({
  values,
  onChange,
  listed,
  suggestions = [],
  free = false,
  deepChoice,
  onDeepChoice,
  invalid,
  labels,
}: {
  values: ModelValues;
  onChange: (field: 'fastModel' | 'deepModel', value: string) => void;
  listed: readonly string[] | null;
  suggestions?: readonly string[];
  free?: boolean;
  deepChoice: DeepChoice | null;
  onDeepChoice: (c: DeepChoice) => void;
  invalid?: 'fastModel' | 'deepModel' | null;
  labels: { fast: string; deep: string };
}) {
  const { t } = useApp();
  const s = useSettingsStyles();
  const listId = useId();
  const asks = asksForDeepModel(values.provider);
  const options = [...new Set(listed?.length ? listed : suggestions)];

  const field = (name: 'fastModel' | 'deepModel', label: string) => {
    const value = values[name];
    const state = invalid === name ? ('error' as const) : undefined;
    return (
      <Field label={label} required validationState={state}>
        {listed?.length && !free ? (
          <Select value={value} onChange={(_e, d) => onChange(name, d.value)}>
            {/* A name the server does not list stays visible as it is, never silently replaced. */}
            {(options.includes(value) || !value ? options : [value, ...options]).map((m) => (
              <option key={m}>{m}</option>
            ))}
          </Select>
        ) : (
          <Input value={value} list={listId} onChange={(_e, d) => onChange(name, d.value)} />
        )}
      </Field>
    );
  };

  return (
    <>
      {field('fastModel', labels.fast)}
      {asks && (
        <Field label={t('settings.deep.choice')} validationState={invalid === 'deepModel' && deepChoice === null ? 'error' : undefined}>
          <RadioGroup value={deepChoice ?? ''} onChange={(_e, d) => onDeepChoice(d.value as DeepChoice)}>
            <Radio value="other" label={t('settings.deep.other')} />
            <Radio value="same" label={t('settings.deep.same')} />
          </RadioGroup>
        </Field>
      )}
      {(!asks || deepChoice === 'other') && field('deepModel', labels.deep)}
      {asks && deepChoice === 'same' && <Text className={s.note}>{t('settings.deep.same.note')}</Text>}
      {/* The models the server listed, or the preset's, as suggestions for typed names. */}
      <datalist id={listId} data-testid="model-suggestions">
        {options.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </>
  );
}
