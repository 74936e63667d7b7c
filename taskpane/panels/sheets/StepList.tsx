import { Button, Checkbox, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { OPS, operation } from '../../../src/sheets/ops';
import { stepSchema } from '../../../src/sheets/plan-schema';
import { describeStep } from '../../../src/sheets/describe-step';
import type { OpName } from '../../../src/sheets/ops';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** A step as the user edits it: its JSON text and whether it runs. */
export interface EditableStep {
  id: number;
  json: string;
  enabled: boolean;
}

let nextId = 1;
export function toEditable(step: object, enabled = true): EditableStep {
  const { enabled: _e, ...rest } = step as { enabled?: boolean };
  return { id: nextId++, json: JSON.stringify(rest), enabled };
}

export function StepList({ steps, headers, onChange }: { steps: EditableStep[]; headers: readonly string[]; onChange: (s: EditableStep[]) => void }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [newOp, setNewOp] = useState<OpName>('trim');
  // Which steps show their JSON ("advanced"); a step whose JSON is not a valid step always does.
  const [advanced, setAdvanced] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => setAdvanced((cur) => (cur.has(id) ? new Set([...cur].filter((x) => x !== id)) : new Set([...cur, id])));
  const update = (i: number, patch: Partial<EditableStep>) => onChange(steps.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const move = (i: number) => {
    if (i === 0) return;
    const next = [...steps];
    [next[i - 1], next[i]] = [next[i], next[i - 1]];
    onChange(next);
  };
  return (
    <div className={s.section}>
      <Text weight="semibold">{t('sheets.clean.steps')}</Text>
      {steps.length === 0 && <Text className={s.hint}>{t('sheets.clean.noSteps')}</Text>}
      <ol className={s.list}>
        {steps.map((st, i) => {
          // Each step reads as a sentence made from its settings ("去掉所有列首尾空格"); its JSON is behind "advanced".
          let valid = true;
          let sentence = '';
          let column: string | undefined;
          try {
            const parsed = JSON.parse(st.json) as { column?: unknown; note?: string };
            if (typeof parsed.column === 'string') column = parsed.column;
            const step = stepSchema.safeParse(parsed);
            if (step.success) {
              const m = describeStep(step.data);
              sentence = t(m.key, m.params);
            } else {
              valid = false;
            }
          } catch {
            valid = false;
          }
          const showJson = !valid || advanced.has(st.id);
          return (
            <li key={st.id} className={`${s.step} ${st.enabled ? '' : s.stepOff}`}>
              <div className={s.row}>
                <Checkbox
                  checked={st.enabled}
                  onChange={(_e, d) => update(i, { enabled: Boolean(d.checked) })}
                  label={t('sheets.clean.stepEnabled', { n: i + 1 })}
                />
                <span className={s.spacer} />
                <Button size="small" appearance="subtle" disabled={i === 0} onClick={() => move(i)} aria-label={t('sheets.clean.moveUp', { n: i + 1 })}>
                  ↑
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => onChange(steps.filter((_, k) => k !== i))}
                  aria-label={t('sheets.clean.remove', { n: i + 1 })}
                >
                  ✕
                </Button>
              </div>
              <Text className={s.stepSentence} data-testid="step-sentence">
                {valid ? sentence : t('sheets.step.invalid')}
              </Text>
              {column !== undefined && (
                <Field label={t('sheets.clean.stepColumn', { n: i + 1 })}>
                  <Select value={column} onChange={(_e, d) => update(i, { json: JSON.stringify({ ...(JSON.parse(st.json) as object), column: d.value }) })}>
                    {[...new Set(['', ...headers, column])].map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              {valid && (
                <div>
                  <Button size="small" appearance="transparent" aria-expanded={showJson} onClick={() => toggle(st.id)}>
                    {t('sheets.clean.advanced')}
                  </Button>
                </div>
              )}
              {showJson && (
                <Field
                  label={t('sheets.clean.stepJson', { n: i + 1 })}
                  validationState={valid ? 'none' : 'error'}
                  validationMessage={valid ? undefined : t('sheets.clean.badStep', { n: i + 1 })}
                >
                  <Textarea className={s.mono} resize="vertical" rows={2} value={st.json} onChange={(_e, d) => update(i, { json: d.value })} />
                </Field>
              )}
            </li>
          );
        })}
      </ol>
      <div className={s.row}>
        <Select aria-label={t('sheets.clean.newStep')} value={newOp} onChange={(_e, d) => setNewOp(d.value as OpName)}>
          {OPS.map((op) => (
            <option key={op} value={op}>
              {t(`sheets.op.${op}`)}
            </option>
          ))}
        </Select>
        <Button onClick={() => onChange([...steps, toEditable(operation(newOp).template(headers))])}>{t('sheets.clean.addStep')}</Button>
      </div>
    </div>
  );
}
