import { Button, Checkbox, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { OPS, isOpName, operation } from '../../../src/sheets/ops';
import type { OpName, PlanStep } from '../../../src/sheets/ops';
import { stepSchema } from '../../../src/sheets/plan-schema';
import { describeStep } from '../../../src/sheets/describe-step';
import { headersPerStep } from '../../../src/sheets/validate-plan';
import { StepControls } from './StepControls';
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

/** What the editor makes of a step's JSON: its settings (when it is an object naming a known operation) and the checked step. */
function read(json: string): { raw: Record<string, unknown> | null; step: PlanStep | null } {
  try {
    const raw = JSON.parse(json) as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !isOpName((raw as { op?: unknown }).op)) return { raw: null, step: null };
    const r = stepSchema.safeParse(raw);
    return { raw: raw as Record<string, unknown>, step: r.success ? r.data : null };
  } catch {
    return { raw: null, step: null };
  }
}

/**
 * The plan as a list of steps, each a sentence with its settings as controls generated from its operation
 * (src/sheets/ops/); the step's JSON is behind "Advanced (JSON)", and opens by itself when it is not a step.
 */
export function StepList({ steps, headers, onChange }: { steps: EditableStep[]; headers: readonly string[]; onChange: (s: EditableStep[]) => void }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [newOp, setNewOp] = useState<OpName>('trim');
  const [advanced, setAdvanced] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => setAdvanced((cur) => (cur.has(id) ? new Set([...cur].filter((x) => x !== id)) : new Set([...cur, id])));
  const update = (i: number, patch: Partial<EditableStep>) => onChange(steps.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const list = useRef<HTMLOListElement>(null);
  // After a move, focus stays on the moved step's button (not the step that took its place), so pressing
  // it again moves the same step on; at the end of the list it goes to the other direction's button.
  const focusAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    const want = focusAfter.current;
    if (!want) return;
    focusAfter.current = null;
    const button = list.current?.querySelector<HTMLButtonElement>(`[data-move="${want}"]`);
    button?.focus();
  });
  const move = (i: number, delta: 1 | -1) => {
    const j = i + delta;
    if (j < 0 || j >= steps.length) return;
    const next = [...steps];
    [next[i], next[j]] = [next[j], next[i]];
    const end = j === 0 || j === steps.length - 1;
    focusAfter.current = `${steps[i].id}:${end ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
    onChange(next);
  };
  const parsed = steps.map((st) => read(st.json));
  // Each step's column pickers offer the headers as the steps before it leave them (renames, splits, drops).
  const seen = headersPerStep(
    parsed.map((p, i) => (p.step ? { ...p.step, enabled: steps[i].enabled } : null)),
    headers,
  );
  return (
    <div className={s.section}>
      <Text weight="semibold">{t('sheets.clean.steps')}</Text>
      {steps.length === 0 && <Text className={s.hint}>{t('sheets.clean.noSteps')}</Text>}
      <ol ref={list} className={s.list} aria-label={t('sheets.clean.steps')}>
        {steps.map((st, i) => {
          const { raw, step } = parsed[i];
          const sentence = step ? t(describeStep(step).key, describeStep(step).params) : t('sheets.step.invalid');
          const showJson = raw === null || advanced.has(st.id);
          return (
            <li key={st.id} className={`${s.step} ${st.enabled ? '' : s.stepOff}`} aria-label={t('sheets.control.step', { n: i + 1 })}>
              <div className={s.stepHead}>
                <Checkbox
                  checked={st.enabled}
                  onChange={(_e, d) => update(i, { enabled: Boolean(d.checked) })}
                  label={t('sheets.clean.stepEnabled', { n: i + 1 })}
                />
                <span className={s.spacer} />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUp20Regular />}
                  disabledFocusable={i === 0}
                  data-move={`${st.id}:up`}
                  onClick={() => move(i, -1)}
                  aria-label={t('sheets.clean.moveUp', { n: i + 1 })}
                  title={t('sheets.clean.moveUp', { n: i + 1 })}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDown20Regular />}
                  disabledFocusable={i === steps.length - 1}
                  data-move={`${st.id}:down`}
                  onClick={() => move(i, 1)}
                  aria-label={t('sheets.clean.moveDown', { n: i + 1 })}
                  title={t('sheets.clean.moveDown', { n: i + 1 })}
                />
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
                {sentence}
              </Text>
              {raw && (
                <StepControls
                  fields={operation(raw.op as OpName).fields}
                  step={raw}
                  headers={seen[i]}
                  n={i + 1}
                  onChange={(next) => update(i, { json: JSON.stringify(next) })}
                />
              )}
              {raw && (
                <div>
                  <Button size="small" appearance="transparent" aria-expanded={showJson} onClick={() => toggle(st.id)}>
                    {t('sheets.clean.advanced')}
                  </Button>
                </div>
              )}
              {showJson && (
                <Field
                  label={t('sheets.clean.stepJson', { n: i + 1 })}
                  validationState={raw ? 'none' : 'error'}
                  validationMessage={raw ? undefined : t('sheets.clean.badStep', { n: i + 1 })}
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
