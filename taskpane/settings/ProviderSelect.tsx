import { Field, Select } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';
import { PROVIDER_PRESETS, type ProviderPreset } from '../../src/llm/providers/presets';

/**
 * The provider picker of Settings and of the setup card: every preset, or the ones a route offers, by its
 * name in the pane's language. A native select: Fluent's Dropdown popup did not render in Chromium-based
 * webviews in our tests.
 */
export function ProviderSelect({
  label,
  value,
  onChange,
  presets = PROVIDER_PRESETS,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  presets?: readonly ProviderPreset[];
}) {
  const { locale } = useApp();
  return (
    <Field label={label}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {locale === 'zh-CN' ? p.nameZh : p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
