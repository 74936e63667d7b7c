import { Checkbox, Field, Input, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useApp } from '../../app/AppContext';
import type { OpField } from '../../../src/sheets/ops';
import type { Cell } from '../../../src/sheets/table';
import type { MessageKey } from '../../../src/locales';
import { ValueTags } from './ValueTags';
import { MappingRows } from './MappingRows';
import { useSheetsStyles } from './useSheetsStyles.styles';

type Step = Record<string, unknown>;

/** Several controls under one visible label (a Field holds only one control). */
function Group({ label, name, children }: { label: string; name: string; children: ReactNode }) {
  const s = useSheetsStyles();
  return (
    <div role="group" aria-label={name} className={s.section}>
      <Text size={200} weight="semibold" aria-hidden="true">
        {label}
      </Text>
      {children}
    </div>
  );
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v !== '' ? [v] : []);
// A typed value that reads as a plain number is a number (fill with 0, keep rows greater than 100).
const cellOf = (text: string): Cell => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text);

/**
 * A step's settings as controls, generated from its operation's fields (src/sheets/ops/): column pickers,
 * lists of values, from → to rows, choices, numbers and text. Each control changes one setting of the step.
 */
export function StepControls({
  fields,
  step,
  headers,
  n,
  onChange,
}: {
  fields: readonly OpField[];
  step: Step;
  /** The header row this step sees (after earlier renames, splits and drops). */
  headers: readonly string[];
  /** The step's number, 1-based, for the controls' names. */
  n: number;
  onChange: (next: Step) => void;
}) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const set = (key: string, value: unknown) => {
    const next = { ...step };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <div className={s.controls}>
      {fields
        .filter((f) => !f.when || f.when(step))
        .map((f) => {
          const label = t(f.label as MessageKey);
          const name = t('sheets.control.field', { n, field: label });
          const v = step[f.key];
          switch (f.kind) {
            case 'column': {
              const current = typeof v === 'string' ? v : '';
              return (
                <Field key={f.key} label={label}>
                  <Select aria-label={name} value={current} onChange={(_e, d) => set(f.key, d.value)}>
                    {[...new Set([...(current === '' ? [''] : []), ...headers, current])].map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            }
            case 'columns':
            case 'columnList': {
              const all = v === '*';
              return (
                <Group key={f.key} label={label} name={name}>
                  {f.kind === 'columns' && (
                    <Checkbox checked={all} label={t('sheets.control.allColumns')} onChange={(_e, d) => set(f.key, d.checked ? '*' : [])} />
                  )}
                  {!all && (
                    <ValueTags
                      values={texts(v)}
                      choices={headers}
                      label={name}
                      newLabel={t('sheets.control.newValue', { n, field: label })}
                      onChange={(next) => set(f.key, f.kind === 'columnList' && next.length === 0 ? undefined : next)}
                    />
                  )}
                </Group>
              );
            }
            case 'values':
            case 'names':
              return (
                <Group key={f.key} label={label} name={name}>
                  <ValueTags
                    values={texts(v)}
                    label={name}
                    newLabel={t('sheets.control.newValue', { n, field: label })}
                    onChange={(next) => set(f.key, next)}
                  />
                </Group>
              );
            case 'mapping':
              return (
                <Group key={f.key} label={label} name={name}>
                  <MappingRows n={n} mapping={(v ?? {}) as Record<string, Cell>} onChange={(m) => set(f.key, m)} />
                </Group>
              );
            case 'choice': {
              const choices = f.choices ?? [];
              const current = typeof v === 'string' ? v : choices[0];
              const choiceText = (c: string) => t(`sheets.choice.${f.choiceLabel}.${c}` as MessageKey);
              return (
                <Field key={f.key} label={label}>
                  {choices.length <= 3 ? (
                    <RadioGroup aria-label={name} value={current} onChange={(_e, d) => set(f.key, d.value)}>
                      {choices.map((c) => (
                        <Radio key={c} value={c} label={choiceText(c)} />
                      ))}
                    </RadioGroup>
                  ) : (
                    <Select aria-label={name} value={current} onChange={(_e, d) => set(f.key, d.value)}>
                      {choices.map((c) => (
                        <option key={c} value={c}>
                          {choiceText(c)}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              );
            }
            case 'flag':
              return <Checkbox key={f.key} checked={v === true} label={label} onChange={(_e, d) => set(f.key, d.checked ? true : undefined)} />;
            case 'text':
            case 'cell':
              return (
                <Field key={f.key} label={label}>
                  <Input
                    aria-label={name}
                    value={v === undefined || v === null ? '' : String(v)}
                    onChange={(_e, d) => set(f.key, f.kind === 'cell' ? cellOf(d.value) : d.value)}
                  />
                </Field>
              );
          }
        })}
    </div>
  );
}
